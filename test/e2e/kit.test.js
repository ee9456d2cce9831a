// End-to-end: `npm run kit` (after `npm run build`) makes the zip; unzipped into an empty folder
// served as a static site, its 使用说明.html and the example pages work with the kit's files alone.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome.js';
import { startServer } from '../../scripts/serve.js';
import { newWatchedPage, repoRoot } from './browser.js';

const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

describe('the CMS kit', () => {
  let site;
  let server;
  let browser;
  before(async () => {
    execFileSync(process.execPath, [join(repoRoot, 'scripts/build-kit.js')], { stdio: 'pipe' });
    const zip = readFileSync(join(repoRoot, `dist-kit/si-catalogue-kit-${version}.zip`));
    site = mkdtempSync(join(tmpdir(), 'si-kit-'));
    for (const [path, bytes] of Object.entries(unzipSync(zip))) {
      mkdirSync(dirname(join(site, path)), { recursive: true });
      writeFileSync(join(site, path), bytes);
    }
    server = await startServer({ root: site });
    browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (site) rmSync(site, { recursive: true, force: true });
  });

  it('holds the bundle and its chunk, the loader, the editor integrations, examples and the guide', () => {
    const files = execFileSync('find', ['.', '-type', 'f'], { cwd: site, encoding: 'utf8' }).split('\n');
    for (const expected of [
      './使用说明.html',
      './static/si-catalogue/si-catalogue.bundle.js',
      './static/si-catalogue/si-catalogue.loader.js',
      './static/si-catalogue/editors/tinymce.js',
      './static/si-catalogue/editors/ckeditor5.js',
      './static/si-catalogue/editors/wangeditor.js',
      './static/si-catalogue/shili-county-overlay.json',
      './static/si-catalogue/catalogue.html',
      './guides/48.json',
      './examples/article.html',
    ]) {
      assert.ok(files.includes(expected), `${expected} in the kit`);
    }
    assert.ok(
      files.some((file) => /^\.\/static\/si-catalogue\/si-catalogue\.pinyin-pro-entry-.+\.js$/.test(file)),
      'pinyin chunk',
    );
    assert.ok(
      files.some((file) => /^\.\/static\/si-catalogue\/si-catalogue\.search-engine-.+\.js$/.test(file)),
      'search chunk',
    );
  });

  it('the editor integrations add nothing to the main bundle', () => {
    const bundle = readFileSync(join(repoRoot, 'dist/si-catalogue.bundle.js'), 'utf8');
    for (const marker of ['插入政务公开目录组件', 'siTinymceOptions', 'SiCatalogueHtmlSupport', 'siWangEditorModule']) {
      assert.ok(!bundle.includes(marker), `${marker} is not in the bundle`);
    }
    assert.ok(readFileSync(join(site, 'static/si-catalogue/editors/tinymce.js'), 'utf8').includes('siTinymceOptions'));
  });

  it('the built editor integrations load from the kit in a browser, with all five elements', async () => {
    const { page, log } = await newWatchedPage(browser);
    await page.goto(`${server.url}/examples/article.html`);
    const loaded = await page.evaluate(async () => {
      const tinymce = await import('/static/si-catalogue/editors/tinymce.js');
      const ckeditor = await import('/static/si-catalogue/editors/ckeditor5.js');
      const wangeditor = await import('/static/si-catalogue/editors/wangeditor.js');
      return {
        tinymce: Object.keys(tinymce.siTinymceOptions().custom_elements),
        ckeditor: [ckeditor.SiCatalogueHtmlSupport.pluginName, ckeditor.siCatalogueGhsRules().map((rule) => String(rule.name))],
        wangeditor: wangeditor.siWangEditorModule.parseElemsHtml.map((parser) => parser.selector),
      };
    });
    const tags = ['si-catalogue', 'si-channel-badges', 'si-deadline', 'si-item-card', 'si-service-guide'];
    assert.deepEqual([...loaded.tinymce].sort(), tags);
    assert.equal(loaded.ckeditor[0], 'SiCatalogueHtmlSupport');
    assert.ok(loaded.ckeditor[1].includes('$customElement'));
    for (const tag of tags) assert.ok(loaded.wangeditor.includes(tag), tag);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('使用说明.html loads with its screenshots and names every editor', async () => {
    const { page, log } = await newWatchedPage(browser);
    await page.goto(`${server.url}/${encodeURI('使用说明.html')}`);
    assert.match(await page.locator('h1').textContent(), /使用说明/);
    const images = await page.locator('img').evaluateAll((imgs) => imgs.map((img) => [img.getAttribute('src'), img.complete && img.naturalWidth > 0]));
    assert.ok(images.length >= 3, 'screenshots');
    for (const [src, loaded] of images) assert.ok(loaded, `${src} loads`);
    const text = await page.locator('body').textContent();
    for (const word of ['TinyMCE', 'CKEditor 5', 'wangEditor', 'Cache-Control', '济宁市', 'si-catalogue.loader.js']) assert.ok(text.includes(word), word);
    await page.setViewportSize({ width: 360, height: 800 });
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)) <= 0, 'no sideways scroll at 360 px');
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('a page using only kit files shows the county catalogue, a card and the service guide', async () => {
    const { page, log } = await newWatchedPage(browser);
    await page.goto(`${server.url}/examples/article.html`);
    await page.waitForFunction(() => document.querySelector('si-catalogue')?.shadowRoot?.querySelectorAll('tbody tr').length > 40);
    const caption = await page.locator('si-catalogue').evaluate((el) => el.shadowRoot.querySelector('caption')?.textContent ?? '');
    assert.match(caption, /示例县/, 'the county overlay applied');
    const table = await page.locator('si-catalogue').evaluate((el) => el.shadowRoot.textContent);
    assert.ok(!table.includes('济宁'), 'the overlay replaces the city names of items 13 and 26');
    await page.waitForFunction(() => document.querySelector('si-service-guide')?.shadowRoot?.textContent.includes('社会保障卡'));
    await page.waitForFunction(() => document.querySelector('si-item-card')?.shadowRoot?.textContent.includes('社会保障卡申领'));
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('the fallback link becomes the element with the loader, and stays a working link without JavaScript', async () => {
    const { page, log } = await newWatchedPage(browser);
    await page.goto(`${server.url}/examples/fallback.html`);
    await page.waitForFunction(() => document.querySelector('si-catalogue')?.shadowRoot?.querySelectorAll('tbody tr, li').length > 5);
    assert.equal(await page.locator('si-catalogue').getAttribute('level'), 'township');
    assert.equal(await page.locator('a[href*="si-component"]').count(), 0);
    assert.deepEqual(log.errors, []);
    await page.close();

    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${server.url}/examples/fallback.html`);
    const link = noJs.locator('a[href*="si-component=si-catalogue"]');
    assert.equal(await link.count(), 1);
    await link.click();
    await noJs.waitForURL(/catalogue\.html/);
    const shown = await noJs.locator('si-catalogue').evaluate((el) => el.shadowRoot?.textContent ?? '');
    assert.match(shown, /社会保障卡申领/, 'the static catalogue page reads without JavaScript');
    await context.close();
  });
});
