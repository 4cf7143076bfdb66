// Small DOM helpers. Text from the API only ever becomes text nodes, never markup.

import { ApiProblem } from './api.js';

/** @typedef {import('./i18n.js').Texts} Texts */
/** @typedef {string | Node | null | undefined | false} Child */

/**
 * Creates an element. Attributes whose value is null, undefined or false are left out.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string | number | boolean | null | undefined>} [attributes]
 * @param {...(Child | Child[])} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

/**
 * Creates an SVG element.
 * @param {string} tag
 * @param {Record<string, string | number | boolean | null | undefined>} [attributes]
 * @param {...(Child | Child[])} children
 * @returns {SVGElement}
 */
export function svg(tag, attributes = {}, ...children) {
  const element = /** @type {SVGElement} */ (document.createElementNS('http://www.w3.org/2000/svg', tag));
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

/**
 * @param {Element} element
 * @param {Record<string, string | number | boolean | null | undefined>} attributes
 */
function setAttributes(element, attributes) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
}

/**
 * @param {Element} element
 * @param {(Child | Child[])[]} children
 */
function append(element, children) {
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child);
    }
  }
}

/**
 * The verification badge: the word, not only a colour.
 * @param {Texts} t
 * @param {string | undefined} verification
 */
export function badge(t, verification) {
  const key = /** @type {keyof Texts['verification']} */ (verification ?? 'UNCONFIRMED');
  return h('span', { class: `badge badge-${key.toLowerCase()}` }, t.verification[key] ?? key);
}

/**
 * A link to a record's source: its own address where one is known, otherwise its record in the API.
 * @param {Texts} t
 * @param {{ id: string, title?: string, url?: string | null } | undefined} source
 * @param {string} sourceId the id, for a source not (yet) known
 */
export function sourceLink(t, source, sourceId = source?.id ?? '') {
  const href = source?.url ?? `/api/v1/sources/${encodeURIComponent(sourceId)}`;
  return h('span', { class: 'provenance' },
    `${t.sourceLabel}: `,
    h('a', { class: 'source', href }, source?.title ?? sourceId));
}

/**
 * How sure we are of a record and where it comes from: its verification badge and its source link.
 * @param {Texts} t
 * @param {Map<string, import('api-types').components['schemas']['Source']>} sources the known sources by id
 * @param {{ verification: string, sourceId: string }} record
 */
export function provenance(t, sources, record) {
  return [badge(t, record.verification), ' ', sourceLink(t, sources.get(record.sourceId), record.sourceId)];
}

/**
 * Puts a section into its loading state.
 * @param {HTMLElement} section
 * @param {HTMLElement} body the part of the section that shows the data
 * @param {Texts} t
 */
export function loading(section, body, t) {
  section.dataset.state = 'loading';
  body.setAttribute('aria-busy', 'true');
  body.replaceChildren(h('p', { class: 'status', role: 'status' }, t.loading));
}

/**
 * Shows the data a section loaded.
 * @param {HTMLElement} section
 * @param {HTMLElement} body
 * @param {...(Child | Child[])} content
 */
export function ready(section, body, ...content) {
  section.dataset.state = 'ready';
  body.removeAttribute('aria-busy');
  body.replaceChildren();
  append(body, content);
}

/**
 * Shows a problem in a section: its title and detail, never a blank, and a way to try again.
 * @param {HTMLElement} section
 * @param {HTMLElement} body
 * @param {Texts} t
 * @param {unknown} error
 * @param {() => void} retry
 */
export function failed(section, body, t, error, retry) {
  section.dataset.state = 'error';
  body.removeAttribute('aria-busy');
  /** @type {import('./api.js').Problem} */
  const problem = error instanceof ApiProblem ? error.problem : { type: 'about:blank', title: String(error), status: 0 };
  const unreachable = error instanceof ApiProblem && problem.status === 0;
  const title = unreachable ? t.unreachableTitle : problem.title;
  const detail = unreachable ? `${t.unreachableDetail} ${problem.detail}` : problem.detail;
  const fields = (problem.errors ?? []).filter((e) => !(detail ?? '').includes(e.message ?? ''));
  const button = h('button', { type: 'button', class: 'retry' }, t.retry);
  button.addEventListener('click', retry);
  body.replaceChildren(h('div', { class: 'problem', role: 'alert' },
    h('p', { class: 'problem-title' }, title),
    detail ? h('p', { class: 'problem-detail' }, detail) : null,
    fields.length ? h('ul', { class: 'problem-errors' }, fields.map((e) => h('li', {}, `${e.field}: ${e.message}`))) : null,
    problem.status ? h('p', { class: 'problem-status' }, `HTTP ${problem.status}`) : null,
    button));
  if (!(error instanceof ApiProblem)) {
    throw error;
  }
}
