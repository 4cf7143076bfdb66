// The footer's live line: the last change to the data, as the stream of changes (server-sent events) sends it.

import { texts } from './i18n.js';

/** @typedef {import('api-types').components['schemas']['Change']} Change */

/** @type {EventSource | undefined} */
let stream;
/** @type {import('./api.js').Language} */
let shownIn = 'zh-CN';
/** @type {Change | undefined} */
let last;

/**
 * Follows the stream of changes from now on, and words the last change in the page's language. The stream is opened
 * once: its events carry both languages, so a language switch only words the line again. The line stays hidden until
 * a change comes; EventSource reconnects by itself, from the last change it had.
 * @param {import('./api.js').Language} language
 */
export function followChanges(language) {
  const line = document.getElementById('last-change');
  if (!line || typeof EventSource === 'undefined') {
    return;
  }
  shownIn = language;
  if (last) {
    show(line, last);
  }
  if (stream) {
    return;
  }
  stream = new EventSource('/api/v1/changes/stream');
  stream.addEventListener('change', (event) => {
    last = /** @type {Change} */ (JSON.parse(/** @type {MessageEvent<string>} */ (event).data));
    show(line, last);
  });
}

/**
 * @param {HTMLElement} line
 * @param {Change} change
 */
function show(line, change) {
  const at = new Date(change.occurredAt).toLocaleString(shownIn, { dateStyle: 'medium', timeStyle: 'short' });
  line.textContent = texts(shownIn).lastChange(change.action, change.entityType, change.entityId, at);
  line.hidden = false;
}
