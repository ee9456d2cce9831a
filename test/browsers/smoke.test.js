// The end-to-end smoke suite in the three engines our readers' browsers use (docs/browsers.md):
// Chromium, Firefox ESR and WebKit (WebKitGTK, Safari's engine). Against the built demo
// (npm run build first; npm run test:browsers does not build):
//   - every demo page loads with every element rendered, without errors, warnings, failed
//     requests or error messages, and without sideways scroll;
//   - the catalogue lists all 50 items; typing a search narrows them; a filter narrows them;
//   - at 360 px the catalogue shows cards and the page does not scroll sideways;
//   - demo/csp.html runs under its strict Content-Security-Policy without a violation (and a
//     deliberate violation is seen, so the check itself works in that engine).
// An engine whose binary is missing is skipped with the reason, except in CI (CI=true), where
// .ci/run installs them and a missing browser fails.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ENGINES, launchBrowser, missingBinary } from './drivers.js';
import { startSmokeServer } from './server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const catalogue = JSON.parse(readFileSync(join(root, 'src/data/social-insurance.json'), 'utf8'));
const DEMO_PAGES = readdirSync(join(root, 'demo'))
  .filter((name) => name.endsWith('.html'))
  .sort()
  .map((name) => `/demo/${name}`);
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 800 };
const ENGINE_FILTER = process.env.SI_BROWSERS ? process.env.SI_BROWSERS.split(',') : ENGINES;

// In-page functions (serialised into the page; no closures over test variables).

/** Every si-* element (through shadow roots) once all are defined, rendered and idle; else false. */
function settledElements() {
  const elements = [];
  const visit = (node) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName.startsWith('si-')) elements.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  const pending = elements.filter(
    (element) =>
      !customElements.get(element.localName) ||
      !element.shadowRoot ||
      element.shadowRoot.childElementCount === 0 ||
      element.isUpdatePending !== false ||
      element.shadowRoot.querySelector('[aria-busy="true"]'),
  );
  if (document.readyState !== 'complete' || elements.length === 0 || pending.length > 0) return false;
  return elements.map((element) => ({
    name: element.localName + (element.id ? `#${element.id}` : ''),
    alert: element.shadowRoot.querySelector('[role="alert"]')?.textContent.replace(/\s+/g, ' ').trim(),
  }));
}

/** What the page logged (test/browsers/recorder.js), and how far it scrolls sideways. */
function pageReport() {
  const log = window.__siSmokeLog ?? { errors: ['the recorder script did not run'], warnings: [] };
  return {
    errors: log.errors.slice(),
    warnings: log.warnings.slice(),
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
}

/** The catalogue's count line and the ids of its rows (table) or cards. */
function catalogueState(selector) {
  const shadow = document.querySelector(selector)?.shadowRoot;
  if (!shadow) return undefined;
  const rows = [...shadow.querySelectorAll('tbody tr[id^="si-item-"]')].map((row) => row.id.slice('si-item-'.length));
  const cards = [...shadow.querySelectorAll('[part~="card"]')];
  return {
    count: shadow.querySelector('[part~="count"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
    rows,
    cards: cards.length,
    cardList: shadow.querySelector('[part~="cards"]') !== null,
    table: shadow.querySelector('table') !== null,
    // sync-url parameters are namespaced by the element's id (si-<id>-query).
    query: new URL(location.href).searchParams.get(shadow.host.id ? `si-${shadow.host.id}-query` : 'si-query'),
  };
}

/** Focuses a control in the catalogue's shadow root; false when it is not there. */
function focusControl(selector, id) {
  const control = document.querySelector(selector)?.shadowRoot?.getElementById(id);
  if (!control) return false;
  control.focus();
  return control.getRootNode().activeElement === control;
}

/** Chooses an option of a select in the catalogue, as picking it does (input, then change). */
function choose(selector, id, value) {
  const select = document.querySelector(selector).shadowRoot.getElementById(id);
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return select.value;
}

/** Shown rows when the count line says "共 N 项（全部 50 项）" and N rows are listed; else false. */
function narrowed(selector) {
  const shadow = document.querySelector(selector).shadowRoot;
  const count = shadow.querySelector('[part~="count"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  const match = /共 (\d+) 项（全部 (\d+) 项）/.exec(count);
  const rows = shadow.querySelectorAll('tbody tr[id^="si-item-"]').length;
  return match && Number(match[1]) === rows && Number(match[1]) < Number(match[2]) ? { shown: rows, count } : false;
}

for (const engine of ENGINE_FILTER) {
  const missing = missingBinary(engine);
  if (missing && process.env.CI) {
    it(`${engine}: its browser is installed (CI installs it)`, () => assert.fail(`${engine}: ${missing}`));
    continue;
  }
  describe(`smoke in ${engine}`, { skip: missing && `${engine} skipped: ${missing}` }, () => {
    let browser;
    let server;
    let startedAt;

    before(async () => {
      startedAt = Date.now();
      server = await startSmokeServer({ root });
      browser = await launchBrowser(engine);
      console.log(`${engine}: ${browser.version}`);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
      console.log(`${engine}: ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
    });

    /** Opens a page, waits until its elements have settled, and returns what they show. */
    async function open(path, viewport = DESKTOP) {
      server.failures.length = 0;
      browser.native.length = 0;
      await browser.open(`${server.url}${path}`, viewport);
      const elements = await browser.waitFor(settledElements, [], { message: `${path}: every si-* element rendered and idle` });
      return elements;
    }

    /** Fails on anything the page, the protocol or the server reported, or an error message shown. */
    async function assertClean(path, elements) {
      const report = await browser.evaluate(pageReport);
      const problems = [
        ...report.errors,
        ...browser.native,
        ...server.failures,
        ...elements.filter((element) => element.alert).map((element) => `${element.name} shows an error: ${element.alert}`),
      ];
      assert.deepEqual(problems, [], `${path} in ${engine}`);
      assert.deepEqual(report.warnings, [], `${path} in ${engine}: console warnings`);
      assert.ok(report.overflow <= 0, `${path} in ${engine} scrolls sideways by ${report.overflow} px`);
    }

    for (const path of DEMO_PAGES) {
      it(`${path} loads: every element renders, no errors, no sideways scroll`, async () => {
        const elements = await open(path);
        await assertClean(path, elements);
      });
    }

    it('the catalogue lists 50 items; typing a search narrows them; a filter narrows them', async () => {
      const elements = await open('/demo/index.html');
      const all = await browser.evaluate(catalogueState, '#catalogue');
      assert.equal(all.rows.length, catalogue.items.length);
      assert.equal(all.count, `共 ${catalogue.items.length} 项`);

      // Typed as keys (pinyin initials of 社保卡), which also loads the lazy pinyin chunk.
      assert.ok(await browser.evaluate(focusControl, '#catalogue', 'si-filter-query'), 'the search box takes focus');
      await browser.type('sbk');
      const searched = await browser.waitFor(narrowed, ['#catalogue'], { message: 'the search "sbk" narrows the list' });
      assert.ok(searched.shown > 0, `"sbk" finds something (${searched.count})`);
      assert.equal((await browser.evaluate(catalogueState, '#catalogue')).query, 'sbk', 'the search is in the address (sync-url)');
      await browser.evaluate(choose, '#catalogue', 'si-filter-query', '');
      await browser.waitFor(
        (selector) => document.querySelector(selector).shadowRoot.querySelectorAll('tbody tr[id^="si-item-"]').length === 50,
        ['#catalogue'],
        {
          message: 'clearing the search shows all 50 again',
        },
      );

      const group = catalogue.items[0].group;
      const expected = catalogue.items.filter((item) => item.group === group).map((item) => item.id);
      assert.equal(await browser.evaluate(choose, '#catalogue', 'si-filter-group', group), group, `the group filter offers ${group}`);
      await browser.waitFor(narrowed, ['#catalogue'], { message: `the group filter ${group} narrows the list` });
      assert.deepEqual((await browser.evaluate(catalogueState, '#catalogue')).rows, expected);
      await assertClean('/demo/index.html (after search and filter)', elements);
    });

    it('at 360 px the catalogue shows cards and the page does not scroll sideways', async () => {
      const elements = await open('/demo/index.html', PHONE);
      assert.equal(await browser.evaluate(() => window.innerWidth), PHONE.width);
      const state = await browser.evaluate(catalogueState, '#catalogue');
      assert.ok(state.cardList && !state.table, `card view at 360 px (cards: ${state.cardList}, table: ${state.table})`);
      assert.equal(state.cards, catalogue.items.length);
      const inside = await browser.evaluate(() => {
        const element = document.querySelector('#catalogue');
        const widest = Math.max(...[...element.shadowRoot.querySelectorAll('[part~="card"]')].map((card) => card.getBoundingClientRect().right));
        return { widest, viewport: document.documentElement.clientWidth };
      });
      assert.ok(inside.widest <= inside.viewport, `a card reaches ${inside.widest} px in a ${inside.viewport} px page`);
      await assertClean('/demo/index.html at 360 px', elements);
    });

    it('demo/csp.html runs under its strict policy without a violation, and a violation would be seen', async () => {
      const elements = await open('/demo/csp.html');
      const state = await browser.evaluate(catalogueState, '#csp-catalogue');
      assert.ok(state.rows.length > 0, `the local edition is listed (${state.count})`);
      await assertClean('/demo/csp.html', elements);
      // An image from elsewhere breaks default-src 'self': the recorder must report it.
      await browser.evaluate(() => {
        const probe = new Image();
        probe.src = 'http://127.0.0.2:9/csp-probe.png';
        document.body.append(probe);
      });
      await browser.waitFor(() => window.__siSmokeLog.errors.some((line) => line.startsWith('CSP violation') && line.includes('csp-probe')), [], {
        message: 'the deliberate CSP violation is reported',
      });
    });
  });
}
