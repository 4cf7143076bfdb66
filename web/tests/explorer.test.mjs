// The career explorer page in Debian's Chromium, against a running service (EXPLORER_URL).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  BASE,
  DESKTOP,
  PHONE,
  SECTIONS,
  assertClean,
  attributes,
  clearFailures,
  launch,
  openSession,
  screenshotPath,
  seriousViolations,
  settledState,
  texts,
  until,
  visit,
  waitReady,
} from './support.mjs';

/** @typedef {import('api-types').components['schemas']} Schemas */
/** @typedef {import('./support.mjs').Session} Session */

const TEST_TIMEOUT = 180_000;
const SHENZHEN_POLICY = 'shenzhen-skill-certificate-subsidy';
/** Shenzhen's records; in 2025 its level 3 has two, the seed article's first and the repost's beside it. */
const SHENZHEN_ITEM = `#subsidy-results li.subsidy[data-policy="${SHENZHEN_POLICY}"]`;

/**
 * The browser's own console line for a response with an error status, and nothing else.
 * @param {number} status
 */
const failedStatus = (status) =>
  new RegExp(`^console\\.error: Failed to load resource: the server responded with a status of ${status}\\b`);
const failedNetwork = /^console\.error: Failed to load resource: net::ERR_FAILED\b/;

/** @type {import('playwright-core').Browser} */
let browser;

/**
 * Runs a test body on a fresh context and page; on failure, keeps a screenshot of what the page showed.
 * @param {string} name
 * @param {import('playwright-core').BrowserContextOptions} options
 * @param {(session: Session) => Promise<void>} body
 */
async function inPage(name, options, body) {
  const session = await openSession(browser, options);
  try {
    await body(session);
  } catch (e) {
    const file = screenshotPath(`failed-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
    await session.page.screenshot({ path: file, fullPage: true }).catch(() => {});
    throw e;
  } finally {
    await session.context.close();
  }
}

/**
 * Asks the API directly (not through the page) for a JSON answer in a language.
 * @param {Session} session
 * @param {string} path
 * @param {string} language
 */
async function api(session, path, language) {
  const response = await session.context.request.get(new URL(path, BASE).href, {
    headers: { 'Accept-Language': language, Accept: 'application/json' },
  });
  assert.equal(response.status(), 200, `GET ${path} answered ${response.status()}`);
  return response.json();
}

/**
 * Fails when the page is wider than a 375 px phone screen, naming the elements that stick out.
 * @param {import('playwright-core').Page} page
 * @param {string} language
 */
async function assertFits(page, language) {
  const { width, wide } = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    wide: [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .slice(0, 8)
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className).replace(/ /g, '.')}` : ''}`),
  }));
  assert.ok(width <= 375, `at 375 px (${language}) the page is ${width} px wide; sticking out: ${wide.join(', ')}`);
}

/** @param {import('playwright-core').Page} page */
const htmlLang = (page) => page.locator('html').getAttribute('lang');

/** @param {import('playwright-core').Page} page */
const query = (page) => new URL(page.url()).searchParams;

/** @param {import('playwright-core').Page} page */
const submitButton = (page) =>
  page.locator('#subsidy-form').locator('button[type="submit"], input[type="submit"], button:not([type])').first();

/** @param {import('playwright-core').Page} page */
const shenzhenAmount = (page) => page.locator(SHENZHEN_ITEM).first().locator('.amount').innerText({ timeout: 2000 });

/**
 * A situation for POST /api/v1/subsidy-estimates, as the eligibility form asks it.
 * @typedef {{ region: string, level: number, certificateIssuedOn: string, applyingOn?: string, insuredMonths?: number,
 *   employmentStatus?: Schemas['ClaimantStatus'], birthDate?: string, sex?: Schemas['Sex'] }} Situation
 */

/** Shenzhen, level 3, every condition met: the Shenzhen subsidy of 2,400 is taken. */
/** @type {Situation} */
const SHENZHEN_SITUATION = {
  region: '440300', level: 3, certificateIssuedOn: '2025-06-01', applyingOn: '2025-07-01', insuredMonths: 24,
  employmentStatus: 'EMPLOYED', birthDate: '1990-01-01',
};
/** The same without a birth date, which Guangdong's age rule needs: more information needed. */
/** @type {Situation} */
const NO_BIRTH_DATE = (({ birthDate, ...rest }) => rest)(SHENZHEN_SITUATION);
/** A certificate of 2022-03-01 applied for on 2023-06-01 (the nation): past the 12-month window, not eligible. */
/** @type {Situation} */
const TOO_OLD = {
  region: 'CN', level: 3, certificateIssuedOn: '2022-03-01', applyingOn: '2023-06-01', insuredMonths: 24,
  employmentStatus: 'EMPLOYED',
};
const NATIONAL_POLICY = 'unemployment-insurance-skill-subsidy-2017';

/** The URL parameter of each input of the eligibility form, and its control. */
const ELIGIBILITY_FIELDS = /** @type {const} */ ([
  ['region', 'eligibilityRegion', 'select#eligibility-region'],
  ['level', 'eligibilityLevel', 'select#eligibility-level'],
  ['certificateIssuedOn', 'certificateIssuedOn', 'input#eligibility-issued'],
  ['applyingOn', 'applyingOn', 'input#eligibility-applying'],
  ['insuredMonths', 'insuredMonths', 'input#eligibility-insured'],
  ['employmentStatus', 'employmentStatus', 'select#eligibility-status'],
  ['birthDate', 'birthDate', 'input#eligibility-birth'],
  ['sex', 'sex', 'select#eligibility-sex'],
]);

/**
 * The page's link that asks a situation.
 * @param {Situation} situation
 * @param {string} [lang]
 */
function eligibilityLink(situation, lang) {
  const params = new URLSearchParams(lang ? { lang } : {});
  for (const [input, key] of ELIGIBILITY_FIELDS) {
    const value = situation[input];
    if (value !== undefined) params.set(key, String(value));
  }
  return `/?${params}`;
}

/**
 * Fills the eligibility form with the controls, as a person would, and sends it.
 * @param {import('playwright-core').Page} page
 * @param {Situation} situation
 */
async function askEligibility(page, situation) {
  for (const [input, , selector] of ELIGIBILITY_FIELDS) {
    const value = String(situation[input] ?? '');
    if (selector.startsWith('select')) {
      await page.selectOption(selector, value);
    } else {
      await page.fill(selector, value);
    }
  }
  await page.locator('#eligibility-form button[type="submit"]').click();
}

/**
 * Asks the API directly (not through the page) for the estimate of a situation in a language.
 * @param {Session} session
 * @param {Situation} situation
 * @param {string} language
 * @returns {Promise<Schemas['SubsidyEstimate']>}
 */
async function estimate(session, situation, language) {
  const response = await session.context.request.post(new URL('/api/v1/subsidy-estimates', BASE).href, {
    headers: { 'Accept-Language': language, Accept: 'application/json' },
    data: situation,
  });
  assert.equal(response.status(), 200, `POST /api/v1/subsidy-estimates answered ${response.status()}`);
  return response.json();
}

/** @param {string} policy */
const estimateItem = (policy) => `#eligibility-results li.estimate[data-policy="${policy}"]`;

/**
 * Waits for the eligibility answer's one line (the live region) to say what is expected, then for the section.
 * @param {import('playwright-core').Page} page
 * @param {RegExp} expected
 */
async function answerLine(page, expected) {
  const line = await until(() => page.locator('#eligibility-answer').innerText(), (text) => expected.test(text),
    `the eligibility answer line matches ${expected}`);
  await waitReady(page, ['eligibility']);
  return line;
}

/**
 * What a person reads of each check of a result: mark, verdict and requirement, given or missing, in list order.
 * @param {import('playwright-core').Page} page
 * @param {string} item
 */
const checkTexts = (page, item) => texts(page, `${item} li.check`);

describe('career explorer page', { timeout: 30 * 60_000 }, () => {
  before(async () => {
    clearFailures();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('shows the level ladder, 5 up to 1 with training hours, in Chinese by default (Chinese browser)', { timeout: TEST_TIMEOUT }, () =>
    inPage('ladder', DESKTOP, async (s) => {
      const { page } = s;
      await visit(s, '/');
      await waitReady(page);
      assert.equal(await htmlLang(page), 'zh-CN', '<html lang> by default');
      assert.equal(await page.getAttribute('#language-switch button[data-lang="zh-CN"]', 'aria-pressed'), 'true');
      assert.equal(await page.getAttribute('#language-switch button[data-lang="en"]', 'aria-pressed'), 'false');

      assert.deepEqual(await attributes(page, '#levels ol.ladder > li', 'data-level'), ['5', '4', '3', '2', '1']);
      const rungs = await texts(page, '#levels ol.ladder > li');
      assert.match(rungs[0], /五级\/初级工/, 'level 5 named in Chinese');
      assert.match(rungs[0], /\b60\b/, 'level 5 has 60 training hours');
      assert.match(rungs[4], /\b30\b/, 'level 1 has 30 training hours');
      /** @type {Schemas['PageLevelView']} */
      const levels = await api(s, '/api/v1/levels', 'zh-CN');
      assert.equal(levels.items?.length, 5, 'the API lists 5 levels');
      for (const [i, level] of (levels.items ?? []).entries()) {
        assert.ok(rungs[i].includes(level.name ?? '?'), `rung ${i + 1} shows "${level.name}": ${rungs[i]}`);
        assert.match(rungs[i], new RegExp(`\\b${level.trainingHours}\\b`), `rung ${i + 1} shows its hours`);
      }
      assertClean(s);
    }));

  test("follows an English browser's Accept-Language until a language is chosen", { timeout: TEST_TIMEOUT }, () =>
    inPage('browser-language', { ...DESKTOP, locale: 'en-US' }, async (s) => {
      const { page } = s;
      await visit(s, '/');
      await waitReady(page);
      assert.equal(await htmlLang(page), 'en', 'the API answered in English, so the page is in English');
      assert.equal(await page.getAttribute('#language-switch button[data-lang="en"]', 'aria-pressed'), 'true');
      assert.match((await texts(page, '#levels ol.ladder > li[data-level="5"]'))[0], /Level 5 \/ Junior Worker/);
      assert.equal(query(page).get('lang'), null, `no language was chosen, so none is in ${page.url()}`);
      assertClean(s);
    }));

  test('switches language: html lang, headings and API texts, Accept-Language, lang=en in the URL', { timeout: TEST_TIMEOUT }, () =>
    inPage('language', DESKTOP, async (s) => {
      const { page } = s;
      await visit(s, '/');
      await waitReady(page);
      const region = page.locator('#subsidy-region option[value="440300"]');
      assert.match(await region.innerText(), /深圳市/);
      const chineseHeadings = await texts(page, 'section h2');

      const before = s.apiRequests.length;
      await page.click('#language-switch button[data-lang="en"]');
      await until(() => htmlLang(page), (lang) => lang === 'en', '<html lang> is en after switching');
      await until(
        () => texts(page, '#levels ol.ladder > li[data-level="5"]'),
        ([rung]) => rung?.includes('Level 5 / Junior Worker'),
        'level 5 is named in English',
      );
      await waitReady(page);
      await until(() => region.innerText(), (text) => /Shenzhen/.test(text) && !/深圳/.test(text), 'Shenzhen in English');
      assert.equal(await page.getAttribute('#language-switch button[data-lang="en"]', 'aria-pressed'), 'true');
      assert.equal(await page.getAttribute('#language-switch button[data-lang="zh-CN"]', 'aria-pressed'), 'false');
      assert.equal(query(page).get('lang'), 'en', `lang=en in ${page.url()}`);
      const englishHeadings = await texts(page, 'section h2');
      assert.notDeepEqual(englishHeadings, chineseHeadings, 'the section headings changed language');
      const reloads = s.apiRequests.slice(before);
      assert.ok(reloads.length > 0, 'switching reloaded data from the API');
      const notEnglish = reloads.filter((r) => !/^en\b/.test(r.language ?? ''));
      assert.deepEqual(notEnglish, [], 'after switching, the API is asked with Accept-Language: en');

      await page.click('#language-switch button[data-lang="zh-CN"]');
      await until(() => htmlLang(page), (lang) => lang === 'zh-CN', '<html lang> is zh-CN after switching back');
      await until(
        () => texts(page, '#levels ol.ladder > li[data-level="5"]'),
        ([rung]) => rung?.includes('五级/初级工'),
        'level 5 is named in Chinese again',
      );
      await waitReady(page);
      await until(() => region.innerText(), (text) => /深圳市/.test(text), 'Shenzhen in Chinese again');
      assert.notEqual(query(page).get('lang'), 'en', `no lang=en left in ${page.url()}`);

      await visit(s, '/?lang=en');
      await waitReady(page);
      assert.equal(await htmlLang(page), 'en', 'a link with lang=en opens in English');
      assert.match((await texts(page, '#levels ol.ladder > li[data-level="5"]'))[0], /Level 5 \/ Junior Worker/);
      assertClean(s);
    }));

  test('lists the duties of one level and the work types; duties=3 in the URL', { timeout: TEST_TIMEOUT }, () =>
    inPage('duties', DESKTOP, async (s) => {
      const { page } = s;
      await visit(s, '/');
      await waitReady(page);
      assert.deepEqual(
        await attributes(page, 'select#duty-level option', 'value'),
        ['', '5', '4', '3', '2', '1'],
        'duty level options: all levels, then 5 to 1',
      );
      await page.selectOption('select#duty-level', '3');
      const ids = await until(
        () => attributes(page, '#duties .duty', 'data-id'),
        (ids) => ids.length === 12 && ids.every((id) => id?.startsWith('l3-')),
        'level 3 shows its 12 duties (4 functions, 8 work contents), all l3-',
      );
      /** @type {Schemas['PageDutyView']} */
      const duties = await api(s, '/api/v1/duties?level=3&size=100', 'zh-CN');
      assert.deepEqual([...ids].sort(), (duties.items ?? []).map((d) => d.id).sort(), 'the duties are those the API lists');
      assert.deepEqual(await attributes(page, '#duties .work-type', 'data-id'),
        ['data-annotator', 'ai-algorithm-tester', 'ai-digital-human-trainer']);
      const added = await texts(page, '#duties .work-type .added');
      assert.deepEqual(added, ['加入时间: 2021', '加入时间: 2021', '加入时间: 2024-07-31'], 'each work type shows when it was added');
      await waitReady(page, ['duties']);
      assert.equal(query(page).get('duties'), '3', `duties=3 in ${page.url()}`);

      await visit(s, '/?duties=3');
      await waitReady(page);
      assert.equal(await page.inputValue('select#duty-level'), '3', 'a link with duties=3 selects level 3');
      assert.equal((await attributes(page, '#duties .duty', 'data-id')).length, 12);

      await page.selectOption('select#duty-level', '');
      await until(
        () => attributes(page, '#duties .duty', 'data-id'),
        (ids) => ids.length > 12 && ids.some((id) => !id?.startsWith('l3-')),
        'all levels show more than level 3 alone',
      );
      assertClean(s);
    }));

  test('draws one bar per salary range, the open-ended one marked, each with its verification and source', { timeout: TEST_TIMEOUT }, () =>
    inPage('salaries', DESKTOP, async (s) => {
      const { page } = s;
      await visit(s, '/?lang=en');
      await waitReady(page);
      /** @type {Schemas['PageSalaryRangeView']} */
      const ranges = await api(s, '/api/v1/salary-ranges?size=100', 'en');
      const rangeItems = ranges.items ?? [];
      assert.equal(rangeItems.length, 11, 'the data has 11 salary ranges');
      assert.equal(await page.locator('#salaries .bar').count(), 11, 'one bar per salary range');
      assert.equal(await page.locator('#salaries .bar.open').count(), 2, 'two open-ended ranges');
      const openRows = await texts(page, '#salaries .salary:has(.bar.open)');
      assert.equal(openRows.length, 2, 'each open bar sits in a salary row of its own');
      assert.match(openRows[0], /10,000/, 'one open range is the one from 10,000 up');
      assert.match(openRows[1], /30,000/, 'the other is the one from 30,000 up');
      assert.deepEqual(
        rangeItems.filter((r) => r.max == null).map((r) => r.min?.amount),
        [10000, 30000],
        'the API has two open ranges, from 10,000 and from 30,000',
      );
      const captions = await texts(page, '#salaries figcaption');
      assert.deepEqual(captions, ['Salaries (per month, CNY)', 'Salaries (per year, CNY)'],
        'monthly and yearly figures are charted apart');
      const yearly = await texts(page, '#salaries .salary-chart:nth-of-type(2) .salary');
      assert.equal(yearly.length, 1, 'one yearly figure');
      assert.match(yearly[0], /Xuhui/, 'the yearly figure is the Xuhui labour brand median');
      assert.match(yearly[0], /150,000 – .*200,000/, 'from 150,000 to 200,000 a year');

      const rows = page.locator('#salaries .salary');
      assert.equal(await rows.count(), 11, 'one row per salary range');
      const badges = await texts(page, '#salaries .salary .badge');
      assert.equal(badges.length, 11, 'every row has a verification badge');
      for (const verification of ['OFFICIAL', 'REPORTED', 'UNCONFIRMED']) {
        const word = new RegExp(`\\b${verification}\\b`, 'i');
        assert.equal(
          badges.filter((badge) => word.test(badge)).length,
          rangeItems.filter((r) => r.verification === verification).length,
          `badges saying ${verification} (${JSON.stringify(badges)})`,
        );
      }
      for (let i = 0; i < 11; i++) {
        const href = await rows.nth(i).locator('a.source').first().getAttribute('href');
        assert.ok(href, `salary row ${i + 1} links its source`);
      }
      assertClean(s);
    }));

  test('shows the classification path and the related occupations in the header', { timeout: TEST_TIMEOUT }, () =>
    inPage('classification', DESKTOP, async (s) => {
      const { page } = s;
      await visit(s, '/?lang=en');
      await waitReady(page);
      const path = '#classification ol.classification-path > li';
      await until(() => attributes(page, path, 'data-code'),
        (codes) => codes.length === 4, 'the classification path has its four steps');
      assert.deepEqual(await attributes(page, path, 'data-code'), ['4', '4-04', '4-04-05', '4-04-05-05']);
      const steps = await texts(page, path);
      assert.match(steps[2], /4-04-05 Software and information technology service personnel/);
      assert.match(steps[3], /4-04-05-05 Artificial Intelligence Trainer/);
      assert.equal(await page.locator('#occupation .digital-mark').innerText(), 'S', 'the occupation is marked digital');

      /** @type {Schemas['Occupation']} */
      const occupation = await api(s, '/api/v1/occupation', 'en');
      const related = page.locator('#classification details.related');
      assert.match(await related.locator('summary').innerText(), /11 related occupations/);
      await related.locator('summary').click();
      assert.deepEqual(await attributes(page, '#classification details.related li', 'data-code'),
        occupation.relatedOccupations.map((r) => r.code), 'the related occupations the API lists, in its order');
      const items = await texts(page, '#classification details.related li');
      assert.match(items[0], /^4-04-05-01 Computer programmer S · same minor group/);
      assert.match(items[2], /^4-04-05-03 Call centre service worker · same minor group/, 'no S where it is not digital');
      assert.match(items[10], /^2-02-38-01 Artificial intelligence engineering technician S · related/);
      assert.match(items[10], /2-02-10-09/, 'the note gives its 2021 code');
      assert.ok(await related.locator('a.source').first().getAttribute('href'), 'the related occupations link their source');
      assertClean(s);
    }));

  test('groups the region menu by province, the new places included', { timeout: TEST_TIMEOUT }, () =>
    inPage('region-menu', DESKTOP, async (s) => {
      const { page } = s;
      await visit(s, '/');
      await waitReady(page);
      const groups = await attributes(page, '#subsidy-region optgroup', 'label');
      for (const province of ['广东省', '江苏省', '湖南省', '山西省', '四川省', '福建省']) {
        assert.ok(groups.includes(province), `a group for ${province} in ${JSON.stringify(groups)}`);
      }
      assert.deepEqual(await attributes(page, '#subsidy-region > option', 'value'), ['', 'CN'],
        'outside the groups: all regions and the nation');
      assert.deepEqual(await attributes(page, '#subsidy-region optgroup[label="江苏省"] option', 'value'),
        ['320000', '320500', '320581', '321000'], 'Jiangsu, Suzhou with Changshu inside it, Yangzhou');
      assert.deepEqual(await attributes(page, '#subsidy-region optgroup[label="广东省"] option', 'value'),
        ['440000', '440100', '440300', '440800']);
      assert.deepEqual(await attributes(page, '#subsidy-region optgroup[label="山西省"] option', 'value'),
        ['140000', '140100', '141100']);
      /** @type {Schemas['PageRegionView']} */
      const regions = await api(s, '/api/v1/regions?size=100', 'zh-CN');
      assert.equal(await page.locator('#subsidy-region option[value]:not([value=""])').count(), regions.items?.length,
        'every region of the API is in the menu');
      assertClean(s);
    }));

  test('Changshu level 3 gives 2,000, with the shortage uplift listed beside it', { timeout: TEST_TIMEOUT }, () =>
    inPage('changshu', DESKTOP, async (s) => {
      const { page } = s;
      await visit(s, '/?lang=en');
      await waitReady(page);
      await page.selectOption('select#subsidy-region', '320581');
      await page.selectOption('select#subsidy-level', '3');
      await page.fill('input#subsidy-date', '2025-06-01');
      await submitButton(page).click();
      const changshu = '#subsidy-results li.subsidy[data-policy="changshu-skill-subsidy"]';
      await until(() => texts(page, `${changshu} .amount`), (amounts) => amounts.length === 2,
        'Changshu shows its amount and its uplift');
      await waitReady(page, ['subsidies']);
      const searched = (await texts(page, '#subsidy-results .searched'))[0];
      assert.match(searched, /Changshu → Suzhou → Jiangsu Province → China/, 'Changshu, then the regions above it');
      const items = await attributes(page, '#subsidy-results li.subsidy', 'data-policy');
      const certificate = items.indexOf('changshu-skill-subsidy');
      assert.equal(items[certificate + 1], 'changshu-skill-subsidy', 'the uplift follows the amount');
      assert.match(await page.locator(`${changshu}[data-kind="CERTIFICATE_SUBSIDY"] .amount`).innerText(), /^\D*2,000$/);
      const uplift = (await texts(page, `${changshu}[data-kind="SUBSIDY_UPLIFT"]`))[0];
      assert.match(uplift, /subsidy standard raised by 30%/);
      assert.match(uplift, /For occupations in the local shortage catalogue/);
      assert.deepEqual(await attributes(page, '#subsidy-results li.subsidy', 'data-region'),
        ['320581', '320581', 'CN'], 'Changshu\'s two, then the national upper limit');
      assertClean(s);
    }));

  test('finds subsidies through the form controls and keeps the question in the URL', { timeout: TEST_TIMEOUT }, () =>
    inPage('subsidies-controls', DESKTOP, async (s) => {
      const { page } = s;
      await visit(s, '/');
      await waitReady(page);
      assert.equal(await page.getAttribute('input#subsidy-date', 'type'), 'date');
      await page.selectOption('select#subsidy-region', '440300');
      await page.selectOption('select#subsidy-level', '3');
      await page.fill('input#subsidy-date', '2025-03-01');
      await submitButton(page).click();
      await until(() => shenzhenAmount(page), (text) => text.includes('2,400'), 'Shenzhen level 3 on 2025-03-01: 2,400');
      await waitReady(page, ['subsidies']);
      const params = query(page);
      assert.deepEqual(
        [params.get('region'), params.get('level'), params.get('on')],
        ['440300', '3', '2025-03-01'],
        `the question is in the URL ${page.url()}`,
      );

      /** @type {Schemas['SubsidyLookup']} */
      const lookup = await api(s, '/api/v1/subsidies?region=440300&level=3&on=2025-03-01&size=100', 'zh-CN');
      assert.deepEqual(
        await attributes(page, '#subsidy-results li.subsidy', 'data-policy'),
        (lookup.items ?? []).map((i) => i.policy?.id),
        'the policies the API finds, in its order',
      );
      assert.deepEqual(
        await attributes(page, '#subsidy-results li.subsidy', 'data-region'),
        (lookup.items ?? []).map((i) => i.region?.code),
      );
      const items = page.locator('#subsidy-results li.subsidy');
      for (let i = 0; i < (await items.count()); i++) {
        const item = items.nth(i);
        assert.equal(await item.locator('.amount').count(), 1, `subsidy ${i + 1} has an .amount`);
        assert.ok(await item.locator('a.policy').first().getAttribute('href'), `subsidy ${i + 1} links its policy`);
        assert.ok((await item.locator('.source').first().innerText()).trim(), `subsidy ${i + 1} names its source`);
      }

      await page.fill('input#subsidy-date', '2025-02-28');
      await submitButton(page).click();
      await until(() => shenzhenAmount(page), (text) => text.includes('2,000'), 'Shenzhen level 3 on 2025-02-28: 2,000');
      assert.equal(query(page).get('on'), '2025-02-28', `the new date is in the URL ${page.url()}`);
      assertClean(s);
    }));

  test('a shared subsidy link shows the same question and answer', { timeout: TEST_TIMEOUT }, () =>
    inPage('subsidies-link', DESKTOP, async (s) => {
      const { page } = s;
      for (const [on, amount] of [['2025-03-01', '2,400'], ['2025-02-28', '2,000']]) {
        await visit(s, `/?region=440300&level=3&on=${on}`);
        await waitReady(page);
        assert.equal(await page.inputValue('select#subsidy-region'), '440300');
        assert.equal(await page.inputValue('select#subsidy-level'), '3');
        assert.equal(await page.inputValue('input#subsidy-date'), on);
        const shown = await until(() => shenzhenAmount(page), (text) => text.includes(amount), `on ${on}: ${amount}`);
        assert.ok(shown.includes(amount));
        assert.equal(await page.locator(SHENZHEN_ITEM).first().getAttribute('data-region'), '440300');
      }
      assertClean(s);
    }));

  test('Am I eligible? Shenzhen, level 3, every condition met: eligible for 2,400, every check ticked (form controls)', { timeout: TEST_TIMEOUT }, () =>
    inPage('eligibility-eligible', DESKTOP, async (s) => {
      const { page } = s;
      await visit(s, '/?lang=en');
      await waitReady(page);
      assert.equal((await texts(page, '#eligibility-results'))[0], 'Fill in the form above, then check.');
      for (const [, , selector] of ELIGIBILITY_FIELDS) {
        const id = await page.getAttribute(selector, 'id');
        assert.ok((await texts(page, `label[for="${id}"]`))[0], `${selector} has a label`);
      }
      await askEligibility(page, SHENZHEN_SITUATION);
      const line = await answerLine(page, /^Eligible: /);
      assert.match(line, /^Eligible: Shenzhen skill-certificate subsidy \(Shenzhen\) · \D*2,400$/);
      assert.equal(await page.getAttribute('#eligibility-answer', 'role'), 'status', 'the answer line is a live region');

      const api = await estimate(s, SHENZHEN_SITUATION, 'en');
      assert.deepEqual(await attributes(page, '#eligibility-results li.estimate', 'data-policy'),
        api.results.map((r) => r.policyId), 'one item per result of the API, in its order');
      assert.deepEqual(await texts(page, '#eligibility-results .selection'), [api.selection]);
      assert.match(api.selection, /^The estimate takes "Shenzhen skill-certificate subsidy"/);
      assert.deepEqual(await texts(page, '#eligibility-results .disclaimer'), [api.disclaimer]);
      assert.match(api.disclaimer, /estimate, not a decision/);
      assert.deepEqual(await texts(page, '#eligibility-results .searched'),
        ['Regions searched: Shenzhen → Guangdong Province → China']);

      const shenzhen = estimateItem(SHENZHEN_POLICY);
      assert.deepEqual(await texts(page, `${shenzhen} h3`), ['Shenzhen skill-certificate subsidy']);
      assert.deepEqual(await texts(page, `${shenzhen} .facts`), ['Shenzhen']);
      assert.deepEqual(await texts(page, `${shenzhen} .outcome`), ['✓ Eligible']);
      assert.match((await texts(page, `${shenzhen} .amount`))[0], /^\D*2,400$/, 'a fixed sum, not "up to"');
      assert.deepEqual(await texts(page, `${shenzhen} .apply-by`), ['Apply by: 2026-06-01']);
      assert.deepEqual(await texts(page, `${shenzhen} .taken`), ['Taken by the estimate']);
      assert.deepEqual(await texts(page, `${shenzhen} .reason`), ['Every condition is met.']);
      assert.equal(await page.locator(`${shenzhen} .missing-inputs`).count(), 0, 'nothing is missing');

      const checks = await checkTexts(page, shenzhen);
      const apiChecks = api.results[0].checks;
      assert.equal(checks.length, apiChecks.length, 'every check of the API is listed');
      assert.equal(checks.length, 13);
      for (const [i, text] of checks.entries()) {
        assert.ok(text.startsWith(`✓ Met: ${apiChecks[i].required}`), `check ${i + 1} is ticked, in words too: ${text}`);
      }
      assert.match((await texts(page, `${shenzhen} summary`))[0], /^Conditions checked: 13 \(13 met, 0 not met, 0 open\)$/);
      const age = (await texts(page, `${shenzhen} li.check[data-kind="AGE_RANGE"]`))[0];
      assert.match(age, /^✓ Met: aged at least 16 and under 60 \(women: under 55\) Given: 35 /, 'the age rule, with the age given');
      assert.match(age, /Reported Source: Guangdong Province Administrative Measures/, 'its verification and source');
      assert.equal(await page.locator(`${shenzhen} li.check a.source`).count(),
        apiChecks.filter((c) => c.sourceId).length, 'every check with a source links it');
      assert.deepEqual(await texts(page, `${shenzhen} .check-policy`), [
        'Shenzhen skill-certificate subsidy',
        'Guangdong Province Administrative Measures for Vocational Skill Training Subsidies',
        'Notice on the unemployment-insurance skill-improvement subsidy (May 2017)',
      ], 'the checks are grouped by the policy whose rule they are');

      const national = estimateItem(NATIONAL_POLICY);
      assert.deepEqual(await texts(page, `${national} .outcome`), ['✓ Eligible']);
      assert.match((await texts(page, `${national} .amount`))[0], /^up to \D*2,000$/, 'an upper limit says "up to"');
      assert.deepEqual(await texts(page, `${national} .taken`), ['Not taken by the estimate']);
      assert.match((await texts(page, `${national} .reason`))[0], /Not taken: .*more local "Shenzhen skill-certificate subsidy"/);

      const params = query(page);
      assert.deepEqual(ELIGIBILITY_FIELDS.map(([, key]) => params.get(key)),
        ['440300', '3', '2025-06-01', '2025-07-01', '24', 'EMPLOYED', '1990-01-01', null], `the question is in ${page.url()}`);

      await visit(s, eligibilityLink(SHENZHEN_SITUATION, 'en'));
      await waitReady(page);
      for (const [input, , selector] of ELIGIBILITY_FIELDS) {
        assert.equal(await page.inputValue(selector), String(SHENZHEN_SITUATION[input] ?? ''), `${selector} from the link`);
      }
      assert.equal(await answerLine(page, /^Eligible: /), line, 'the link gives the same answer');
      assertClean(s);
    }));

  test('Am I eligible? Without a birth date, Guangdong\'s age rule is open: more information needed, named (Chinese, from a link)', { timeout: TEST_TIMEOUT }, () =>
    inPage('eligibility-more-info', DESKTOP, async (s) => {
      const { page } = s;
      await visit(s, eligibilityLink(NO_BIRTH_DATE));
      await waitReady(page);
      assert.equal(await htmlLang(page), 'zh-CN');
      const line = await answerLine(page, /^需要更多信息: /);
      assert.match(line, /^需要更多信息: 深圳市职业技能证书补贴 \(深圳市\) · \D*2,400 · 还需要: 出生日期$/);
      const api = await estimate(s, NO_BIRTH_DATE, 'zh-CN');
      assert.deepEqual(api.results.map((r) => [r.outcome, r.missingInputs]),
        [['MORE_INFO', ['birthDate']], ['MORE_INFO', ['birthDate']]], 'the API needs the birth date for both');

      const shenzhen = estimateItem(SHENZHEN_POLICY);
      assert.deepEqual(await texts(page, `${shenzhen} .outcome`), ['? 需要更多信息']);
      assert.deepEqual(await texts(page, `${shenzhen} .missing-inputs`), ['还需要: 出生日期']);
      assert.deepEqual(await texts(page, `${shenzhen} .taken`), ['估算采用此结果']);
      assert.deepEqual(await texts(page, `${shenzhen} .apply-by`), ['申请截止日期: 2026-06-01']);
      const age = (await texts(page, `${shenzhen} li.check[data-kind="AGE_RANGE"]`))[0];
      assert.match(age, /^\? 待定: 年满 16 周岁,未满 60 周岁\(女性未满 55 周岁\) 缺少: 出生日期 /, `the age rule is open: ${age}`);
      assert.equal(await page.getAttribute(`${shenzhen} li.check[data-kind="AGE_RANGE"]`, 'data-passed'), 'open');
      const others = (await checkTexts(page, shenzhen)).filter((text) => !text.startsWith('? 待定'));
      assert.equal(others.length, 12);
      assert.ok(others.every((text) => text.startsWith('✓ 满足: ')), `the other checks are ticked: ${JSON.stringify(others)}`);
      assert.match((await texts(page, `${shenzhen} summary`))[0], /满足 12,不满足 0,待定 1/);

      await page.locator(`${shenzhen} .missing-inputs button`).click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'eligibility-birth', 'the button goes to the field');
      await page.fill('input#eligibility-birth', '1990-01-01');
      await page.locator('#eligibility-form button[type="submit"]').click();
      assert.match(await answerLine(page, /^符合条件: /), /^符合条件: 深圳市职业技能证书补贴 \(深圳市\) · \D*2,400$/);
      assert.deepEqual(await texts(page, `${shenzhen} .outcome`), ['✓ 符合条件']);
      assert.equal(query(page).get('birthDate'), '1990-01-01', `the birth date is in ${page.url()}`);

      const before = s.apiRequests.length;
      await page.click('#language-switch button[data-lang="en"]');
      await until(() => htmlLang(page), (lang) => lang === 'en', '<html lang> is en after switching');
      await answerLine(page, /^Eligible: Shenzhen skill-certificate subsidy \(Shenzhen\) · \D*2,400$/);
      await waitReady(page);
      assert.deepEqual(await texts(page, `${shenzhen} .outcome`), ['✓ Eligible']);
      assert.equal(await page.inputValue('input#eligibility-birth'), '1990-01-01', 'the form keeps its answers');
      assert.equal(await page.inputValue('select#eligibility-status'), 'EMPLOYED');
      const asked = s.apiRequests.slice(before).filter((r) => r.url.includes('/subsidy-estimates'));
      assert.equal(asked.length, 1, 'the question is asked again once');
      assert.match(asked[0].language ?? '', /^en\b/, 'in English');
      assertClean(s);
    }));

  test('Am I eligible? A certificate of 2022-03-01 applied for on 2023-06-01: not eligible, the 12-month window crossed', { timeout: TEST_TIMEOUT }, () =>
    inPage('eligibility-ineligible', DESKTOP, async (s) => {
      const { page } = s;
      await visit(s, eligibilityLink(TOO_OLD, 'en'));
      await waitReady(page);
      assert.equal(await answerLine(page, /^Not eligible/), 'Not eligible for the one program found.');
      const api = await estimate(s, TOO_OLD, 'en');
      assert.equal(api.selected, null, 'the API takes no result');
      assert.deepEqual(await texts(page, '#eligibility-results .selection'),
        ['Every program has a condition that is not met: the estimate takes none.']);
      assert.equal(await page.locator('#eligibility-results li.estimate[data-selected="true"]').count(), 0);

      const national = estimateItem(NATIONAL_POLICY);
      assert.deepEqual(await texts(page, `${national} .outcome`), ['✗ Not eligible']);
      assert.match((await texts(page, `${national} .amount`))[0], /^up to \D*2,000$/);
      assert.deepEqual(await texts(page, `${national} .apply-by`), ['Apply by: 2023-03-01']);
      assert.deepEqual(await texts(page, `${national} .taken`), ['Not taken by the estimate']);
      assert.deepEqual(await texts(page, `${national} .reason`),
        ["A condition is not met: an application within 12 months of the certificate's issue."]);
      const windowCheck = `${national} li.check[data-kind="APPLY_WITHIN_MONTHS"]`;
      assert.equal(await page.getAttribute(windowCheck, 'data-passed'), 'false');
      assert.match((await texts(page, windowCheck))[0],
        /^✗ Not met: an application within 12 months of the certificate's issue Given: 2023-06-01 /);
      const checks = await checkTexts(page, national);
      assert.equal(checks.filter((text) => text.startsWith('✗ Not met: ')).length, 1, 'one check is crossed');
      assert.equal(checks.filter((text) => text.startsWith('✓ Met: ')).length, checks.length - 1, 'the others are ticked');
      assert.match((await texts(page, `${national} summary`))[0], /\(6 met, 1 not met, 0 open\)/);

      await page.click('#language-switch button[data-lang="zh-CN"]');
      assert.equal(await answerLine(page, /^所查/), '所查的 1 个项目都不符合条件。');
      await waitReady(page);
      assert.deepEqual(await texts(page, `${national} .outcome`), ['✗ 不符合条件']);
      assert.deepEqual(await texts(page, `${national} .taken`), ['估算未采用此结果']);
      assert.match((await texts(page, windowCheck))[0], /^✗ 不满足: 证书颁发之日起 12 个月内申请 填写的情况: 2023-06-01 /);
      assertClean(s);
    }));

  test('Am I eligible? A 400 puts each error beside its field, and a corrected form is answered', { timeout: TEST_TIMEOUT }, () =>
    inPage('eligibility-400', { ...DESKTOP, bypassCSP: true }, async (s) => {
      const { page } = s;
      await visit(s, '/?lang=en');
      await waitReady(page);
      await askEligibility(page, { ...SHENZHEN_SITUATION, applyingOn: '2025-05-01', birthDate: '2030-01-01' });
      assert.equal(await settledState(page, 'eligibility'), 'error');
      const problem = page.locator('#eligibility .problem');
      assert.equal(await problem.getAttribute('role'), 'alert');
      assert.equal((await problem.locator('.problem-title').innerText()).trim(), 'Invalid request body');
      assert.deepEqual(await texts(page, '#eligibility .problem-errors li'),
        ['Certificate issue date: must not be after applyingOn', 'Birth date: must not be in the future']);
      for (const [id, message] of [['eligibility-issued', 'must not be after applyingOn'], ['eligibility-birth', 'must not be in the future']]) {
        assert.equal((await page.locator(`#${id}-error`).innerText()).trim(), message, `#${id} shows its error`);
        assert.equal(await page.getAttribute(`#${id}`, 'aria-invalid'), 'true');
        assert.match(await page.getAttribute(`#${id}`, 'aria-describedby') ?? '', new RegExp(`\\b${id}-error\\b`));
      }
      assert.equal(await page.locator('#eligibility-region-error').isVisible(), false, 'no error beside a good field');
      assert.equal(await page.getAttribute('#eligibility-region', 'aria-invalid'), null);
      const violations = await seriousViolations(page);
      assert.deepEqual(violations, [], `axe-core found, with the errors shown:\n  ${violations.join('\n  ')}`);

      await page.fill('input#eligibility-applying', '2025-07-01');
      await page.fill('input#eligibility-birth', '1990-01-01');
      await page.locator('#eligibility-form button[type="submit"]').click();
      await answerLine(page, /^Eligible: Shenzhen skill-certificate subsidy/);
      assert.equal(await page.locator('#eligibility .problem').count(), 0, 'the problem is gone');
      assert.equal(await page.locator('#eligibility-issued-error').isVisible(), false);
      assert.equal(await page.getAttribute('#eligibility-issued', 'aria-invalid'), null);
      assertClean(s, [failedStatus(400)]);
    }));

  test('charts the history of a benefit, with a table as its text alternative', { timeout: TEST_TIMEOUT }, () =>
    inPage('history', DESKTOP, async (s) => {
      const { page } = s;
      // The seed article's 2,000 and 2,400, the repost's 2,400 for 2025 beside them, and 3,120 from 2026, by start.
      const amounts = ['2,000', '2,400', '2,400', '3,120'];
      for (const path of ['/', `/?policy=${SHENZHEN_POLICY}&history=3`]) {
        await visit(s, path);
        await waitReady(page);
        assert.equal(await page.inputValue('select#history-policy'), SHENZHEN_POLICY, `policy selected at ${path}`);
        assert.equal(await page.inputValue('select#history-level'), '3', `level selected at ${path}`);
        assert.equal(await page.locator('#history svg .bar').count(), 4, `4 bars at ${path}`);
        const rows = await texts(page, '#history table tbody tr');
        assert.equal(rows.length, 4, `4 table rows at ${path}: ${JSON.stringify(rows)}`);
        amounts.forEach((amount, i) => assert.ok(rows[i].includes(amount), `row ${i + 1} shows ${amount}: ${rows[i]}`));
      }
      assertClean(s);
    }));

  test("a subsidy's Show history button charts that policy for that level", { timeout: TEST_TIMEOUT }, () =>
    inPage('history-from-subsidy', DESKTOP, async (s) => {
      const { page } = s;
      await visit(s, '/?lang=en&region=440000&level=4&on=2025-03-01&policy=tonglu-one-exam-two-certificates&history=1');
      await waitReady(page);
      assert.equal(await page.inputValue('select#history-policy'), 'tonglu-one-exam-two-certificates');
      const national = page.locator('#subsidy-results li.subsidy[data-policy="unemployment-insurance-skill-subsidy-2017"]');
      await national.getByRole('button', { name: /^Show history: / }).click();
      await until(() => page.inputValue('select#history-policy'), (v) => v === 'unemployment-insurance-skill-subsidy-2017',
        'the history shows the policy of the subsidy');
      await waitReady(page);
      assert.equal(await page.inputValue('select#history-level'), '4');
      assert.equal(query(page).get('policy'), 'unemployment-insurance-skill-subsidy-2017', `policy in ${page.url()}`);
      assert.equal(query(page).get('history'), '4', `history level in ${page.url()}`);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'history-policy', 'focus moved to the chart');
      const rows = await texts(page, '#history table tbody tr');
      assert.equal(rows.length, 1, `one amount for level 4: ${JSON.stringify(rows)}`);
      assert.ok(rows[0].includes('1,500'), `level 4's 1,500: ${rows[0]}`);
      assert.equal(await page.locator('#history svg .bar').count(), 1);
      assertClean(s);
    }));

  test('a link to a section (#history) lands on it once the sections have their content', { timeout: TEST_TIMEOUT }, () =>
    inPage('anchor', DESKTOP, async (s) => {
      const { page } = s;
      await visit(s, `/?lang=en&policy=${SHENZHEN_POLICY}&history=3#history`);
      await waitReady(page);
      const top = await until(
        () => page.evaluate(() => Math.round(document.getElementById('history')?.getBoundingClientRect().top ?? -1)),
        (y) => y >= 0 && y <= 8,
        'the history section at the top of the window',
      );
      assert.ok(top >= 0 && top <= 8);
      assert.ok(await page.evaluate(() => window.scrollY > 1000), 'the window scrolled down to it');
      assertClean(s);
    }));

  test("shows the API's own problem: an unknown region is a 400", { timeout: TEST_TIMEOUT }, () =>
    inPage('problem-400', DESKTOP, async (s) => {
      const { page } = s;
      await visit(s, '/?lang=en&region=999999&level=3&on=2025-03-01');
      await waitReady(page, SECTIONS.filter((id) => id !== 'subsidies'));
      assert.equal(await settledState(page, 'subsidies'), 'error');
      const problem = page.locator('#subsidies .problem');
      assert.equal(await problem.getAttribute('role'), 'alert');
      assert.equal((await problem.locator('.problem-title').innerText()).trim(), 'Invalid request parameters');
      assert.match(await problem.locator('.problem-detail').innerText(), /region names no known region/);
      assertClean(s, [failedStatus(400)]);
    }));

  test('shows a service failure (503 problem) in the section it concerns', { timeout: TEST_TIMEOUT }, () =>
    inPage('problem-503', DESKTOP, async (s) => {
      const { page } = s;
      const body = {
        type: '/problems/service-unavailable',
        title: 'Service unavailable (from the test)',
        status: 503,
        detail: 'The browser test answered the salary ranges with 503.',
      };
      await page.route('**/api/v1/salary-ranges*', (route) =>
        route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify(body) }),
      );
      await visit(s, '/?lang=en');
      await waitReady(page, SECTIONS.filter((id) => id !== 'salaries'));
      assert.equal(await settledState(page, 'salaries'), 'error');
      const problem = page.locator('#salaries .problem');
      assert.equal(await problem.getAttribute('role'), 'alert');
      assert.equal((await problem.locator('.problem-title').innerText()).trim(), body.title);
      assert.ok((await problem.locator('.problem-detail').innerText()).includes(body.detail));

      await page.unroute('**/api/v1/salary-ranges*');
      await problem.getByRole('button', { name: 'Try again' }).click();
      await waitReady(page, ['salaries']);
      assert.equal(await page.locator('#salaries .problem').count(), 0, 'the problem is gone after trying again');
      assert.equal(await page.locator('#salaries .bar').count(), 11, 'trying again drew the chart');
      assertClean(s, [failedStatus(503)]);
    }));

  test('shows a problem, not a blank, when the network fails', { timeout: TEST_TIMEOUT }, () =>
    inPage('network-failure', DESKTOP, async (s) => {
      const { page } = s;
      await page.route('**/api/v1/salary-ranges*', (route) => route.abort());
      await visit(s, '/?lang=en');
      await waitReady(page, SECTIONS.filter((id) => id !== 'salaries'));
      assert.equal(await settledState(page, 'salaries'), 'error');
      const problem = page.locator('#salaries .problem');
      assert.equal(await problem.count(), 1, 'the section shows one .problem');
      assert.ok(await problem.isVisible(), 'the problem is visible');
      assert.equal((await problem.locator('.problem-title').innerText()).trim(), 'The service could not be reached');
      assert.equal((await problem.locator('.problem-detail').innerText()).trim(),
        'No answer came for /api/v1/salary-ranges');
      assertClean(s, [failedNetwork]);
    }));

  for (const [name, options, path] of /** @type {const} */ ([
    ['desktop, Chinese', DESKTOP, '/'],
    ['desktop, English', DESKTOP, '/?lang=en'],
    ['phone, Chinese', PHONE, '/'],
    ['desktop, English, an eligibility answer with an open check', DESKTOP, eligibilityLink(NO_BIRTH_DATE, 'en')],
    ['phone, Chinese, an eligibility answer with a crossed check', PHONE, eligibilityLink(TOO_OLD)],
  ])) {
    test(`has no serious or critical axe-core violations (${name})`, { timeout: TEST_TIMEOUT }, () =>
      // axe-core is injected as a script of the page: a Content-Security-Policy of the service must not block it.
      inPage(`axe ${name}`, { ...options, bypassCSP: true }, async (s) => {
        const { page } = s;
        await visit(s, path);
        await waitReady(page);
        const violations = await seriousViolations(page);
        assert.deepEqual(violations, [], `axe-core found at ${path}:\n  ${violations.join('\n  ')}`);
        assertClean(s);
      }));
  }

  test('can be used by keyboard: every control in the Tab order, a subsidy asked with keys only', { timeout: TEST_TIMEOUT }, () =>
    inPage('keyboard', DESKTOP, async (s) => {
      const { page } = s;
      await visit(s, '/?region=440300&level=3&on=2025-03-01');
      await waitReady(page);
      await until(() => shenzhenAmount(page), (text) => text.includes('2,400'), 'level 3 answered first');

      const controls = [
        '#language-switch button[data-lang="en"]',
        '#language-switch button[data-lang="zh-CN"]',
        'select#duty-level',
        'select#subsidy-region',
        'select#subsidy-level',
        'input#subsidy-date',
        'select#eligibility-region',
        'select#eligibility-level',
        'input#eligibility-issued',
        'input#eligibility-applying',
        'input#eligibility-insured',
        'select#eligibility-status',
        'input#eligibility-birth',
        'select#eligibility-sex',
        '#eligibility-form button[type="submit"]',
        'select#history-policy',
        'select#history-level',
      ];
      /** @type {Set<string>} */
      const reached = new Set();
      await page.locator('body').focus();
      await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
      for (let i = 0; i < 150 && reached.size < controls.length; i++) {
        await page.keyboard.press('Tab');
        const hit = await page.evaluate(
          (selectors) => selectors.find((selector) => document.activeElement?.matches(selector)),
          controls,
        );
        if (hit) reached.add(hit);
      }
      assert.deepEqual(controls.filter((c) => !reached.has(c)), [], 'controls that Tab never reached');

      await page.focus('select#subsidy-level');
      const options = await attributes(page, 'select#subsidy-level option', 'value');
      const key = options.indexOf('4') < options.indexOf('3') ? 'ArrowUp' : 'ArrowDown';
      await page.keyboard.press(key);
      assert.equal(await page.inputValue('select#subsidy-level'), '4', `${key} on the level list chose level 4`);
      const submit = submitButton(page);
      for (let i = 0; i < 10 && !(await submit.evaluate((b) => b === document.activeElement)); i++) {
        await page.keyboard.press('Tab');
      }
      assert.ok(await submit.evaluate((b) => b === document.activeElement), 'Tab from the level list reaches the submit button');
      await page.keyboard.press('Enter');
      await until(() => shenzhenAmount(page), (text) => text.includes('1,500'), 'Shenzhen level 4 on 2025-03-01: 1,500');
      assert.equal(query(page).get('level'), '4', `level=4 in ${page.url()}`);
      assertClean(s);
    }));

  for (const [device, options] of /** @type {const} */ ([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ])) {
    test(`screenshots of every section (${device})`, { timeout: TEST_TIMEOUT }, () =>
      inPage(`screenshots ${device}`, options, async (s) => {
        const { page } = s;
        // With an eligibility answer, every condition list opened, so that the answer is in the pictures and fits.
        const openAll = () => page.evaluate(() => {
          for (const details of document.querySelectorAll('#eligibility details')) {
            details.setAttribute('open', '');
          }
        });
        await visit(s, eligibilityLink(SHENZHEN_SITUATION));
        await waitReady(page);
        await answerLine(page, /^符合条件: /);
        await openAll();
        if (device === 'phone') {
          await assertFits(page, 'Chinese');
        }
        for (const id of SECTIONS) {
          await page.locator(`section#${id}`).screenshot({ path: screenshotPath(`${device}-${id}.png`) });
        }
        await page.screenshot({ path: screenshotPath(`${device}-full.png`), fullPage: true });
        if (device === 'phone') {
          for (const situation of [SHENZHEN_SITUATION, NO_BIRTH_DATE, TOO_OLD]) {
            await visit(s, eligibilityLink(situation, 'en'));
            await waitReady(page);
            await openAll();
            await assertFits(page, `English, ${situation.region} ${situation.certificateIssuedOn}`);
          }
        }
        assertClean(s);
      }));
  }
});
