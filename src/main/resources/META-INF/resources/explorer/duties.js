// The work types, and the duties of a level: occupational functions with their work contents beneath them.

import { all } from './api.js';
import { failed, h, loading, ready, provenance } from './dom.js';

/** @typedef {import('./main.js').Context} Context */
/** @typedef {import('api-types').components['schemas']['Duty']} Duty */
/** @typedef {import('api-types').components['schemas']['WorkType']} WorkType */

const section = /** @type {HTMLElement} */ (document.getElementById('duties'));
const body = /** @type {HTMLElement} */ (section.querySelector('.body'));
const workTypesBox = /** @type {HTMLElement} */ (section.querySelector('.work-types'));
const select = /** @type {HTMLSelectElement} */ (document.getElementById('duty-level'));
/** @type {Context | undefined} */
let current;
let generation = 0;

select.addEventListener('change', () => {
  if (current) {
    current.update({ duties: select.value });
    void showDuties(current);
  }
});

/** @param {Context} context */
export async function showDuties(context) {
  current = context;
  const run = ++generation;
  const { t, language, state } = context;
  select.replaceChildren(
    h('option', { value: '' }, t.allLevels),
    ...[5, 4, 3, 2, 1].map((n) => h('option', { value: n }, t.levelOption(n))));
  select.value = state.duties;
  loading(section, body, t);
  try {
    const [workTypes, duties, sources] = await Promise.all([
      /** @type {Promise<WorkType[]>} */ (all('/work-types', {}, language)),
      /** @type {Promise<Duty[]>} */ (all('/duties', { level: state.duties }, language)),
      context.sources,
    ]);
    if (run !== generation) {
      return;
    }
    workTypesBox.replaceChildren(
      h('h3', {}, t.workTypesHeading),
      h('ul', { class: 'cards' }, workTypes.map((w) => h('li', { class: 'work-type', 'data-id': w.id },
        h('strong', {}, w.name),
        h('p', { class: 'added' }, `${t.addedIn}: ${w.addedIn}`),
        w.description ? h('p', {}, w.description) : null,
        h('p', { class: 'meta' }, provenance(t, sources, w))))));
    ready(section, body,
      h('p', { class: 'count', role: 'status' }, t.dutiesCount(duties.length)),
      duties.length ? tree(context, duties, sources, workTypes) : h('p', {}, t.noDuties));
  } catch (error) {
    if (run === generation) {
      failed(section, body, t, error, () => void showDuties(context));
    }
  }
}

/**
 * The duties as a tree: each duty with the duties whose parent it is beneath it.
 * @param {Context} context
 * @param {Duty[]} duties
 * @param {Map<string, import('api-types').components['schemas']['Source']>} sources
 * @param {WorkType[]} workTypes
 */
function tree(context, duties, sources, workTypes) {
  const { t } = context;
  const workTypeNames = new Map(workTypes.map((w) => [w.id, w.name]));
  const ids = new Set(duties.map((d) => d.id));
  /** @param {string | null} parent */
  const children = (parent) => duties.filter((d) => (parent === null ? !d.parentId || !ids.has(d.parentId) : d.parentId === parent));
  /**
   * @param {string | null} parent
   * @returns {HTMLUListElement | null}
   */
  const list = (parent) => {
    const items = children(parent);
    return items.length === 0 ? null : h('ul', { class: parent ? 'duty-list nested' : 'duty-list' }, items.map((d) => {
      const kind = /** @type {keyof typeof t.dutyKinds} */ (d.kind);
      return h('li', { class: 'duty', 'data-id': d.id },
        h('span', { class: 'duty-kind' }, t.dutyKinds[kind] ?? d.kind),
        ' ',
        h('strong', {}, d.name),
        d.workTypes && d.workTypes.length
          ? h('span', { class: 'chips' }, d.workTypes.map((w) => h('span', { class: 'chip' }, workTypeNames.get(w) ?? w)))
          : null,
        d.description ? h('p', {}, d.description) : null,
        d.examples && d.examples.length ? h('p', { class: 'examples' }, `${t.examples}: ${d.examples.join(' · ')}`) : null,
        parent ? null : h('p', { class: 'meta' }, provenance(t, sources, d)),
        list(d.id));
    }));
  };
  return list(null);
}
