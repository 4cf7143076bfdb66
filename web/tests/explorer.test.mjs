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
const shenzhenAmount = (page) => page.locator(`${SHENZHEN_ITEM} .amount`).innerText({ timeout: 2000 });

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
        assert.equal(await page.getAttribute(SHENZHEN_ITEM, 'data-region'), '440300');
      }
      assertClean(s);
    }));

  test('charts the history of a benefit, with a table as its text alternative', { timeout: TEST_TIMEOUT }, () =>
    inPage('history', DESKTOP, async (s) => {
      const { page } = s;
      const amounts = ['2,000', '2,400', '3,120'];
      for (const path of ['/', `/?policy=${SHENZHEN_POLICY}&history=3`]) {
        await visit(s, path);
        await waitReady(page);
        assert.equal(await page.inputValue('select#history-policy'), SHENZHEN_POLICY, `policy selected at ${path}`);
        assert.equal(await page.inputValue('select#history-level'), '3', `level selected at ${path}`);
        assert.equal(await page.locator('#history svg .bar').count(), 3, `3 bars at ${path}`);
        const rows = await texts(page, '#history table tbody tr');
        assert.equal(rows.length, 3, `3 table rows at ${path}: ${JSON.stringify(rows)}`);
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
        await visit(s, '/');
        await waitReady(page);
        if (device === 'phone') {
          await assertFits(page, 'Chinese');
        }
        for (const id of SECTIONS) {
          await page.locator(`section#${id}`).screenshot({ path: screenshotPath(`${device}-${id}.png`) });
        }
        await page.screenshot({ path: screenshotPath(`${device}-full.png`), fullPage: true });
        if (device === 'phone') {
          await visit(s, '/?lang=en');
          await waitReady(page);
          await assertFits(page, 'English');
        }
        assertClean(s);
      }));
  }
});
