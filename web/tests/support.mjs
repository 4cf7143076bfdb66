// Shared by the browser tests: the service's URL, Debian's Chromium, one recorded page per test, waiting, axe-core.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);

if (!process.env.EXPLORER_URL) {
  throw new Error(
    'EXPLORER_URL is not set: give the URL of a running service, e.g. ' +
      'EXPLORER_URL=http://localhost:8080/ npm --prefix web test (./mvnw verify sets it for ExplorerPageIT).',
  );
}

/** The service under test, e.g. http://localhost:8081/. */
export const BASE = new URL(process.env.EXPLORER_URL);

/** Where the screenshots go; relative to web/ when relative. */
export const SCREENSHOT_DIR = resolve(process.env.SCREENSHOT_DIR || '../target/screenshots');

export const SECTIONS = /** @type {const} */ (['levels', 'duties', 'salaries', 'subsidies', 'eligibility', 'history']);

// The browser's own language is pinned, so that nothing depends on the machine's locale: Chinese, the data's first
// language (the page follows the browser until a language is chosen).
const LOCALE = 'zh-CN';
export const DESKTOP = { viewport: { width: 1280, height: 900 }, locale: LOCALE };
export const PHONE = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: LOCALE,
};

/** Generous: the CI machine has two cores and also runs the service and its database. */
export const TIMEOUT = 30_000;

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Debian's Chromium, headless, with nothing that would reach out to the (closed) network by itself. */
export async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's with \`apt-get install -y chromium\`, ` +
        'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * @typedef {object} Session
 * @property {import('playwright-core').BrowserContext} context
 * @property {import('playwright-core').Page} page
 * @property {string[]} consoleErrors console messages of type error and uncaught page errors
 * @property {string[]} foreignRequests requests that left the service's origin
 * @property {{ url: string, language: string | undefined }[]} apiRequests the requests to /api/, in order
 */

/**
 * A fresh browser context and page that record console errors, page errors and every request the page makes.
 * @param {import('playwright-core').Browser} browser
 * @param {import('playwright-core').BrowserContextOptions} [options]
 * @returns {Promise<Session>}
 */
export async function openSession(browser, options = DESKTOP) {
  const context = await browser.newContext({ ...options });
  context.setDefaultTimeout(TIMEOUT);
  context.setDefaultNavigationTimeout(TIMEOUT * 2);
  const page = await context.newPage();
  /** @type {Session} */
  const session = { context, page, consoleErrors: [], foreignRequests: [], apiRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location();
      session.consoleErrors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (error) => session.consoleErrors.push(`pageerror: ${error.stack || error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:')) return;
    if (new URL(url).origin !== BASE.origin) {
      session.foreignRequests.push(`${request.method()} ${url}`);
    } else if (new URL(url).pathname.startsWith('/api/')) {
      session.apiRequests.push({ url, language: request.headers()['accept-language'] });
    }
  });
  return session;
}

/**
 * Goes to a path of the service (e.g. "/?lang=en") and waits for the page's load event.
 * @param {Session} session
 * @param {string} path
 */
export async function visit(session, path = '/') {
  const response = await session.page.goto(new URL(path, BASE).href, { waitUntil: 'load' });
  assert.ok(response, `no response for ${path}`);
  assert.equal(response.status(), 200, `GET ${path} answered ${response.status()}`);
}

/**
 * Fails when the page logged an error (other than the allowed ones) or asked anything of another origin.
 * @param {Session} session
 * @param {RegExp[]} [allowed] console errors that the test provoked on purpose
 */
export function assertClean(session, allowed = []) {
  const errors = session.consoleErrors.filter((text) => !allowed.some((pattern) => pattern.test(text)));
  assert.deepEqual(errors, [], `the page logged errors:\n  ${errors.join('\n  ')}`);
  assert.deepEqual(
    session.foreignRequests,
    [],
    `the page made requests outside ${BASE.origin}:\n  ${session.foreignRequests.join('\n  ')}`,
  );
}

/**
 * Waits until a section has left data-state="loading" and returns the state it reached.
 * @param {import('playwright-core').Page} page
 * @param {string} id
 */
export async function settledState(page, id) {
  const selector = `section#${id}`;
  try {
    await page.waitForFunction(
      (s) => {
        const state = document.querySelector(s)?.getAttribute('data-state');
        return state === 'ready' || state === 'error';
      },
      selector,
      { timeout: TIMEOUT },
    );
  } catch (e) {
    const state = await page.locator(selector).getAttribute('data-state', { timeout: 1000 }).catch(() => 'absent');
    assert.fail(`${selector} never reached data-state ready or error within ${TIMEOUT} ms (it is ${state}): ${e}`);
  }
  return page.locator(selector).getAttribute('data-state');
}

/**
 * Waits until the sections are ready; one that ends in error fails with the problem it shows.
 * @param {import('playwright-core').Page} page
 * @param {readonly string[]} [ids]
 */
export async function waitReady(page, ids = SECTIONS) {
  for (const id of ids) {
    const state = await settledState(page, id);
    if (state !== 'ready') {
      const problem = await page.locator(`#${id} .problem`).allInnerTexts();
      assert.fail(`section#${id} is in data-state="${state}" instead of ready; it shows: ${problem.join(' | ') || '(no .problem)'}`);
    }
  }
}

/**
 * Polls until `test` holds for what `read` returns; fails with the last value read.
 * @template T
 * @param {() => Promise<T>} read
 * @param {(value: T) => boolean} test
 * @param {string} what what was expected, for the failure message
 * @param {number} [timeout]
 * @returns {Promise<T>}
 */
export async function until(read, test, what, timeout = TIMEOUT) {
  const end = Date.now() + timeout;
  /** @type {T | undefined} */
  let value;
  /** @type {unknown} */
  let error;
  for (;;) {
    try {
      value = await read();
      error = undefined;
      if (test(value)) return value;
    } catch (e) {
      error = e;
    }
    if (Date.now() > end) {
      assert.fail(`${what}: not so after ${timeout} ms; last seen: ${error ?? JSON.stringify(value)}`);
    }
    await new Promise((done) => setTimeout(done, 150));
  }
}

/**
 * The texts of the elements a selector matches, trimmed and with white space collapsed.
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 */
export async function texts(page, selector) {
  return (await page.locator(selector).allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/**
 * The values of one attribute over the elements a selector matches.
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 * @param {string} attribute
 */
export async function attributes(page, selector, attribute) {
  return page.locator(selector).evaluateAll((elements, name) => elements.map((e) => e.getAttribute(name)), attribute);
}

/**
 * Runs axe-core on the whole document and returns the serious and critical violations, one readable line each.
 * @param {import('playwright-core').Page} page
 */
export async function seriousViolations(page) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const results = await page.evaluate(() => {
    const axe = /** @type {typeof import('axe-core')} */ (/** @type {any} */ (globalThis).axe);
    return axe.run(document);
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.helpUrl})\n      at ${v.nodes
          .map((n) => `${JSON.stringify(n.target)}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`)
          .join('\n      at ')}`,
    );
}

/** @param {string} name */
export function screenshotPath(name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return resolve(SCREENSHOT_DIR, name);
}

/** Removes the screenshots of an earlier run's failures, so that those left over are this run's. */
export function clearFailures() {
  if (!existsSync(SCREENSHOT_DIR)) return;
  for (const name of readdirSync(SCREENSHOT_DIR)) {
    if (name.startsWith('failed-') && name.endsWith('.png')) rmSync(resolve(SCREENSHOT_DIR, name));
  }
}
