// End-to-end: the output of `si-catalogue render` read with JavaScript disabled, and upgraded in
// place by the bundle without moving the table.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { scaleCatalogue } from '../../bench/build-pages.js';
import { newWatchedPage, openBrowser, repoRoot } from './browser.js';

const catalogue = JSON.parse(readFileSync(join(repoRoot, 'src/data/social-insurance.json'), 'utf8'));
const overlay = JSON.parse(readFileSync(join(repoRoot, 'demo/overlay.example.json'), 'utf8'));

/** Runs the CLI as a user would (it needs the built dist/, which `npm run test:e2e` makes). */
function renderCli(...args) {
  return execFileSync(process.execPath, [join(repoRoot, 'bin/si-catalogue.js'), 'render', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** A page at `path` on the test server whose HTML is `body` (the bundle and demo CSS are real files). */
async function serve(page, session, path, body) {
  await page.route(session.url(path), (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
  await page.goto(session.url(path));
}

/** A county portal article (the demo's legacy global CSS) with the rendered fragment inside. */
const portalPage = (fragment) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>静态目录（测试）</title><link rel="stylesheet" href="/demo/portal.css"></head>
<body><main class="page"><article class="article"><div class="TRS_Editor">
<p>以下目录由 si-catalogue render 生成：</p>
${fragment}
<p id="after">目录之后的正文。</p>
</div></article></main></body></html>`;

/** What a reader of the table gets: caption, header texts, body rows as cell texts. */
function readTable() {
  const root = document.querySelector('si-catalogue').shadowRoot;
  const table = root.querySelector('table');
  const rect = table.querySelector('tbody tr').getBoundingClientRect();
  return {
    caption: table.caption.textContent.trim(),
    headerRows: [...table.tHead.rows].map((row) => [...row.cells].map((cell) => cell.textContent.trim())),
    rowCount: table.querySelectorAll('tbody tr').length,
    firstRow: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
    afterY: document.querySelector('#after')?.getBoundingClientRect().y,
    styleElements: root.querySelectorAll('style').length,
    adopted: root.adoptedStyleSheets.length,
  };
}

describe('si-catalogue render, read with JavaScript disabled', () => {
  let session;
  before(async () => {
    session = await openBrowser();
  });
  after(() => session.close());

  it('shows the whole county table with caption, two header rows and ticks read as 是/否', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await serve(page, session, '/static-county.html', renderCli());
    assert.equal(await page.evaluate(() => typeof customElements.get('si-catalogue')), 'undefined');

    const table = page.getByRole('table', { name: catalogue.title });
    await table.waitFor();
    assert.equal(await table.locator('tbody tr').count(), catalogue.items.length);
    const headers = await table.locator('thead tr').evaluateAll((rows) => rows.map((row) => [...row.cells].map((cell) => cell.textContent.trim())));
    assert.deepEqual(headers[0], [
      '序号',
      '公开事项',
      '公开内容（要素）',
      '公开依据',
      '公开时限',
      '公开主体',
      '公开渠道和载体',
      '公开对象',
      '公开方式',
      '公开层级',
    ]);
    assert.deepEqual(headers[1], ['一级事项', '二级事项', '全社会', '特定群众', '主动', '依申请公开', '县级', '乡、村级']);

    // The first item's row, as a screen reader meets it: a row header and cells named by headers.
    const first = catalogue.items[0];
    const row = table.getByRole('row', { name: new RegExp(first.name) }).first();
    assert.equal(await row.getByRole('rowheader', { name: first.name }).count(), 1);
    const countyCell = row.locator('td[headers~="si-h-levels-county"]');
    assert.equal(await countyCell.locator('.tick').isVisible(), first.levels.county);
    assert.equal((await countyCell.textContent()).replace(/\s/g, ''), first.levels.county ? '✓是' : '否');

    // Visible, not merely present: the table has a real size and the page does not scroll sideways at 1280 px.
    const box = await table.boundingBox();
    assert.ok(box.width > 600 && box.height > 2000, `table box ${JSON.stringify(box)}`);
    await context.close();
  });

  it('shows the township catalogue retitled by an overlay, with hidden and added items', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await serve(page, session, '/static-township.html', renderCli('--level', 'township', '--overlay', 'demo/overlay.example.json'));
    const table = page.getByRole('table', { name: overlay.title });
    await table.waitFor();
    const names = await table.locator('tbody th[scope="row"]').allTextContents();
    assert.ok(
      names.some((name) => name.includes('社会保障卡乡镇代办（示例）')),
      'the added township item is listed',
    );
    const hidden = catalogue.items.find((item) => item.id === 'job-retention-subsidy');
    assert.ok(!names.some((name) => name.trim() === hidden.name), 'the hidden item is not listed');
    assert.ok(names.length < catalogue.items.length, 'only township items');
    await context.close();
  });

  it('hides the search bar rendered with --toolbar, which cannot work without JavaScript', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await serve(page, session, '/static-toolbar.html', renderCli('--toolbar'));
    await page.getByRole('table').waitFor();
    assert.equal(await page.getByRole('searchbox').isVisible(), false);
    await context.close();
  });
});

describe('si-catalogue render, upgraded by the bundle', () => {
  let session;
  before(async () => {
    session = await openBrowser();
  });
  after(() => session.close());

  for (const { label, args } of [
    { label: 'the static table', args: ['--fragment'] },
    { label: 'the table with its search bar (--toolbar)', args: ['--fragment', '--toolbar'] },
  ]) {
    it(`replaces ${label} inside a legacy portal article without moving the first row`, async () => {
      const { page, log } = await newWatchedPage(session.browser, { viewport: { width: 1280, height: 900 } });
      await serve(page, session, '/static-upgrade.html', portalPage(renderCli(...args)));
      await page.getByRole('table').waitFor();
      const before = await page.evaluate(readTable);
      assert.equal(before.styleElements > 0, true, 'server-rendered styles before the upgrade');
      if (args.includes('--toolbar')) assert.equal(await page.getByRole('searchbox').isVisible(), false);

      await page.addScriptTag({ url: '/dist/si-catalogue.bundle.js', type: 'module' });
      await page.waitForFunction(() => customElements.get('si-catalogue') !== undefined);
      await page.evaluate(() => document.querySelector('si-catalogue').updateComplete);
      const upgraded = await page.evaluate(readTable);

      assert.equal(upgraded.styleElements, 0, 'the element rendered its own content');
      assert.ok(upgraded.adopted > 0, 'with constructed style sheets');
      assert.equal(upgraded.caption, before.caption);
      assert.deepEqual(upgraded.headerRows, before.headerRows);
      assert.equal(upgraded.rowCount, before.rowCount);
      for (const key of ['x', 'y', 'width', 'height']) {
        assert.ok(Math.abs(upgraded.firstRow[key] - before.firstRow[key]) < 1, `first row ${key}: ${before.firstRow[key]} → ${upgraded.firstRow[key]}`);
      }
      assert.ok(Math.abs(upgraded.afterY - before.afterY) < 1, `text after the table moved: ${before.afterY} → ${upgraded.afterY}`);
      if (args.includes('--toolbar')) assert.equal(await page.getByRole('searchbox').isVisible(), true);
      assert.deepEqual(log.errors, []);
      await page.close();
    });
  }
  it('keeps the server-rendered rows, node for node, when the upgraded element shows the same state', async () => {
    const { page, log } = await newWatchedPage(session.browser, { viewport: { width: 1280, height: 900 } });
    await serve(page, session, '/static-keep.html', portalPage(renderCli('--fragment', '--toolbar')));
    await page.getByRole('table').waitFor();
    const marked = await page.evaluate(() => {
      const rows = [...document.querySelector('si-catalogue').shadowRoot.querySelectorAll('tbody tr')];
      rows.forEach((row, index) => (row.dataset.serverRow = String(index)));
      window.serverRows = rows;
      return rows.length;
    });
    await page.addScriptTag({ url: '/dist/si-catalogue.bundle.js', type: 'module' });
    await page.waitForFunction(() => customElements.get('si-catalogue') !== undefined);
    await page.evaluate(() => document.querySelector('si-catalogue').updateComplete);
    const after = await page.evaluate(() => {
      const root = document.querySelector('si-catalogue').shadowRoot;
      const rows = [...root.querySelectorAll('tbody tr')];
      return {
        count: rows.length,
        same: rows.filter((row, index) => row === window.serverRows[index]).length,
        styleElements: root.querySelectorAll('style').length,
      };
    });
    assert.equal(marked, 50);
    assert.deepEqual(after, { count: 50, same: 50, styleElements: 0 });
    // Still the element's own once the state changes: a search redraws and finds.
    await page.getByRole('searchbox').fill('社保卡丢了');
    await page.waitForFunction(() => document.querySelector('si-catalogue').shadowRoot.querySelectorAll('tbody tr').length < 50);
    assert.equal(
      await page.evaluate(() => document.querySelector('si-catalogue').shadowRoot.querySelector('tbody th[scope="row"]').textContent.trim()),
      '社会保障卡补换',
    );
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('keeps the first page of the server’s rows, node for node, when the server wrote more (250 items, a page of 100)', async () => {
    const { page, log } = await newWatchedPage(session.browser, { viewport: { width: 1280, height: 900 } });
    const large = scaleCatalogue(catalogue, 250);
    const file = join(mkdtempSync(join(tmpdir(), 'si-render-')), 'catalogue-250.json');
    writeFileSync(file, JSON.stringify(large));
    await page.route(session.url('/large/catalogue-250.json'), (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(large) }));
    await serve(page, session, '/static-large.html', portalPage(renderCli('--fragment', '--src', file, '--src-url', '/large/catalogue-250.json')));
    await page.getByRole('table').waitFor();
    const marked = await page.evaluate(() => (window.serverRows = [...document.querySelector('si-catalogue').shadowRoot.querySelectorAll('tbody tr')]).length);
    await page.addScriptTag({ url: '/dist/si-catalogue.bundle.js', type: 'module' });
    await page.waitForFunction(() => document.querySelector('si-catalogue').matchingItems?.length === 250);
    await page.evaluate(() => document.querySelector('si-catalogue').updateComplete);
    const after = await page.evaluate(() => {
      const root = document.querySelector('si-catalogue').shadowRoot;
      const rows = [...root.querySelectorAll('tbody tr')];
      // Every group's spanning header covers exactly its rows (the group cut by the page end too).
      const spans = [...root.querySelectorAll('tbody')].every((body) => body.querySelector('th[scope="rowgroup"]').rowSpan === body.rows.length);
      return {
        count: rows.length,
        same: rows.filter((row, index) => row === window.serverRows[index]).length,
        spans,
        more: root.querySelector('.more button') !== null,
      };
    });
    assert.equal(marked, 250);
    assert.deepEqual(after, { count: 100, same: 100, spans: true, more: true });
    // 显示更多 is the element's own: the next page is drawn by it.
    await page.getByRole('button', { name: /显示更多/ }).click();
    await page.waitForFunction(() => document.querySelector('si-catalogue').shadowRoot.querySelectorAll('tbody tr').length === 200);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('draws its own rows when its state differs from the server’s (a sync-url filter in the URL)', async () => {
    const { page, log } = await newWatchedPage(session.browser, { viewport: { width: 1280, height: 900 } });
    const fragment = renderCli('--fragment').replace('<si-catalogue', '<si-catalogue sync-url');
    await serve(page, session, `/static-differs.html?si-group=${encodeURIComponent('社会保障卡服务')}`, portalPage(fragment));
    await page.getByRole('table').waitFor();
    await page.evaluate(() => (window.serverRows = [...document.querySelector('si-catalogue').shadowRoot.querySelectorAll('tbody tr')]));
    await page.addScriptTag({ url: '/dist/si-catalogue.bundle.js', type: 'module' });
    await page.waitForFunction(() => customElements.get('si-catalogue') !== undefined);
    await page.evaluate(() => document.querySelector('si-catalogue').updateComplete);
    const after = await page.evaluate(() => {
      const rows = [...document.querySelector('si-catalogue').shadowRoot.querySelectorAll('tbody tr')];
      return { seqs: rows.map((row) => Number(row.dataset.seq)), kept: rows.filter((row) => window.serverRows.includes(row)).length };
    });
    assert.deepEqual(after, { seqs: [48, 49, 50], kept: 0 });
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('keeps the static table, with a notice, when the --src-url it was given cannot be reached', async () => {
    const { page } = await newWatchedPage(session.browser, { viewport: { width: 1280, height: 900 } });
    await page.route(session.url('/unreachable/catalogue.json'), (route) => route.fulfill({ status: 404, body: 'not found' }));
    await serve(
      page,
      session,
      '/static-unreachable.html',
      portalPage(renderCli('--fragment', '--src', 'src/data/social-insurance.json', '--src-url', '/unreachable/catalogue.json')),
    );
    await page.getByRole('table').waitFor();
    const before = await page.evaluate(readTable);
    await page.addScriptTag({ url: '/dist/si-catalogue.bundle.js', type: 'module' });
    await page.waitForFunction(() => document.querySelector('si-catalogue').shadowRoot.querySelector('.notice') !== null);
    const kept = await page.evaluate(readTable);
    assert.equal(kept.rowCount, before.rowCount);
    assert.equal(kept.rowCount, catalogue.items.length);
    assert.equal(kept.caption, before.caption);
    const notice = await page.evaluate(() => document.querySelector('si-catalogue').shadowRoot.querySelector('.notice').textContent);
    assert.match(notice, /暂时无法更新目录.*\/unreachable\/catalogue\.json.*HTTP 404/s);
    assert.equal(await page.evaluate(() => document.querySelector('si-catalogue').shadowRoot.querySelector('[role="alert"]')), null);
    await page.close();
  });

  it('keeps the table of a local --src rendered without --src-url (it has no URL to load)', async () => {
    const { page, log } = await newWatchedPage(session.browser, { viewport: { width: 1280, height: 900 } });
    await serve(page, session, '/static-local.html', portalPage(renderCli('--fragment', '--overlay', 'demo/overlay.example.json')));
    await page.getByRole('table').waitFor();
    const before = await page.evaluate(readTable);
    await page.addScriptTag({ url: '/dist/si-catalogue.bundle.js', type: 'module' });
    await page.waitForFunction(() => customElements.get('si-catalogue') !== undefined);
    await page.evaluate(() => document.querySelector('si-catalogue').updateComplete);
    const kept = await page.evaluate(readTable);
    assert.equal(kept.caption, overlay.title);
    assert.equal(kept.rowCount, before.rowCount);
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});
