// The page's client for the career data API: same-origin fetches (GETs, and the POST of a computation), one language
// at a time through Accept-Language, and every failure turned into an RFC 9457 problem the page can show.

/** @typedef {import('api-types').components['schemas']} Schemas */
/** @typedef {Schemas['Problem']} Problem */
/** @typedef {'zh-CN' | 'en'} Language */

/** A problem answered by the API, or one made up for a failure that produced no answer. */
export class ApiProblem extends Error {
  /** @param {Problem} problem */
  constructor(problem) {
    super(problem.title);
    this.name = 'ApiProblem';
    /** @type {Problem} */
    this.problem = problem;
  }
}

/**
 * The answer to a request: its body, and the language the API says it chose (Content-Language).
 * @template T
 * @typedef {{ body: T, language: Language }} Answer
 */

/**
 * GETs an API path. The language is negotiated by the API: without one, the browser's own Accept-Language goes.
 * @template T
 * @param {string} path the path under /api/v1, such as "/levels"
 * @param {Record<string, string | number | null | undefined>} [query] parameters; empty ones are left out
 * @param {Language} [language]
 * @returns {Promise<Answer<T>>}
 */
export async function get(path, query = {}, language = undefined) {
  return send(address(path, query), { headers: headers(language) });
}

/**
 * POSTs a JSON body to an API path that computes an answer and writes nothing, such as "/subsidy-estimates".
 * @template T
 * @param {string} path the path under /api/v1
 * @param {unknown} body sent as JSON
 * @param {Language} [language]
 * @returns {Promise<Answer<T>>}
 */
export async function post(path, body, language = undefined) {
  return send(address(path, {}), {
    method: 'POST',
    headers: { ...headers(language), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/**
 * @param {string} path
 * @param {Record<string, string | number | null | undefined>} query
 */
function address(path, query) {
  const url = new URL(`/api/v1${path}`, window.location.origin);
  for (const [name, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') {
      url.searchParams.set(name, String(value));
    }
  }
  return url;
}

/** @param {Language | undefined} language */
function headers(language) {
  /** @type {Record<string, string>} */
  const headers = { Accept: 'application/json, application/problem+json' };
  if (language) {
    headers['Accept-Language'] = language;
  }
  return headers;
}

/**
 * Makes a request and reads its JSON answer; any failure becomes an ApiProblem.
 * @template T
 * @param {URL} url
 * @param {RequestInit} init
 * @returns {Promise<Answer<T>>}
 */
async function send(url, init) {
  let response;
  try {
    response = await fetch(url, init);
  } catch {
    // No answer at all: status 0 tells the page to say the service could not be reached.
    throw new ApiProblem({ type: 'about:blank', title: 'unreachable', detail: url.pathname, status: 0 });
  }
  const type = response.headers.get('Content-Type') ?? '';
  if (!response.ok) {
    if (type.startsWith('application/problem+json')) {
      throw new ApiProblem(await response.json());
    }
    throw new ApiProblem({
      type: 'about:blank',
      title: response.statusText || `HTTP ${response.status}`,
      status: response.status,
    });
  }
  const served = response.headers.get('Content-Language');
  return { body: await response.json(), language: served === 'en' ? 'en' : 'zh-CN' };
}

/**
 * GETs every item of a collection, at the largest page size the API allows.
 * @template T
 * @param {string} path
 * @param {Record<string, string | number | null | undefined>} query
 * @param {Language} language
 * @returns {Promise<T[]>}
 */
export async function all(path, query, language) {
  /** @type {T[]} */
  const items = [];
  for (let page = 1; ; page++) {
    /** @type {Answer<{ items?: T[], page?: Schemas['PageInfo'] }>} */
    const answer = await get(path, { ...query, size: 100, page }, language);
    items.push(...(answer.body.items ?? []));
    if (page >= (answer.body.page?.totalPages ?? 1)) {
      return items;
    }
  }
}
