// The page's filters live in its URL, so that a link shows what its sender saw.

/** @typedef {{ lang: string, duties: string, region: string, level: string, on: string, policy: string, history: string }} State */

/** @type {(keyof State)[]} */
const KEYS = ['lang', 'duties', 'region', 'level', 'on', 'policy', 'history'];

/** @returns {State} */
export function readState() {
  const params = new URLSearchParams(window.location.search);
  /** @type {State} */
  const state = { lang: '', duties: '', region: '', level: '', on: '', policy: '', history: '' };
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
