// The subsidy finder: a region, a level and a date give the amounts in force that day, in that region and the
// regions above it, each with its policy and source.

import { get } from './api.js';
import { badge, failed, h, loading, ready, sourceLink } from './dom.js';
import { benefitAmount } from './i18n.js';
import { showPolicyHistory } from './history.js';

/** @typedef {import('./main.js').Context} Context */
/** @typedef {import('api-types').components['schemas']} Schemas */

const section = /** @type {HTMLElement} */ (document.getElementById('subsidies'));
const body = /** @type {HTMLElement} */ (document.getElementById('subsidy-results'));
const form = /** @type {HTMLFormElement} */ (document.getElementById('subsidy-form'));
const region = /** @type {HTMLSelectElement} */ (document.getElementById('subsidy-region'));
const level = /** @type {HTMLSelectElement} */ (document.getElementById('subsidy-level'));
const date = /** @type {HTMLInputElement} */ (document.getElementById('subsidy-date'));
/** @type {Context | undefined} */
let current;
let generation = 0;

function search() {
  if (current) {
    current.update({ region: region.value, level: level.value, on: date.value });
    void find(current);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  search();
});
region.addEventListener('change', search);
level.addEventListener('change', search);
date.addEventListener('change', search);

/** @param {Context} context */
export async function showSubsidies(context) {
  current = context;
  const run = ++generation;
  const { t, state } = context;
  loading(section, body, t);
  level.replaceChildren(
    h('option', { value: '' }, t.anyLevel),
    ...[5, 4, 3, 2, 1].map((n) => h('option', { value: n }, t.levelOption(n))));
  level.value = state.level;
  date.value = /^\d{4}-\d{2}-\d{2}$/.test(state.on) ? state.on : '';
  try {
    const regions = await context.regions();
    if (run !== generation) {
      return;
    }
    region.replaceChildren(h('option', { value: '' }, t.anyRegion), ...regionOptions(regions));
    region.value = state.region;
  } catch (error) {
    if (run === generation) {
      failed(section, body, t, error, () => void showSubsidies(context));
    }
    return;
  }
  await find(context);
}

/**
 * The nation first, then one group per province: the province itself and the places inside it in tree order, each
 * indented beneath its parent. The eligibility form's region menu is the same.
 * @param {Schemas['Region'][]} regions
 * @returns {(HTMLOptionElement | HTMLOptGroupElement)[]}
 */
export function regionOptions(regions) {
  const codes = new Set(regions.map((r) => r.code));
  /**
   * @param {Schemas['Region']} region
   * @param {number} depth
   * @returns {HTMLOptionElement[]}
   */
  const tree = (region, depth) => [
    h('option', { value: region.code }, `${'\u00a0\u00a0'.repeat(depth)}${region.name}`),
    ...regions.filter((r) => r.parentCode === region.code).flatMap((r) => tree(r, depth + 1)),
  ];
  const roots = regions.filter((r) => !r.parentCode || !codes.has(r.parentCode));
  return roots.flatMap((root) => [
    h('option', { value: root.code }, root.name),
    ...regions.filter((r) => r.parentCode === root.code).map((province) =>
      h('optgroup', { label: province.name }, tree(province, 0))),
  ]);
}

/**
 * Asks the API what was in force, with the filters as the URL holds them (so a shared link asks the same).
 * @param {Context} context
 */
async function find(context) {
  const run = ++generation;
  const { t, language, state } = context;
  loading(section, body, t);
  try {
    /** @type {import('./api.js').Answer<Schemas['SubsidyLookup']>} */
    const answer = await get('/subsidies', { region: state.region, level: state.level, on: state.on, size: 100 }, language);
    if (run !== generation) {
      return;
    }
    const lookup = answer.body;
    const items = lookup.items ?? [];
    const searched = (lookup.searchedRegions ?? []).map((r) => r.name).join(' → ');
    ready(section, body,
      h('h3', {}, t.inForceOn(lookup.on)),
      searched ? h('p', { class: 'searched' }, `${t.searched}: ${searched}`) : null,
      items.length === 0
        ? h('p', { class: 'empty' }, t.noSubsidies)
        : h('ul', { class: 'subsidy-list' }, items.map((item) => subsidy(context, item))));
  } catch (error) {
    if (run === generation) {
      failed(section, body, t, error, () => void find(context));
    }
  }
}

/**
 * @param {Context} context
 * @param {Schemas['Subsidy']} item
 */
function subsidy(context, item) {
  const { t, language } = context;
  const kind = /** @type {keyof typeof t.kinds} */ (item.kind);
  const amount = benefitAmount(language, item);
  const from = item.effectiveFrom ? `${t.from} ${item.effectiveFrom}` : '';
  const to = item.effectiveTo ? `${t.until} ${item.effectiveTo}` : '';
  const policyId = item.policy.id;
  const history = h('button', {
    type: 'button',
    class: 'link-button',
    'aria-label': `${t.showHistory}: ${item.policy.title}`,
  }, t.showHistory);
  history.addEventListener('click', () => showPolicyHistory(policyId, item.level == null ? 'none' : String(item.level)));
  return h('li', {
    class: 'subsidy',
    'data-policy': policyId,
    'data-region': item.region.code,
    'data-kind': item.kind,
    'data-source': item.source.id,
  },
    h('p', { class: 'amount' }, amount),
    h('p', { class: 'facts' },
      [t.kinds[kind] ?? item.kind, item.level != null ? t.levelOption(item.level) : t.anyLevel, item.region.name]
        .filter(Boolean).join(' · ')),
    h('p', {}, `${t.effective}: ${[from, to].filter(Boolean).join(' ') || t.openEnded}`),
    item.conditions ? h('p', { class: 'note' }, item.conditions) : null,
    h('p', {}, `${t.policy}: `, h('a', { class: 'policy', href: `/api/v1/policies/${encodeURIComponent(policyId)}` },
      item.policy.title), ' ', history),
    h('p', { class: 'meta' }, badge(t, item.verification), ' ', sourceLink(t, item.source)));
}
