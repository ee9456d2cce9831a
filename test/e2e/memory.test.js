// End-to-end: <si-catalogue> from the bundle keeps no memory it no longer needs (issue #15):
// the JS heap after garbage collection does not grow across 100 filter changes or 100
// disconnect/connect cycles of a 1,000-item catalogue, and removed elements are collected.
// Garbage is collected through the DevTools protocol (HeapProfiler.collectGarbage), as
// `npm run bench` does when it reports the heap at 1,000 and 10,000 items.
//   npx vite build --mode bundle && node --test test/e2e/memory.test.js
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { scaleCatalogue } from '../../bench/build-pages.js';
import { filterChanges, heapAfterGc, reconnections } from '../../bench/memory-cycles.js';
import { newWatchedPage, openBrowser, repoRoot } from './browser.js';

const ITEMS = 1000;
const catalogue = scaleCatalogue(JSON.parse(readFileSync(join(repoRoot, 'src/data/social-insurance.json'), 'utf8')), ITEMS);

/**
 * Growth allowed between two heap readings after GC: V8 keeps some compiled code, feedback and
 * inline caches that grow with the first runs of a path, whatever the page does. A leak of one
 * rendered 1,000-row catalogue per cycle would be megabytes per 100 cycles.
 */
const TOLERANCE_BYTES = 512 * 1024;

const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>内存（测试）</title></head>
<body><main id="host"><si-catalogue src="/__memory/data.json"></si-catalogue></main>
<script type="module" src="/dist/si-catalogue.bundle.js"></script></body></html>`;

/**
 * How many objects in the heap have the prototype `expression` evaluates to (after a GC). The
 * handles it takes are released, or the array of found objects would keep them alive.
 */
async function liveInstances(cdp, expression) {
  const objectGroup = 'si-memory-probe';
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { result: prototype } = await cdp.send('Runtime.evaluate', { expression, objectGroup });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId, objectGroup });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
      objectGroup,
    });
    return result.value;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup });
  }
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

describe(`<si-catalogue> memory at ${ITEMS} items`, () => {
  let session;
  let page;
  let log;
  let cdp;

  before(async () => {
    session = await openBrowser();
    ({ page, log } = await newWatchedPage(session.browser, { viewport: { width: 1280, height: 900 } }));
    await page.route(session.url('/__memory/data.json'), (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(catalogue) }));
    await page.route(session.url('/__memory/page.html'), (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE }));
    await page.goto(session.url('/__memory/page.html'));
    await page.waitForFunction((n) => document.querySelector('si-catalogue')?.matchingItems?.length === n, ITEMS, { timeout: 60_000 });
    cdp = await page.context().newCDPSession(page);
  });

  after(async () => {
    await cdp?.detach();
    await session?.close();
  });

  it('does not grow across 100 filter changes', async () => {
    await filterChanges(page, 16);
    const before = await heapAfterGc(cdp);
    await filterChanges(page, 100);
    const grown = (await heapAfterGc(cdp)) - before;
    assert.ok(grown < TOLERANCE_BYTES, `the heap grew by ${mb(grown)} across 100 filter changes (from ${mb(before)})`);
  });

  it('does not grow across 100 disconnect/connect cycles', async () => {
    await reconnections(page, 10);
    const before = await heapAfterGc(cdp);
    await reconnections(page, 100);
    const grown = (await heapAfterGc(cdp)) - before;
    assert.ok(grown < TOLERANCE_BYTES, `the heap grew by ${mb(grown)} across 100 reconnections (from ${mb(before)})`);
  });

  it('lets removed elements be collected', async () => {
    const prototype = "customElements.get('si-catalogue').prototype";
    const before = await liveInstances(cdp, prototype);
    await page.evaluate(async () => {
      const host = document.querySelector('#host');
      for (let i = 0; i < 20; i++) {
        const el = document.createElement('si-catalogue');
        el.query = '社保卡';
        host.append(el);
        await el.updateComplete;
        el.remove();
      }
    });
    // A timer an element started (the result count announced when typing pauses) holds it
    // until it runs: wait, up to 10 s, for the count to come back down.
    const until = Date.now() + 10_000;
    let live = await liveInstances(cdp, prototype);
    while (live !== before && Date.now() < until) {
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
      live = await liveInstances(cdp, prototype);
    }
    assert.equal(live, before, 'every removed <si-catalogue> is garbage');
    assert.deepEqual(log.errors, []);
  });
});
