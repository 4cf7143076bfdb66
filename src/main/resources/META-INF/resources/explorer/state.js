// The page's filters live in its URL, so that a link shows what its sender saw.

/**
 * @typedef {{
 *   lang: string, duties: string, region: string, level: string, on: string, policy: string, history: string,
 *   eligibilityRegion: string, eligibilityLevel: string, certificateIssuedOn: string, applyingOn: string,
 *   insuredMonths: string, employmentStatus: string, birthDate: string, sex: string,
 * }} State
 */

/** @type {(keyof State)[]} */
const KEYS = [
  'lang', 'duties', 'region', 'level', 'on', 'policy', 'history',
  // The eligibility question: the situation sent to POST /api/v1/subsidy-estimates.
  'eligibilityRegion', 'eligibilityLevel', 'certificateIssuedOn', 'applyingOn', 'insuredMonths', 'employmentStatus',
  'birthDate', 'sex',
];

/** @returns {State} */
export function readState() {
  const params = new URLSearchParams(window.location.search);
  /** @type {State} */
  const state = {
    lang: '', duties: '', region: '', level: '', on: '', policy: '', history: '',
    eligibilityRegion: '', eligibilityLevel: '', certificateIssuedOn: '', applyingOn: '', insuredMonths: '',
    employmentStatus: '', birthDate: '', sex: '',
  };
  for (const key of KEYS) {
    state[key] = params.get(key) ?? '';
  }
  return state;
}

/**
 * Writes the filters into the URL (without a new history entry), leaving out the empty ones.
 * @param {State} state
 */
export function writeState(state) {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    if (state[key]) {
      params.set(key, state[key]);
    }
  }
  const query = params.toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  window.history.replaceState(null, '', url);
}
