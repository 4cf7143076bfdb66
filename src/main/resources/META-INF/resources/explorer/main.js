// The career explorer: loads each section from the API in one language and keeps the filters in the URL.

import { all, get } from './api.js';
import { failed, h } from './dom.js';
import { classification } from './occupation.js';
import { texts } from './i18n.js';
import { readState, writeState } from './state.js';
import { showLevels } from './levels.js';
import { showDuties } from './duties.js';
import { showSalaries } from './salaries.js';
import { showSubsidies } from './subsidies.js';
import { showHistory } from './history.js';
import { showEligibility } from './eligibility.js';
import { followChanges } from './changes.js';

/** @typedef {import('./api.js').Language} Language */
/** @typedef {import('./state.js').State} State */
/** @typedef {import('api-types').components['schemas']} Schemas */

/**
 * What every section needs: the language, its words, the sources by id, the lists more than one section shows
 * (loaded once per language, and again after a failure), and the filters.
 * @typedef {{
 *   language: Language,
 *   t: import('./i18n.js').Texts,
 *   sources: Promise<Map<string, Schemas['Source']>>,
 *   regions: () => Promise<Schemas['Region'][]>,
 *   policies: () => Promise<Schemas['Policy'][]>,
 *   state: State,
 *   update: (changes: Partial<State>) => void,
 * }} Context
 */

const state = readState();
let anchored = false;

/** @param {Partial<State>} changes */
function update(changes) {
  Object.assign(state, changes);
  writeState(state);
}

/**
 * The language asked for in the URL, if it is one the API speaks; otherwise none, and the browser's own
 * Accept-Language decides.
 * @returns {Language | undefined}
 */
function requestedLanguage() {
  const lang = state.lang.toLowerCase();
  if (lang === 'en' || lang.startsWith('en-')) {
    return 'en';
  }
  if (lang === 'zh' || lang.startsWith('zh-')) {
    return 'zh-CN';
  }
  return undefined;
}

/** @param {Language} language */
function applyLanguage(language) {
  const t = texts(language);
  document.documentElement.lang = language;
  document.title = language === 'en' ? t.pageTitle : `${t.pageTitle} · AI Trainer career explorer`;
  for (const element of document.querySelectorAll('[data-t]')) {
    const key = /** @type {keyof typeof t} */ (element.getAttribute('data-t'));
    const value = t[key];
    if (typeof value === 'string') {
      element.textContent = value;
    }
  }
  for (const button of document.querySelectorAll('#language-switch button')) {
    button.setAttribute('aria-pressed', String(button.getAttribute('data-lang') === language));
  }
}

/**
 * Loads the page. With a language in the URL every section starts at once; without one, the occupation's heading is
 * asked first, in the browser's own languages, and the language the API chose for it is the page's.
 */
async function start() {
  const occupation = /** @type {HTMLElement} */ (document.getElementById('occupation'));
  const place = /** @type {HTMLElement} */ (document.getElementById('classification'));
  const asked = requestedLanguage();
  if (asked) {
    applyLanguage(asked);
    showAll(asked);
  }
  /** @type {Language} */
  let language = asked ?? 'zh-CN';
  try {
    /** @type {import('./api.js').Answer<Schemas['Occupation']>} */
    const answer = await get('/occupation', {}, asked);
    language = answer.language;
    const o = answer.body;
    const t = texts(language);
    occupation.replaceChildren(
      h('span', { class: 'occupation-name' }, o.name),
      ' · ',
      h('span', {}, `${t.tagline} ${o.code}`),
      ...(o.digital ? [' ', h('abbr', { class: 'digital-mark', title: t.digitalTitle }, 'S')] : []),
      h('span', { class: 'definition' }, o.definition.text));
    place.replaceChildren(...classification(t, o));
  } catch (error) {
    const header = /** @type {HTMLElement} */ (occupation.parentElement);
    failed(header, occupation, texts(language), error, () => void start());
  }
  if (!asked) {
    applyLanguage(language);
    showAll(language);
  }
}

/**
 * A load made once, when first asked for, and shared; made again when it failed.
 * @template T
 * @param {() => Promise<T>} load
 * @returns {() => Promise<T>}
 */
function once(load) {
  /** @type {Promise<T> | undefined} */
  let loaded;
  return () => {
    loaded ??= load().catch((error) => {
      loaded = undefined;
      throw error;
    });
    return loaded;
  };
}

/** @param {Language} language */
function showAll(language) {
  const sources = all('/sources', {}, language)
    .then((items) => new Map(items.map((s) => [s.id, s])))
    .catch(() => new Map());
  /** @type {Context} */
  const context = {
    language,
    t: texts(language),
    sources,
    regions: once(() => all('/regions', {}, language)),
    policies: once(() => all('/policies', {}, language)),
    state,
    update,
  };
  const shown = [showLevels, showDuties, showSalaries, showSubsidies, showEligibility, showHistory]
    .map((show) => show(context));
  followChanges(language);
  if (!anchored) {
    anchored = true;
    // The browser looked for a link's #section before the sections had content; look again once they have.
    void Promise.allSettled(shown).then(() => {
      const target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
      target?.scrollIntoView({ block: 'start' });
    });
  }
}

for (const button of document.querySelectorAll('#language-switch button')) {
  button.addEventListener('click', () => {
    const language = button.getAttribute('data-lang') ?? 'zh-CN';
    if (document.documentElement.lang !== language || state.lang !== language) {
      update({ lang: language });
      void start();
    }
  });
}

void start();
