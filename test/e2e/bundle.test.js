// End-to-end: the built single-file bundle on the demo pages, as a CMS page loads it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { consoleDelivered, newWatchedPage, openBrowser, repoRoot, until } from './browser.js';

const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

describe('the bundle on the demo page', () => {
  let session;
  before(async () => {
    session = await openBrowser();
  });
  after(() => session.close());

  for (const width of [360, 1280]) {
    it(`renders the channel badges without errors at ${width} px, with no sideways page scroll`, async () => {
      const { page, log } = await newWatchedPage(session.browser, { viewport: { width, height: 800 } });
      await page.goto(session.url('/demo/'));
      await page.waitForFunction(() => customElements.get('si-channel-badges') !== undefined);
      const badgeTexts = await page
        .locator('#standard-channels')
        .evaluate((el) => [...el.shadowRoot.querySelectorAll('[part~="badge"]')].map((li) => li.textContent.trim()));
      assert.deepEqual(badgeTexts, ['政府网站', '政务服务中心', '基层公共服务平台']);
      const link = page.locator('#standard-channels').getByRole('link', { name: '政府网站' });
      assert.equal(await link.getAttribute('href'), 'https://www.example.gov.cn/');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page scrolls sideways by ${overflow} px`);
      assert.deepEqual(log.errors, []);
      await page.close();
    });
  }

  it('reaches the badge link by keyboard alone', async () => {
    const { page } = await newWatchedPage(session.browser);
    await page.goto(session.url('/demo/'));
    await page.waitForFunction(() => customElements.get('si-channel-badges') !== undefined);
    let focusedHref = null;
    for (let i = 0; i < 12 && focusedHref !== 'https://www.example.gov.cn/'; i++) {
      await page.keyboard.press('Tab');
      focusedHref = await page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.getAttribute('href') ?? null;
      });
    }
    assert.equal(focusedHref, 'https://www.example.gov.cn/');
    await page.close();
  });
});

describe('the search chunk', () => {
  let session;
  before(async () => {
    session = await openBrowser();
  });
  after(() => session.close());

  const search = (page, query) =>
    page.evaluate(async (text) => {
      const el = document.querySelector('#catalogue');
      el.query = text;
      await el.searchReady;
      await el.updateComplete;
      return { names: el.matchingItems.map((item) => item.name), count: el.shadowRoot.querySelector('.count').textContent.trim() };
    }, query);

  it('is fetched beside the bundle after the first render, and the search finds everyday words', async () => {
    const { page, log } = await newWatchedPage(session.browser);
    const chunks = [];
    page.on('request', (request) => {
      if (/si-catalogue\.search-engine-.+\.js$/.test(request.url())) chunks.push(request.url());
    });
    await page.goto(session.url('/demo/'));
    await page.waitForFunction(() => customElements.get('si-catalogue') !== undefined);
    const { names } = await search(page, '社保卡丢了');
    assert.deepEqual(names, ['社会保障卡补换']);
    assert.equal(chunks.length, 1);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('when the chunk is a 404, searches match the official wording with one warning, never an exception', async () => {
    const { page, log } = await newWatchedPage(session.browser);
    await page.route(/si-catalogue\.search-engine-.+\.js$/, (route) => route.fulfill({ status: 404, body: 'missing' }));
    await page.goto(session.url('/demo/'));
    await page.waitForFunction(() => customElements.get('si-catalogue') !== undefined);
    const { names, count } = await search(page, '社会保障卡补换');
    assert.ok(names.includes('社会保障卡补换'), names.join('、'));
    assert.notEqual(count, '正在准备搜索…');
    assert.deepEqual(
      log.errors.filter((error) => !/404|search-engine/.test(error)),
      [],
    );
    assert.equal(log.warnings.filter((text) => text.includes('the search code could not be loaded')).length, 1);
    await page.close();
  });
});

describe('loading the bundle twice on one page', () => {
  let session;
  before(async () => {
    session = await openBrowser();
  });
  after(() => session.close());

  it('is silent for two copies of the same version', async () => {
    const { page, log } = await newWatchedPage(session.browser);
    await page.goto(session.url('/demo/double-load.html'));
    await page.waitForFunction(() => customElements.get('si-channel-badges') !== undefined);
    // Both module URLs must really have been evaluated for this to prove anything.
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('si-catalogue.bundle.js')).length);
    assert.equal(loaded, 2);
    const count = await page.locator('si-channel-badges').evaluate((el) => el.shadowRoot.querySelectorAll('li').length);
    assert.equal(count, 2);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, []);
    await page.close();
  });

  it('warns once per element, naming both versions, for a second copy of another version', async () => {
    const { page, log } = await newWatchedPage(session.browser);
    const bundle = readFileSync(join(repoRoot, 'dist/si-catalogue.bundle.js'), 'utf8');
    // The version as a string literal, in whichever quotes the minifier chose.
    const literal = new RegExp(`(["'\`])${version.replaceAll('.', '\\.')}\\1`, 'g');
    assert.match(bundle, literal, 'the bundle carries its version');
    await page.route('**/dist/si-catalogue.bundle.js?block=2', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: bundle.replace(literal, '$10.0.1-other$1') }),
    );
    await page.goto(session.url('/demo/double-load.html'));
    await page.waitForFunction(() => customElements.get('si-channel-badges') !== undefined);
    // The second copy warns while it defines its elements, all in one task: once its first warning
    // is here, every message it logged is here after one more round trip to the page.
    await until(() => log.warnings.some((text) => text.includes('<si-channel-badges>')), 'the second copy did not warn');
    await consoleDelivered(page);
    assert.deepEqual(log.errors, []);
    const badgeWarnings = log.warnings.filter((text) => text.includes('<si-channel-badges>'));
    assert.equal(badgeWarnings.length, 1, log.warnings.join('\n'));
    assert.match(badgeWarnings[0], new RegExp(`${version.replaceAll('.', '\\.')}.*0\\.0\\.1-other|0\\.0\\.1-other.*${version.replaceAll('.', '\\.')}`));
    await page.close();
  });
});
