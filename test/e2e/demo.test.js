// End-to-end: the demo county portal (npm start) as people use it: every page renders its
// elements without console errors at phone and desktop widths with no sideways page scroll; the
// township page shows the overlay's local catalogue; the item page links back into the catalogue;
// the column page works by keyboard alone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { newWatchedPage, openBrowser, repoRoot } from './browser.js';

const catalogue = JSON.parse(readFileSync(join(repoRoot, 'src/data/social-insurance.json'), 'utf8'));
const overlay = JSON.parse(readFileSync(join(repoRoot, 'demo/overlay.example.json'), 'utf8'));

const PAGES = ['/demo/', '/demo/township.html', '/demo/item.html', '/demo/csp.html', '/demo/double-load.html'];

/** Waits until every si-* element on the page is defined and has rendered into its shadow root. */
async function waitForElements(page) {
  await page.waitForFunction(() => {
    const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('si-'));
    return elements.length > 0 && elements.every((el) => customElements.get(el.localName) && el.shadowRoot?.childElementCount > 0);
  });
  await page.evaluate(() => Promise.all([...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('si-')).map((el) => el.updateComplete)));
}

/** The focused element, through shadow roots. */
const focused = (page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { tag: el?.localName, id: el?.id, part: el?.getAttribute('part'), text: el?.textContent.trim(), label: el?.getAttribute('aria-label') };
  });

describe('the demo portal', () => {
  let session;
  before(async () => {
    session = await openBrowser();
  });
  after(() => session.close());

  for (const path of PAGES) {
    for (const width of [360, 1280]) {
      it(`${path} renders every element without errors at ${width} px, with no sideways page scroll`, async () => {
        const { page, log } = await newWatchedPage(session.browser, { viewport: { width, height: 800 } });
        await page.goto(session.url(path));
        await waitForElements(page);
        await page.waitForLoadState('networkidle');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `page scrolls sideways by ${overflow} px`);
        assert.deepEqual(log.errors, []);
        assert.deepEqual(log.warnings, []);
        await page.close();
      });
    }
  }

  it('the township page shows the county’s local edition, township items only', async () => {
    const { page, log } = await newWatchedPage(session.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(session.url('/demo/township.html'));
    const table = page.locator('#township-catalogue').getByRole('table', { name: overlay.title });
    await table.waitFor();
    const ids = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.id.replace('si-item-', '')));
    const hidden = overlay.items.filter((change) => change.hide).map((change) => change.id);
    const notTownship = overlay.items.filter((change) => change.amend?.levels?.township === false).map((change) => change.id);
    for (const id of [...hidden, ...notTownship]) assert.ok(!ids.includes(id), `${id} is not listed`);
    assert.ok(ids.includes(overlay.add[0].id), 'the added township item is listed');
    assert.equal(ids.length, catalogue.items.length - hidden.length - notTownship.length + overlay.add.length);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('the item page shows its deadlines and channels, keeps places for the item card and guide, and links into the catalogue', async () => {
    const { page, log } = await newWatchedPage(session.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(session.url('/demo/item.html'));
    await waitForElements(page);
    assert.match(await page.locator('#card-deadline').evaluate((el) => el.shadowRoot.textContent), /按时公开/);
    assert.match(await page.locator('#office-deadline').evaluate((el) => el.shadowRoot.textContent), /剩余/);
    assert.equal(await page.locator('#item-channels').getByRole('link', { name: '政务服务中心' }).getAttribute('href'), 'https://www.example.gov.cn/zwfw/');
    assert.match(await page.locator('#item-card').evaluate((el) => el.shadowRoot.textContent), /社会保障卡申领/);
    await page.waitForFunction(() => document.querySelector('#service-guide').shadowRoot.textContent.includes('申请材料'));
    assert.equal(await page.locator('#item-card').getByRole('link', { name: '在线办理（示例）' }).count(), 1);

    await page.getByRole('link', { name: '在标准目录中查看本事项' }).click();
    await page.waitForURL(/index\.html#si-item-social-security-card-application$/);
    const row = page.locator('#catalogue').locator('[id="si-item-social-security-card-application"]');
    await page.waitForFunction(() =>
      document.querySelector('#catalogue').shadowRoot.querySelector('[id="si-item-social-security-card-application"]')?.classList.contains('highlighted'),
    );
    assert.ok(await row.isVisible());
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('the column page works by keyboard alone: skip link, badges, search, filters, clear, table, onward links', async () => {
    const { page, log } = await newWatchedPage(session.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(session.url('/demo/'));
    await waitForElements(page);
    const count = page.locator('#catalogue').locator('[part~="count"]');

    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).text, '跳到正文');
    await page.keyboard.press('Enter');
    assert.equal((await focused(page)).id, 'content');

    await page.keyboard.press('Tab');
    assert.deepEqual(await focused(page).then(({ part, text }) => ({ part, text })), { part: 'link', text: '政府网站' });

    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'si-filter-query');
    await page.keyboard.type('sbk');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('si-catalogue-query') === 'sbk');
    assert.match(await count.textContent(), /共 \d+ 项（全部 50 项）/);

    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'si-filter-group');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'si-filter-level');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('si-catalogue-level') === 'county');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'si-filter-channel');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).part, 'clear-button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !location.search.includes('si-'));
    assert.match(await count.textContent(), /^\s*共 50 项\s*$/);

    // The clear button is disabled once nothing is filtered, so it hands focus to the search box;
    // Tab then passes the three filters and skips the disabled button.
    assert.equal((await focused(page)).id, 'si-filter-query');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    assert.equal((await focused(page)).part, 'export-button');
    // Then the 常用查询 chips (each a button), then the table.
    const chips = await page.locator('#catalogue').locator('[part="popular"] [part="chip"]').count();
    assert.ok(chips > 0, 'no 常用查询 chips');
    for (let i = 0; i < chips; i++) {
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).part, 'chip');
    }
    await page.keyboard.press('Tab');
    const region = await focused(page);
    assert.equal(region.part, 'region');
    assert.match(region.label, /社会保险领域基层政务公开标准目录/);

    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).text, '示例镇社会保险领域基层政务公开标准目录');
    await page.keyboard.press('Enter');
    await page.waitForURL(/township\.html$/);
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});
