// End-to-end: the bundle's only global effects are its element definitions. No document CSS, no
// window properties beyond Lit's version registry, nothing in storage or cookies, and the URL is
// written only by `sync-url` (with history.replaceState: no new history entries).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { catalogueShows, newWatchedPage, openBrowser } from './browser.js';

/**
 * Window properties the bundle may add, all Lit's own (docs/embedding.md): its registry of loaded
 * versions (lit-html, lit-element and reactive-element each push theirs, so tools can spot two Lit
 * copies on one page) and `litPropertyMetadata`, the WeakMap its decorators keep property options in.
 */
const ALLOWED_WINDOW_PROPERTIES = ['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];

const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>隔离（测试）</title>
<link rel="stylesheet" href="/demo/portal.css"></head>
<body><main class="page"><div class="article TRS_Editor" id="host"><p>宿主页面正文。</p></div></main></body></html>`;

/** Everything global a script could leave behind, read in the page. */
async function globalState() {
  const snapshot = {
    windowKeys: Object.getOwnPropertyNames(window).sort(),
    styleSheets: [...document.styleSheets].map((sheet) => sheet.href ?? `inline:${sheet.cssRules.length}`),
    adoptedStyleSheets: document.adoptedStyleSheets.length,
    headHtml: document.head.innerHTML,
    rootAttributes: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`),
    bodyAttributes: [...document.body.attributes].map((a) => `${a.name}=${a.value}`),
    bodyChildren: [...document.body.children].map((el) => el.localName),
    bodyStyle: (() => {
      const style = getComputedStyle(document.body);
      return [style.fontFamily, style.fontSize, style.color, style.backgroundColor, style.lineHeight].join('|');
    })(),
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    cookie: document.cookie,
    indexedDB: (await indexedDB.databases()).map((db) => db.name),
    caches: 'caches' in window ? await caches.keys() : [],
    url: location.href,
    historyLength: history.length,
  };
  return snapshot;
}

async function loadBundleAndUse(page, { syncUrl }) {
  await page.addScriptTag({ url: '/dist/si-catalogue.bundle.js', type: 'module' });
  await page.waitForFunction(() => ['si-catalogue', 'si-channel-badges'].every((tag) => customElements.get(tag)));
  // <si-deadline> is defined once one is in the document (its code is a chunk beside the bundle).
  await page.evaluate(async (sync) => {
    const host = document.querySelector('#host');
    const catalogue = document.createElement('si-catalogue');
    catalogue.exportable = true;
    catalogue.syncUrl = sync;
    const badges = document.createElement('si-channel-badges');
    badges.setAttribute('channels', '政府网站、政务服务中心');
    const deadline = document.createElement('si-deadline');
    deadline.setAttribute('changed', '2026-10-12');
    deadline.setAttribute('published', '2026-10-28');
    host.append(catalogue, badges, deadline);
    await customElements.whenDefined('si-deadline');
    return Promise.all([catalogue, badges, deadline].map((el) => el.updateComplete));
  }, syncUrl);
  // Use it: search (Latin letters too), filter, clear, open a deadline explanation.
  const catalogue = page.locator('si-catalogue');
  await catalogue.getByRole('searchbox').fill('社保卡');
  await catalogue.getByRole('searchbox').fill('sbk');
  await catalogue.getByRole('combobox', { name: '公开层级' }).selectOption('county');
  await catalogueShows(page, 'si-catalogue', { query: 'sbk', level: 'county' }, { showing: '[data-seq]' });
  // With sync-url, until the URL holds the filters (the check below that it does not without).
  if (syncUrl) await page.waitForFunction(() => new URL(location.href).searchParams.get('si-level') === 'county');
}

describe('the bundle leaves no global traces', () => {
  let session;
  before(async () => {
    session = await openBrowser();
  });
  after(() => session.close());

  it('adds no document CSS, no window properties but Lit’s version registry, and nothing to storage', async () => {
    const { page, log } = await newWatchedPage(session.browser);
    await page.route(session.url('/isolation.html'), (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE }));
    await page.goto(session.url('/isolation.html'));
    const before = await page.evaluate(globalState);

    await loadBundleAndUse(page, { syncUrl: false });
    const afterUse = await page.evaluate(globalState);

    const added = afterUse.windowKeys.filter((key) => !before.windowKeys.includes(key));
    assert.deepEqual(
      added.filter((key) => !ALLOWED_WINDOW_PROPERTIES.includes(key)),
      [],
      'window properties added',
    );
    const removed = before.windowKeys.filter((key) => !afterUse.windowKeys.includes(key));
    assert.deepEqual(removed, [], 'window properties removed');

    for (const key of ['styleSheets', 'adoptedStyleSheets', 'rootAttributes', 'bodyAttributes', 'bodyStyle']) {
      assert.deepEqual(afterUse[key], before[key], key);
    }
    // The module script tag the test added is the only change to <head>.
    assert.equal(afterUse.headHtml.replace(/<script[^>]*si-catalogue\.bundle\.js[^>]*><\/script>/, ''), before.headHtml);
    assert.deepEqual(afterUse.bodyChildren, before.bodyChildren, 'nothing appended to <body>');
    for (const key of ['localStorage', 'sessionStorage', 'indexedDB', 'caches']) assert.deepEqual(afterUse[key], [], key);
    assert.equal(afterUse.cookie, '');
    assert.deepEqual(
      (await page.context().cookies()).map((cookie) => cookie.name),
      [],
    );
    assert.equal(afterUse.url, before.url, 'the URL is not touched without sync-url');
    assert.equal(afterUse.historyLength, before.historyLength);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('with sync-url writes the filters to the URL only, replacing the history entry', async () => {
    const { page, log } = await newWatchedPage(session.browser);
    await page.route(session.url('/isolation.html'), (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE }));
    await page.goto(session.url('/isolation.html'));
    const before = await page.evaluate(globalState);
    await loadBundleAndUse(page, { syncUrl: true });
    const afterUse = await page.evaluate(globalState);

    const url = new URL(afterUse.url);
    assert.equal(url.pathname, '/isolation.html');
    assert.equal(url.searchParams.get('si-query'), 'sbk');
    assert.equal(url.searchParams.get('si-level'), 'county');
    assert.equal(afterUse.historyLength, before.historyLength, 'replaceState, not pushState');
    for (const key of ['localStorage', 'sessionStorage', 'indexedDB', 'caches']) assert.deepEqual(afterUse[key], [], key);
    assert.equal(afterUse.cookie, '');
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});
