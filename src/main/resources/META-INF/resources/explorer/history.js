// A benefit's history: the amounts one policy gave a level, period after period, as a column chart and a table.
// A change of amount is a new benefit with its own dates in the API, so the history is the policy's benefit list.

import { get } from './api.js';
import { failed, h, loading, provenance, ready, svg } from './dom.js';
import { benefitAmount, number } from './i18n.js';

/** @typedef {import('./main.js').Context} Context */
/** @typedef {import('api-types').components['schemas']} Schemas */

// Categories whose policies can pay amounts; plans and catalogues carry none.
const PAYING = new Set(['SKILL_SUBSIDY', 'TALENT_SUBSIDY', 'HOUSING', 'TAX_INCENTIVE', 'FUNDING']);
const DEFAULT_POLICY = 'shenzhen-skill-certificate-subsidy';
const NO_LEVEL = 'none';

const section = /** @type {HTMLElement} */ (document.getElementById('history'));
const body = /** @type {HTMLElement} */ (section.querySelector('.body'));
const policySelect = /** @type {HTMLSelectElement} */ (document.getElementById('history-policy'));
const levelSelect = /** @type {HTMLSelectElement} */ (document.getElementById('history-level'));
/** @type {Context | undefined} */
let current;
let generation = 0;

policySelect.addEventListener('change', () => {
  if (current) {
    current.update({ policy: policySelect.value, history: '' });
    void showPolicy(current);
  }
});
levelSelect.addEventListener('change', () => {
  if (current) {
    current.update({ history: levelSelect.value });
    void showPolicy(current);
  }
});

/**
 * Shows one policy's history for a level, and brings the section into view (from the subsidy finder).
 * @param {string} policy
 * @param {string} level
 */
export function showPolicyHistory(policy, level) {
  if (current) {
    current.update({ policy, history: level });
    policySelect.value = policy;
    void showPolicy(current);
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    section.scrollIntoView({ behavior: still ? 'auto' : 'smooth', block: 'start' });
    policySelect.focus({ preventScroll: true });
  }
}

/** @param {Context} context */
export async function showHistory(context) {
  current = context;
  const run = ++generation;
  const { t, state } = context;
  loading(section, body, t);
  try {
    const policies = (await context.policies()).filter((p) => PAYING.has(p.category));
    if (run !== generation) {
      return;
    }
    policySelect.replaceChildren(...policies.map((p) => h('option', { value: p.id }, p.title)));
    const chosen = policies.some((p) => p.id === state.policy) ? state.policy
      : policies.some((p) => p.id === DEFAULT_POLICY) ? DEFAULT_POLICY : policies[0]?.id ?? '';
    policySelect.value = chosen;
    if (state.policy && state.policy !== chosen) {
      // A link naming a policy that is not here (or pays nothing) is answered by the API, as a problem if unknown.
      policySelect.value = '';
    }
  } catch (error) {
    if (run === generation) {
      failed(section, body, t, error, () => void showHistory(context));
    }
    return;
  }
  await showPolicy(context);
}

/** @param {Context} context */
async function showPolicy(context) {
  const run = ++generation;
  const { t, language, state } = context;
  const slug = state.policy || policySelect.value;
  loading(section, body, t);
  try {
    /** @type {import('./api.js').Answer<Schemas['Policy']>} */
    const answer = await get(`/policies/${encodeURIComponent(slug)}`, {}, language);
    const sources = await context.sources;
    if (run !== generation) {
      return;
    }
    const policy = answer.body;
    const benefits = policy.benefits ?? [];
    /** @param {Schemas['Benefit']} b */
    const levelOf = (b) => (b.level == null ? NO_LEVEL : String(b.level));
    /** @type {Map<string, number>} */
    const counts = new Map();
    for (const b of benefits) {
      counts.set(levelOf(b), (counts.get(levelOf(b)) ?? 0) + 1);
    }
    const levels = [...counts.keys()].sort((a, b) => (a === NO_LEVEL ? 1 : b === NO_LEVEL ? -1 : Number(b) - Number(a)));
    /** @param {string} level */
    const label = (level) => (level === NO_LEVEL ? t.noLevel : t.levelOption(Number(level)));
    levelSelect.replaceChildren(...levels.map((level) => h('option', { value: level }, label(level))));
    const busiest = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    const level = counts.has(state.history) ? state.history : busiest;
    levelSelect.value = level;
    const shown = benefits
      .filter((b) => levelOf(b) === level)
      .sort((a, b) => (a.effectiveFrom ?? '').localeCompare(b.effectiveFrom ?? ''));
    const caption = t.historyCaption(policy.title ?? slug, label(level));
    ready(section, body,
      shown.length === 0 ? h('p', { class: 'empty' }, t.noHistory) : [
        chart(context, shown, caption),
        table(context, shown, caption, sources),
      ],
      h('p', { class: 'meta' }, provenance(t, sources, policy)));
  } catch (error) {
    if (run === generation) {
      failed(section, body, t, error, () => void showPolicy(context));
    }
  }
}

/**
 * @param {Context} context
 * @param {Schemas['Benefit']} benefit
 */
function periodLines(context, benefit) {
  const { t } = context;
  return [
    benefit.effectiveFrom ? `${t.from} ${benefit.effectiveFrom}` : '…',
    benefit.effectiveTo ? `${t.until} ${benefit.effectiveTo}` : t.openEnded,
  ];
}

/**
 * Columns in date order, their heights to scale; the table below says the same in words.
 * @param {Context} context
 * @param {Schemas['Benefit'][]} benefits
 * @param {string} caption
 */
function chart(context, benefits, caption) {
  const { language } = context;
  const paid = benefits.filter((b) => b.amount);
  const width = 360;
  const height = 230;
  const top = 28;
  const base = 170;
  const highest = Math.max(1, ...paid.map((b) => b.amount?.amount ?? 0));
  const slot = (width - 16) / Math.max(1, paid.length);
  const barWidth = Math.min(64, slot * 0.55);
  const summary = paid.map((b) => number(language, b.amount?.amount ?? 0)).join(' → ');
  const titleId = 'history-chart-title';
  return h('figure', { class: 'history-chart' },
    svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': titleId },
      svg('title', { id: titleId }, `${caption}: ${summary}`),
      svg('line', { class: 'baseline', x1: 8, x2: width - 8, y1: base, y2: base }),
      paid.map((b, i) => {
        const amount = b.amount?.amount ?? 0;
        const barHeight = Math.max(2, ((base - top) * amount) / highest);
        const x = 8 + slot * i + (slot - barWidth) / 2;
        const middle = x + barWidth / 2;
        const [from, to] = periodLines(context, b);
        return svg('g', {},
          svg('rect', { class: 'bar', x, y: base - barHeight, width: barWidth, height: barHeight, rx: 3 }),
          svg('text', { class: 'value', x: middle, y: base - barHeight - 8, 'text-anchor': 'middle' }, number(language, amount)),
          svg('text', { class: 'period', x: middle, y: base + 20, 'text-anchor': 'middle' }, from),
          svg('text', { class: 'period', x: middle, y: base + 38, 'text-anchor': 'middle' }, to));
      })),
    h('figcaption', {}, caption));
}

/**
 * @param {Context} context
 * @param {Schemas['Benefit'][]} benefits
 * @param {string} caption
 * @param {Map<string, Schemas['Source']>} sources
 */
function table(context, benefits, caption, sources) {
  const { t } = context;
  return h('table', { class: 'history-table' },
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t.period),
      h('th', { scope: 'col' }, t.amount),
      h('th', { scope: 'col' }, t.sourceLabel))),
    h('tbody', {}, benefits.map((b) => h('tr', { 'data-id': b.id },
      h('td', {}, periodLines(context, b).join(' ')),
      h('td', {}, benefitAmount(context.language, b), b.conditions ? h('span', { class: 'note' }, b.conditions) : null),
      h('td', {}, provenance(t, sources, b))))));
}
