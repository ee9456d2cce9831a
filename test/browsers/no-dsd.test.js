// `si-catalogue render` output where declarative shadow DOM is missing (Safari before 16.4,
// Firefox before 123), in Chromium, Firefox ESR and WebKit at 360 px (npm run build first).
//
// No engine here can turn declarative shadow DOM off (Firefox 153 has no preference for it any
// more, WebKitGTK no feature flag, Chromium no blink feature), so the older parser is emulated
// the only way it differs: the template loses its shadowrootmode/shadowroot attributes and stays
// an ordinary inert <template>, exactly what an older browser builds from the same markup.
//   - without JavaScript, without DSD: the light-DOM copy is drawn, every item readable, no
//     sideways page scroll;
//   - without JavaScript, with DSD: the shadow table is drawn and the copy is not (not read twice);
//   - with the bundle, without DSD: the element upgrades and the copy is no longer drawn.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ENGINES, launchBrowser, missingBinary } from './drivers.js';
import { startSmokeServer } from './server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const catalogue = JSON.parse(readFileSync(join(root, 'src/data/social-insurance.json'), 'utf8'));
const names = catalogue.items.map((item) => item.name);
const PHONE = { width: 360, height: 800 };
const ENGINE_FILTER = process.env.SI_BROWSERS ? process.env.SI_BROWSERS.split(',') : ENGINES;
// Served from inside the repo (the server's root), in a folder git ignores.
const pagesDir = join('node_modules', '.cache', `si-no-dsd-${process.pid}`);

const DSD_TEMPLATE = /<template(?:\s+shadowroot(?:mode)?="open")+>/;

/** What an older parser makes of the markup: a plain template, no shadow root. */
function withoutDeclarativeShadowDom(html) {
  assert.match(html, DSD_TEMPLATE, 'the render output has a declarative shadow root');
  return html.replace(DSD_TEMPLATE, '<template data-emulates-no-declarative-shadow-dom>');
}

/** What the page draws: the shadow table's rows, the light-DOM copy's rows, the page's text. */
function staticView() {
  const host = document.querySelector('si-catalogue');
  const fallback = host.querySelector(':scope > .si-catalogue-fallback');
  const drawn = (element) => element.getClientRects().length > 0;
  const fallbackRows = fallback ? [...fallback.querySelectorAll('tbody tr')] : [];
  const shadowRows = host.shadowRoot ? [...host.shadowRoot.querySelectorAll('tbody tr')] : [];
  return {
    shadowRoot: host.shadowRoot !== null,
    fallbackRows: fallbackRows.length,
    fallbackDrawn: fallbackRows.filter(drawn).length,
    shadowRows: shadowRows.length,
    shadowDrawn: shadowRows.filter(drawn).length,
    text: document.body.innerText,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
}

before(() => {
  mkdirSync(join(root, pagesDir), { recursive: true });
  const render = (...args) =>
    execFileSync(process.execPath, [join(root, 'bin/si-catalogue.js'), 'render', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  // With the bundle's script tag, as a CMS page has it: whether it runs is the browser's setting.
  const page = render('--script', '/dist/si-catalogue.bundle.js');
  writeFileSync(join(root, pagesDir, 'dsd.html'), page);
  writeFileSync(join(root, pagesDir, 'no-dsd.html'), withoutDeclarativeShadowDom(page));
});
after(() => rmSync(join(root, pagesDir), { recursive: true, force: true }));

for (const engine of ENGINE_FILTER) {
  const missing = missingBinary(engine);
  if (missing && process.env.CI) {
    it(`${engine}: its browser is installed (CI installs it)`, () => assert.fail(`${engine}: ${missing}`));
    continue;
  }
  describe(`si-catalogue render without declarative shadow DOM in ${engine}`, { skip: missing && `${engine} skipped: ${missing}` }, () => {
    let server;
    before(async () => {
      server = await startSmokeServer({ root });
    });
    after(() => server?.close());

    describe('without JavaScript', () => {
      let browser;
      before(async () => {
        browser = await launchBrowser(engine, { javascript: false });
      });
      after(() => browser?.close());

      it('without declarative shadow DOM, the light-DOM copy is the table: every item, no sideways scroll', async () => {
        await browser.open(`${server.url}/${pagesDir}/no-dsd.html`, PHONE);
        const view = await browser.evaluate(staticView);
        assert.equal(view.shadowRoot, false, 'the emulation leaves no shadow root');
        assert.equal(view.fallbackRows, names.length);
        assert.equal(view.fallbackDrawn, names.length, 'every row of the copy is drawn');
        assert.match(view.text, /社会保险领域基层政务公开标准目录/);
        for (const name of names) assert.ok(view.text.includes(name), `${name} is on the page`);
        assert.ok(view.overflow <= 0, `the page scrolls sideways by ${view.overflow} px`);
      });

      it('with declarative shadow DOM, the shadow table is drawn and the copy is not', async () => {
        await browser.open(`${server.url}/${pagesDir}/dsd.html`, PHONE);
        const view = await browser.evaluate(staticView);
        assert.equal(view.shadowRoot, true);
        assert.equal(view.shadowDrawn, names.length, 'the shadow table shows every row');
        assert.equal(view.fallbackDrawn, 0, 'the copy is not drawn, so nobody reads the table twice');
        assert.ok(!view.text.includes(names[0]), 'the copy is not in the rendered text');
      });
    });

    describe('with the bundle', () => {
      let browser;
      before(async () => {
        browser = await launchBrowser(engine);
      });
      after(() => browser?.close());

      it('without declarative shadow DOM, the element upgrades and the copy disappears', async () => {
        await browser.open(`${server.url}/${pagesDir}/no-dsd.html`, PHONE);
        const view = await browser.waitFor(
          (rows) => {
            const host = document.querySelector('si-catalogue');
            const shown = host.shadowRoot?.querySelectorAll('[part~="card"], tbody tr').length ?? 0;
            return customElements.get('si-catalogue') && host.isUpdatePending === false && shown >= rows;
          },
          [names.length],
          { message: 'the bundle upgrades the element and shows every item' },
        );
        assert.ok(view);
        const after = await browser.evaluate(staticView);
        assert.equal(after.fallbackDrawn, 0, 'the copy is no longer drawn');
        const log = await browser.evaluate(() => window.__siSmokeLog);
        assert.deepEqual([...log.errors, ...browser.native, ...server.failures], []);
      });
    });
  });
}
