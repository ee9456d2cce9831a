// End-to-end: demo/csp.html under
//   Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'
// (set by scripts/serve.js). Any violation report, Trusted Types error, console error or inline
// style attribute fails the test.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { STRICT_CSP } from '../../scripts/serve.js';
import { catalogueShows, newWatchedPage, openBrowser, repoRoot, until } from './browser.js';

const overlay = JSON.parse(readFileSync(join(repoRoot, 'demo/overlay.example.json'), 'utf8'));

/** A watched page that also turns every securitypolicyviolation event into a console error. */
async function newCspPage(browser, options) {
  const watched = await newWatchedPage(browser, options);
  // Init scripts are injected by the browser, not by the page, so the policy does not block them.
  await watched.page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        console.error(
          `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} ` +
            `in ${event.sourceFile || '(page)'}:${event.lineNumber}:${event.columnNumber} ${event.sample}`,
        );
      },
      true,
    );
  });
  return watched;
}

/** Every element, in the document and in every shadow root, that carries a style attribute. */
function inlineStyleAttributes() {
  const found = [];
  const describe = (el) => {
    const parts = [];
    for (let node = el; node; node = node.parentNode ?? node.host) {
      if (node.nodeType === 1) parts.unshift(node.localName + (node.id ? `#${node.id}` : node.className ? `.${String(node.className).split(' ')[0]}` : ''));
      if (node.nodeType === 11) parts.unshift('#shadow-root');
    }
    return parts.join(' > ');
  };
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.hasAttribute('style')) found.push(`${describe(el)} style="${el.getAttribute('style')}"`);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return found;
}

describe('the components under a strict Content-Security-Policy', () => {
  let session;
  before(async () => {
    session = await openBrowser();
  });
  after(() => session.close());

  it('serves demo/csp.html with the policy', async () => {
    const { page } = await newCspPage(session.browser);
    const response = await page.goto(session.url('/demo/csp.html'));
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
    await page.close();
  });

  for (const width of [1280, 360]) {
    it(`renders, searches, filters, selects and exports without a violation at ${width} px`, async () => {
      const { page, log } = await newCspPage(session.browser, { viewport: { width, height: 900 }, acceptDownloads: true });
      await page.goto(session.url('/demo/csp.html'));
      await page.waitForFunction(() => ['si-catalogue', 'si-channel-badges', 'si-deadline'].every((tag) => customElements.get(tag)));

      const catalogue = page.locator('#csp-catalogue');
      // The overlay was fetched (connect/default-src 'self') and applied.
      await catalogue.getByText(overlay.title).first().waitFor();
      assert.ok(await page.locator('#csp-catalogue').evaluate((el) => el.shadowRoot.adoptedStyleSheets.length > 0));

      // Badges and deadlines rendered their own content.
      const badgeText = await page.locator('#csp-channels').evaluate((el) => el.shadowRoot.textContent);
      assert.match(badgeText, /政务服务中心/);
      assert.match(await page.locator('#csp-deadline').evaluate((el) => el.shadowRoot.textContent), /2026/);

      // Search: Chinese, then Latin letters (which may load the pinyin chunk beside the bundle).
      const search = catalogue.getByRole('searchbox');
      await search.fill('社保卡');
      await catalogueShows(page, '#csp-catalogue', { query: '社保卡' }, { showing: '[data-seq] mark' });
      await search.fill('sbk');
      await catalogueShows(page, '#csp-catalogue', { query: 'sbk' }, { showing: '[data-seq] mark' });
      await search.fill('');
      // On a phone the filters and the export button are behind 筛选 (it stays open once opened).
      if (width === 360) await catalogue.locator('[part="filters-toggle"]').click();
      await catalogue.getByRole('combobox', { name: '公开层级' }).selectOption('township');

      // Select an item: the event fires with the item.
      const selected = page.evaluate(
        () => new Promise((resolve) => document.addEventListener('si-item-select', (event) => resolve(event.detail.item.id), { once: true })),
      );
      await catalogue.getByRole('button', { name: '企业社会保险登记' }).first().click();
      assert.equal(await selected, 'enterprise-registration');

      // Export: a Blob URL download, which the policy must allow.
      const [download] = await Promise.all([page.waitForEvent('download'), catalogue.getByRole('button', { name: '导出表格（CSV）' }).click()]);
      assert.match(download.suggestedFilename(), /\.csv$/);

      assert.deepEqual(await page.evaluate(inlineStyleAttributes), [], 'inline style attributes');
      assert.deepEqual(log.errors, []);
      await page.close();
    });
  }

  it('notices violations and Trusted Types errors (the watcher itself works)', async () => {
    const { page, log } = await newCspPage(session.browser);
    await page.goto(session.url('/demo/csp.html'));
    await page.waitForFunction(() => customElements.get('si-catalogue') !== undefined);
    await page.evaluate(() => document.querySelector('.demo-note').setAttribute('style', 'color: red'));
    const trustedTypes = await page.evaluate(() => {
      try {
        document.querySelector('.demo-note').innerHTML = '<b>x</b>';
        return 'assigned';
      } catch (error) {
        return error.name;
      }
    });
    assert.equal(trustedTypes, 'TypeError');
    // The securitypolicyviolation events are dispatched in a later task.
    const reported = (directive) => log.errors.some((error) => error.includes(directive));
    await until(() => reported('CSP violation: style-src-attr') && reported('require-trusted-types-for'), 'the two violations were not both reported');
    assert.ok(
      log.errors.some((error) => error.includes('CSP violation: style-src-attr')),
      log.errors.join('\n'),
    );
    assert.ok(
      log.errors.some((error) => error.includes('require-trusted-types-for')),
      log.errors.join('\n'),
    );
    await page.close();
  });
});
