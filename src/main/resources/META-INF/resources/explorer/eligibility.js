// "Am I eligible?": a person's situation, sent to POST /api/v1/subsidy-estimates, and the estimate's answer for each
// program of the region and the regions above it: the outcome, the amount, the last day to apply, whether the
// estimate takes it and why, and every condition checked with what it required, what was given and its source.
// The question lives in the URL like the other filters, so a link asks it again.

import { ApiProblem, post } from './api.js';
import { badge, failed, h, loading, ready, sourceLink } from './dom.js';
import { benefitAmount } from './i18n.js';
import { regionOptions } from './subsidies.js';

/** @typedef {import('./main.js').Context} Context */
/** @typedef {import('./state.js').State} State */
/** @typedef {import('./i18n.js').Texts} Texts */
/** @typedef {import('api-types').components['schemas']} Schemas */
/** @typedef {keyof Schemas['Situation']} Input */

/** @type {Schemas['ClaimantStatus'][]} */
const STATUSES = ['EMPLOYED', 'RECEIVING_UNEMPLOYMENT_BENEFIT', 'REGISTERED_UNEMPLOYED', 'STUDENT', 'RETIRED', 'CIVIL_SERVANT'];
/** @type {Schemas['Sex'][]} */
const SEXES = ['MALE', 'FEMALE'];
/** The mark beside an outcome and a check: never alone, always with its word. */
const OUTCOME_MARKS = { ELIGIBLE: '✓', INELIGIBLE: '✗', MORE_INFO: '?' };
const CHECK_MARKS = { met: '✓', 'not-met': '✗', open: '?' };

const section = /** @type {HTMLElement} */ (document.getElementById('eligibility'));
const body = /** @type {HTMLElement} */ (document.getElementById('eligibility-results'));
const answerLine = /** @type {HTMLElement} */ (document.getElementById('eligibility-answer'));
const form = /** @type {HTMLFormElement} */ (document.getElementById('eligibility-form'));

/**
 * The form's fields: the situation's input each one gives, its control, and its key in the URL.
 * @typedef {{ input: Input, key: keyof State, control: HTMLInputElement | HTMLSelectElement, error: HTMLElement, integer: boolean }} Field
 */
/** @type {Field[]} */
const FIELDS = /** @type {const} */ ([
  ['region', 'eligibilityRegion', 'eligibility-region', false],
  ['level', 'eligibilityLevel', 'eligibility-level', true],
  ['certificateIssuedOn', 'certificateIssuedOn', 'eligibility-issued', false],
  ['applyingOn', 'applyingOn', 'eligibility-applying', false],
  ['insuredMonths', 'insuredMonths', 'eligibility-insured', true],
  ['employmentStatus', 'employmentStatus', 'eligibility-status', false],
  ['birthDate', 'birthDate', 'eligibility-birth', false],
  ['sex', 'sex', 'eligibility-sex', false],
]).map(([input, key, id, integer]) => {
  const control = /** @type {HTMLInputElement | HTMLSelectElement} */ (document.getElementById(id));
  control.dataset.describedby = control.getAttribute('aria-describedby') ?? '';
  return { input, key, control, error: /** @type {HTMLElement} */ (document.getElementById(`${id}-error`)), integer };
});

/** @param {string} input */
const fieldOf = (input) => FIELDS.find((f) => f.input === input);
/** @param {Input} input */
const control = (input) => /** @type {Field} */ (fieldOf(input)).control;

/** @type {Context | undefined} */
let current;
let generation = 0;

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (current) {
    /** @type {Partial<State>} */
    const question = {};
    for (const field of FIELDS) {
      question[field.key] = field.control.value.trim();
    }
    current.update(question);
    void ask(current);
  }
});

/** @param {State} state */
const asked = (state) => FIELDS.some((f) => state[f.key] !== '');

/** @param {Context} context */
export async function showEligibility(context) {
  const first = current === undefined;
  current = context;
  const run = ++generation;
  const { t, state } = context;
  loading(section, body, t);
  answerLine.textContent = '';
  // Choices made but not yet asked survive a change of language; a first show takes the question in the URL.
  const chosen = new Map(FIELDS.map((f) => [f.input, first ? state[f.key] : f.control.value]));
  const level = control('level');
  level.replaceChildren(
    h('option', { value: '' }, t.chooseLevel),
    ...[5, 4, 3, 2, 1].map((n) => h('option', { value: n }, t.levelOption(n))));
  control('employmentStatus').replaceChildren(
    h('option', { value: '' }, t.notStated),
    ...STATUSES.map((s) => h('option', { value: s }, t.statuses[s])));
  control('sex').replaceChildren(
    h('option', { value: '' }, t.notStated),
    ...SEXES.map((s) => h('option', { value: s }, t.sexes[s])));
  for (const field of FIELDS) {
    if (field.input !== 'region') {
      field.control.value = chosen.get(field.input) ?? '';
    }
  }
  try {
    const regions = await context.regions();
    if (run !== generation) {
      return;
    }
    const region = control('region');
    region.replaceChildren(h('option', { value: '' }, t.chooseRegion), ...regionOptions(regions));
    region.value = chosen.get('region') ?? '';
  } catch (error) {
    if (run === generation) {
      failed(section, body, t, error, () => void showEligibility(context));
    }
    return;
  }
  if (asked(state)) {
    await ask(context);
  } else {
    ready(section, body, h('p', { class: 'empty' }, t.eligibilityEmpty));
  }
}

/**
 * The situation the URL holds, as the API takes it: empty inputs left out, whole numbers as numbers. Anything else is
 * sent as it is, for the API to name what is wrong with it.
 * @param {State} state
 */
function situation(state) {
  /** @type {Partial<Record<Input, string | number>>} */
  const situation = {};
  for (const field of FIELDS) {
    const value = state[field.key];
    if (value !== '') {
      situation[field.input] = field.integer && /^-?\d{1,9}$/.test(value) ? Number(value) : value;
    }
  }
  return situation;
}

/**
 * Asks the API for the estimate of the question the URL holds (so a shared link asks the same).
 * @param {Context} context
 */
async function ask(context) {
  const run = ++generation;
  const { t, language, state } = context;
  clearErrors();
  answerLine.textContent = '';
  loading(section, body, t);
  try {
    /** @type {import('./api.js').Answer<Schemas['SubsidyEstimate']>} */
    const answer = await post('/subsidy-estimates', situation(state), language);
    const sources = await context.sources;
    // The titles of the policies whose rules were checked; their ids stand in if the list cannot be had.
    const titles = new Map((await context.policies().catch(() => [])).map((p) => [p.id, p.title]));
    if (run !== generation) {
      return;
    }
    show(context, answer.body, titles, sources);
  } catch (error) {
    if (run !== generation) {
      return;
    }
    if (error instanceof ApiProblem && error.problem.status === 400 && (error.problem.errors ?? []).length > 0) {
      invalid(t, error.problem);
    } else {
      failed(section, body, t, error, () => void ask(context));
    }
  }
}

/**
 * @param {Context} context
 * @param {Schemas['SubsidyEstimate']} estimate
 * @param {Map<string, string>} titles
 * @param {Map<string, Schemas['Source']>} sources
 */
function show(context, estimate, titles, sources) {
  const { t } = context;
  const results = estimate.results;
  const searched = estimate.searchedRegions.map((r) => r.name).join(' → ');
  answerLine.textContent = headline(context, estimate);
  ready(section, body,
    h('p', { class: 'selection' }, estimate.selection),
    h('p', { class: 'disclaimer' }, estimate.disclaimer),
    searched ? h('p', { class: 'searched' }, `${t.searched}: ${searched}`) : null,
    results.length === 0 ? null
      : h('ul', { class: 'estimate-list' }, results.map((r) => result(context, r, titles, sources))));
}

/**
 * The answer in one line, for the live region: the result the estimate takes, or that none can be taken.
 * @param {Context} context
 * @param {Schemas['SubsidyEstimate']} estimate
 */
function headline(context, estimate) {
  const { t, language } = context;
  const taken = estimate.results.find((r) => r.selected);
  if (!taken) {
    const all = estimate.results.length;
    if (all === 0) {
      return t.noPrograms;
    }
    return estimate.results.every((r) => r.outcome === 'INELIGIBLE') ? t.noneEligible(all) : estimate.selection;
  }
  const parts = [`${t.outcomes[taken.outcome]}: ${taken.policyTitle} (${taken.region.name})`];
  if (taken.award) {
    parts.push(benefitAmount(language, { ...taken.award, upliftPercent: null }));
  }
  if (taken.missingInputs.length > 0) {
    parts.push(`${t.stillNeeded}: ${taken.missingInputs.map((i) => inputLabel(t, i)).join(t.listSeparator)}`);
  }
  return parts.join(' · ');
}

/**
 * One program's answer.
 * @param {Context} context
 * @param {Schemas['EstimateResult']} r
 * @param {Map<string, string>} titles
 * @param {Map<string, Schemas['Source']>} sources
 */
function result(context, r, titles, sources) {
  const { t, language } = context;
  const outcome = r.outcome;
  return h('li', {
    class: `estimate outcome-${outcome.toLowerCase().replace('_', '-')}${r.selected ? ' selected' : ''}`,
    'data-policy': r.policyId,
    'data-region': r.region.code,
    'data-outcome': outcome,
    'data-selected': String(r.selected),
  },
  h('h3', {}, h('a', { class: 'policy', href: `/api/v1/policies/${encodeURIComponent(r.policyId)}` }, r.policyTitle)),
  h('p', { class: 'facts' }, r.region.name),
  h('p', { class: 'outcome' },
    h('span', { class: 'mark', 'aria-hidden': 'true' }, OUTCOME_MARKS[outcome]), ' ',
    h('span', { class: 'outcome-text' }, t.outcomes[outcome])),
  h('p', { class: 'amount' }, r.award ? benefitAmount(language, { ...r.award, upliftPercent: null }) : t.noAward),
  r.award ? h('p', { class: 'meta' }, badge(t, r.award.verification), ' ',
    sourceLink(t, sources.get(r.award.sourceId), r.award.sourceId)) : null,
  h('p', { class: 'amount-on' }, t.amountsOn(r.amountOn)),
  r.applyBy ? h('p', { class: 'apply-by' }, `${t.applyBy}: `, h('time', { datetime: r.applyBy }, r.applyBy)) : null,
  h('p', { class: 'taken' }, r.selected ? t.taken : t.notTaken),
  h('p', { class: 'reason' }, r.reason),
  r.missingInputs.length > 0 ? h('p', { class: 'missing-inputs' }, `${t.stillNeeded}: `,
    r.missingInputs.flatMap((input, i) => [i > 0 ? t.listSeparator : null, missingInput(t, input)])) : null,
  r.uplifts.map((u) => h('p', { class: 'note uplift' },
    t.upliftNote(u.percent, u.upperLimit), u.conditions ? ` — ${u.conditions}` : '', ' ',
    badge(t, u.verification), ' ', sourceLink(t, sources.get(u.sourceId), u.sourceId))),
  checks(context, r, titles, sources));
}

/**
 * An input the answer still needs: a button that goes to its field where the form asks it.
 * @param {Texts} t
 * @param {string} input
 */
function missingInput(t, input) {
  const field = fieldOf(input);
  if (!field) {
    return h('span', { class: 'input', 'data-input': input }, `${inputLabel(t, input)} ${t.notAsked}`);
  }
  const button = h('button', { type: 'button', class: 'link-button input', 'data-input': input }, inputLabel(t, input));
  button.addEventListener('click', () => field.control.focus());
  return button;
}

/**
 * @param {Texts} t
 * @param {string} input
 */
function inputLabel(t, input) {
  return t.inputs[/** @type {keyof Texts['inputs']} */ (input)] ?? input;
}

/**
 * Every condition checked, grouped by the policy whose rule it is; open where the result is the one taken or is not
 * simply eligible.
 * @param {Context} context
 * @param {Schemas['EstimateResult']} r
 * @param {Map<string, string>} titles
 * @param {Map<string, Schemas['Source']>} sources
 */
function checks(context, r, titles, sources) {
  const { t } = context;
  /** @type {Map<string, Schemas['EstimateCheck'][]>} */
  const groups = new Map();
  for (const c of r.checks) {
    groups.set(c.policyId, [...(groups.get(c.policyId) ?? []), c]);
  }
  const met = r.checks.filter((c) => c.passed === true).length;
  const notMet = r.checks.filter((c) => c.passed === false).length;
  return h('details', { class: 'checks', open: r.selected || r.outcome !== 'ELIGIBLE' },
    h('summary', {}, t.checksSummary(r.checks.length, met, notMet, r.checks.length - met - notMet)),
    [...groups].map(([policyId, list]) => h('div', { class: 'check-group', 'data-policy': policyId },
      h('p', { class: 'check-policy' }, titles.get(policyId) ?? policyId),
      h('ul', { class: 'check-list' }, list.map((c) => check(t, c, sources))))));
}

/**
 * One condition: ticked, crossed or open, in words as well as marks; what it required, what was given or is
 * missing, and its source.
 * @param {Texts} t
 * @param {Schemas['EstimateCheck']} c
 * @param {Map<string, Schemas['Source']>} sources
 */
function check(t, c, sources) {
  const verdict = c.passed === true ? 'met' : c.passed === false ? 'not-met' : 'open';
  const word = verdict === 'met' ? t.checkMet : verdict === 'not-met' ? t.checkNotMet : t.checkOpen;
  return h('li', {
    class: `check check-${verdict}`,
    'data-kind': c.kind,
    'data-passed': c.passed == null ? 'open' : String(c.passed),
    'data-source': c.sourceId,
  },
  h('span', { class: 'mark', 'aria-hidden': 'true' }, CHECK_MARKS[verdict]),
  h('div', { class: 'check-text' },
    h('p', { class: 'requirement' }, h('strong', { class: 'verdict' }, word), `: ${c.required}`),
    c.given != null ? h('p', { class: 'given' }, `${t.given}: ${c.given}`) : null,
    c.missing.length > 0
      ? h('p', { class: 'missing' }, `${t.missing}: ${c.missing.map((i) => inputLabel(t, i)).join(t.listSeparator)}`)
      : null,
    c.statement ? h('p', { class: 'note statement' }, `${t.sourceSays}: ${c.statement}`) : null,
    c.sourceId ? h('p', { class: 'meta' }, c.verification ? [badge(t, c.verification), ' '] : null,
      sourceLink(t, sources.get(c.sourceId), c.sourceId)) : null));
}

/**
 * A 400: each error beside the field it names, and all of them in an alert above the answer.
 * @param {Texts} t
 * @param {import('./api.js').Problem} problem
 */
function invalid(t, problem) {
  const errors = problem.errors ?? [];
  for (const e of errors) {
    const field = fieldOf(e.field);
    if (field) {
      field.error.textContent = e.message;
      field.error.hidden = false;
      field.control.setAttribute('aria-invalid', 'true');
      field.control.setAttribute('aria-describedby', [field.control.dataset.describedby, field.error.id].join(' ').trim());
    }
  }
  section.dataset.state = 'error';
  body.removeAttribute('aria-busy');
  body.replaceChildren(h('div', { class: 'problem', role: 'alert' },
    h('p', { class: 'problem-title' }, problem.title),
    h('p', { class: 'problem-detail' }, t.formHasErrors),
    h('ul', { class: 'problem-errors' }, errors.map((e) => {
      const field = fieldOf(e.field);
      if (!field) {
        return h('li', { 'data-field': e.field }, `${e.field}: ${e.message}`);
      }
      const go = h('button', { type: 'button', class: 'link-button' }, inputLabel(t, e.field));
      go.addEventListener('click', () => field.control.focus());
      return h('li', { 'data-field': e.field }, go, `: ${e.message}`);
    })),
    h('p', { class: 'problem-status' }, `HTTP ${problem.status}`)));
}

function clearErrors() {
  for (const field of FIELDS) {
    field.error.textContent = '';
    field.error.hidden = true;
    field.control.removeAttribute('aria-invalid');
    const describedby = field.control.dataset.describedby;
    if (describedby) {
      field.control.setAttribute('aria-describedby', describedby);
    } else {
      field.control.removeAttribute('aria-describedby');
    }
  }
}
