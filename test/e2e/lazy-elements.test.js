// End-to-end: the bundle defines <si-deadline>, <si-item-card> and <si-service-guide> from its
// elements chunk only on pages that use them (src/bundle.ts, src/lazy-elements.ts), and imports
// the validators only for outside data (src/components/catalogue/catalogue-source.ts).
//   npx vite build --mode bundle && node --test test/e2e/lazy-elements.test.js
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newWatchedPage, openBrowser } from './browser.js';

const LAZY = ['si-deadline', 'si-item-card', 'si-service-guide'];

/** The si-catalogue.*.js files the page requested, without their hashes. */
const chunksRequested = (page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname.split('/').pop())
      .filter((name) => /^si-catalogue\..+\.js$/.test(name))
      .map((name) => name.replace(/-[\w-]{8}\.js$/, '.js')),
  );

const pageHtml = (body) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>按需（测试）</title>
<script type="module" src="/dist/si-catalogue.bundle.js"></script></head><body>${body}</body></html>`;

describe('elements the bundle loads on demand', () => {
  let session;
  before(async () => {
    session = await openBrowser();
  });
  after(() => session.close());

  async function open(body) {
    const watched = await newWatchedPage(session.browser);
    await watched.page.route(session.url('/__lazy/page.html'), (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: pageHtml(body) }));
    await watched.page.goto(session.url('/__lazy/page.html'));
    await watched.page.waitForFunction(() => customElements.get('si-catalogue') !== undefined);
    return watched;
  }

  it('a catalogue page fetches the bundle file alone', async () => {
    const { page, log } = await open('<si-catalogue></si-catalogue><si-channel-badges channels="政府网站"></si-channel-badges>');
    await page.waitForFunction(() => document.querySelector('si-catalogue').shadowRoot?.querySelector('[data-seq]'));
    // The search chunk may already have come at idle after the first render (docs/performance.md); the elements chunk never does.
    assert.deepEqual(
      (await chunksRequested(page)).filter((name) => name !== 'si-catalogue.search-engine.js'),
      ['si-catalogue.bundle.js'],
    );
    assert.deepEqual(await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), LAZY), []);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('a page with outside data imports the validators chunk, and a valid catalogue renders', async () => {
    const { page, log } = await open('<si-catalogue src="/src/data/social-insurance.json"></si-catalogue>');
    await page.waitForFunction(() => document.querySelector('si-catalogue').shadowRoot?.querySelector('[data-seq]'));
    assert.ok((await chunksRequested(page)).includes('si-catalogue.catalogue-checks.js'));
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('when the validators chunk cannot load (404), the element shows the problem naming the file, with 重试', async () => {
    const watched = await newWatchedPage(session.browser);
    const { page } = watched;
    await page.route(/si-catalogue\.catalogue-checks-[\w-]+\.js$/, (route) => route.fulfill({ status: 404, body: 'not here' }));
    await page.route(session.url('/__lazy/page.html'), (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: pageHtml('<si-catalogue src="/src/data/social-insurance.json"></si-catalogue>') }),
    );
    await page.goto(session.url('/__lazy/page.html'));
    await page.waitForFunction(() => document.querySelector('si-catalogue')?.shadowRoot?.querySelector('[role="alert"]'));
    const alert = await page.locator('si-catalogue').evaluate((el) => el.shadowRoot.querySelector('[role="alert"]').textContent);
    assert.match(alert, /目录加载失败/);
    assert.match(alert, /si-catalogue\.catalogue-checks-[\w-]+\.js/);
    assert.equal(await page.locator('si-catalogue').evaluate((el) => el.shadowRoot.querySelectorAll('[role="alert"] button').length), 1);
    assert.equal(await page.locator('si-catalogue').evaluate((el) => el.shadowRoot.querySelector('[data-seq]')), null);
    await page.close();
  });

  it('an item page fetches the elements chunk once and every element renders', async () => {
    const { page, log } = await open('<si-item-card item="48"></si-item-card><si-deadline changed="2026-10-12" published="2026-10-28"></si-deadline>');
    await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), LAZY);
    await page.waitForFunction(() => ['si-item-card', 'si-deadline'].every((tag) => document.querySelector(tag).shadowRoot?.childElementCount > 0));
    const chunks = await chunksRequested(page);
    assert.equal(chunks.filter((name) => name === 'si-catalogue.bundle-elements.js').length, 1, chunks.join(', '));
    // The built-in data needs no validator: no checks chunk, and nothing else chained after the elements chunk.
    assert.deepEqual([...new Set(chunks)].sort(), ['si-catalogue.bundle-elements.js', 'si-catalogue.bundle.js']);
    assert.match(await page.locator('si-item-card').evaluate((el) => el.shadowRoot.textContent), /社会保障卡/);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('defines an element added later, keeping a property set before it was defined', async () => {
    const { page, log } = await open('<main id="host"></main>');
    await page.evaluate(() => {
      const card = document.createElement('si-item-card');
      card.item = 49;
      document.querySelector('#host').append(card);
    });
    await page.waitForFunction(() => document.querySelector('si-item-card').shadowRoot?.textContent.includes('社会保障卡补换'));
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('defines elements in a shadow root the page keeps once defineElements() is called', async () => {
    const { page, log } = await open('<div id="widget"></div>');
    await page.evaluate(() => {
      document.querySelector('#widget').attachShadow({ mode: 'open' }).innerHTML = '<si-deadline changed="2026-10-12"></si-deadline>';
    });
    assert.equal(await page.evaluate(() => customElements.get('si-deadline')), undefined);
    await page.evaluate(async () => {
      const { defineElements } = await import('/dist/si-catalogue.bundle.js');
      await defineElements('si-deadline');
    });
    await page.waitForFunction(() => document.querySelector('#widget').shadowRoot.querySelector('si-deadline').shadowRoot?.childElementCount > 0);
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});
