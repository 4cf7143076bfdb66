// Salary ranges as a chart: one bar per figure from its minimum to its maximum on a shared scale, ranges with no
// maximum drawn open to the right, single figures (a median, say) drawn as a mark. Every bar is also written out.

import { all } from './api.js';
import { failed, h, loading, ready, provenance } from './dom.js';
import { money } from './i18n.js';

/** @typedef {import('./main.js').Context} Context */
/** @typedef {import('api-types').components['schemas']['SalaryRange']} SalaryRange */

const section = /** @type {HTMLElement} */ (document.getElementById('salaries'));
const body = /** @type {HTMLElement} */ (section.querySelector('.body'));
let generation = 0;

/** @param {Context} context */
export async function showSalaries(context) {
  const run = ++generation;
  const { t } = context;
  loading(section, body, t);
  try {
    /** @type {SalaryRange[]} */
    const ranges = await all('/salary-ranges', {}, context.language);
    const sources = await context.sources;
    if (run !== generation) {
      return;
    }
    // Figures are only comparable within one period and currency: each pair gets a chart of its own.
    /** @type {Map<string, SalaryRange[]>} */
    const groups = new Map();
    for (const range of ranges) {
      const key = `${range.period}|${range.min.currency}`;
      groups.set(key, [...(groups.get(key) ?? []), range]);
    }
    ready(section, body, [...groups.values()].map((group) => chart(context, group, sources)));
  } catch (error) {
    if (run === generation) {
      failed(section, body, t, error, () => void showSalaries(context));
    }
  }
}

/**
 * @param {Context} context
 * @param {SalaryRange[]} ranges of one period and currency
 * @param {Map<string, import('api-types').components['schemas']['Source']>} sources
 */
function chart(context, ranges, sources) {
  const { t, language } = context;
  const period = /** @type {keyof typeof t.periods} */ (ranges[0].period);
  const currency = ranges[0].min.currency;
  const highest = Math.max(...ranges.map((r) => Math.max(r.min.amount, r.max?.amount ?? 0)));
  const scale = niceCeiling(highest * 1.15);
  /** @param {number} amount */
  const at = (amount) => `${((amount / scale) * 100).toFixed(2)}%`;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * scale);
  const caption = t.salaryCaption(t.periods[period] ?? String(period), currency);
  return h('figure', { class: 'salary-chart' },
    h('figcaption', {}, caption),
    h('div', { class: 'axis', 'aria-hidden': 'true' },
      ticks.map((tick) => placed(h('span', { class: 'tick' }, money(language, tick, currency)), at(tick), at(tick)))),
    h('ol', { class: 'salary-rows' }, ranges.map((range) => {
      const min = range.min.amount;
      const max = range.max?.amount;
      const open = max == null;
      const point = !open && max === min;
      const statistic = /** @type {keyof typeof t.statistics} */ (range.statistic);
      const value = open
        ? `${money(language, min, currency)} ${t.openRange}`
        : point ? money(language, min, currency) : `${money(language, min, currency)} – ${money(language, max, currency)}`;
      const facts = [
        range.level != null ? t.levelOption(range.level) : null,
        range.region.code === 'CN' ? t.national : range.region.name,
        t.statistics[statistic] ?? range.statistic,
        range.referenceYear != null ? `${t.referenceYear} ${range.referenceYear}` : null,
      ].filter(Boolean).join(' · ');
      const bar = placed(h('span', { class: `bar${open ? ' open' : ''}${point ? ' point' : ''}` }),
        at(min), open ? '100%' : at(max ?? min));
      return h('li', { class: 'salary', 'data-id': range.id },
        h('div', { class: 'salary-label' },
          h('strong', {}, range.role),
          h('span', { class: 'facts' }, facts)),
        h('div', { class: 'track', 'aria-hidden': 'true' }, bar),
        h('p', { class: 'value' }, value),
        range.note ? h('p', { class: 'note' }, range.note) : null,
        h('p', { class: 'meta' }, provenance(t, sources, range)));
    })));
}

/**
 * Places an element on the chart's scale, through CSS custom properties (the page's policy allows no inline styles).
 * @template {HTMLElement} E
 * @param {E} element
 * @param {string} from
 * @param {string} to
 * @returns {E}
 */
function placed(element, from, to) {
  element.style.setProperty('--from', from);
  element.style.setProperty('--to', to);
  return element;
}

/**
 * The smallest round number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) at or above a value, so that
 * quarter ticks fall on readable amounts.
 * @param {number} value
 */
function niceCeiling(value) {
  if (value <= 0) {
    return 1;
  }
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * power >= value) ?? 10;
  return step * power;
}
