// The level ladder: levels 5 (the lowest) to 1, with training hours and application conditions.

import { all } from './api.js';
import { failed, h, loading, ready, provenance } from './dom.js';
import { number } from './i18n.js';

/** @typedef {import('./main.js').Context} Context */
/** @typedef {import('api-types').components['schemas']['Level']} Level */

const section = /** @type {HTMLElement} */ (document.getElementById('levels'));
const body = /** @type {HTMLElement} */ (section.querySelector('.body'));
let generation = 0;

/** @param {Context} context */
export async function showLevels(context) {
  const run = ++generation;
  const { t, language } = context;
  loading(section, body, t);
  try {
    /** @type {Level[]} */
    const levels = await all('/levels', { sort: '-level' }, language);
    const sources = await context.sources;
    if (run !== generation) {
      return;
    }
    ready(section, body, h('ol', { class: 'ladder' }, levels.map((level) => h('li', { 'data-level': level.level },
      h('span', { class: 'rung', 'aria-hidden': 'true' }, String(level.level)),
      h('div', { class: 'rung-text' },
        h('h3', {}, level.name),
        h('dl', {},
          h('dt', {}, t.trainingHours),
          h('dd', { class: 'hours' }, level.trainingHours == null ? '—' : number(language, level.trainingHours)),
          h('dt', {}, t.conditions),
          h('dd', {}, level.conditions ?? t.noConditions)),
        h('p', { class: 'meta' }, provenance(t, sources, level)))))));
  } catch (error) {
    if (run === generation) {
      failed(section, body, t, error, () => void showLevels(context));
    }
  }
}
