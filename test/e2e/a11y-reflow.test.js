// End-to-end: every component reflows at 320 CSS px (WCAG 1.4.10) in every theme, also with
// WCAG 1.4.12 text spacing applied inside the shadow roots (line height 1.5, letter spacing
// 0.12em, word spacing 0.16em, paragraph spacing 2em): the page never scrolls sideways and no
// drawn box reaches past the window's edge. Only the catalogue table's own scrolling region may
// be wider (data tables are an exception in 1.4.10); its cards view is what narrow pages get.
//   npx vite build --mode bundle && node --test test/e2e/a11y-reflow.test.js
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openBrowser } from './browser.js';
import { injectEverywhere, openFixture, TEXT_SPACING_CSS, THEMES } from './a11y-helpers.js';

const WIDTH = 320;

/** What reaches past the right edge: the page's sideways scroll and each box beyond it. */
async function overflow(page) {
  return page.evaluate((width) => {
    const { all, visible, describe } = window.__a11y;
    const inScroller = (element) => {
      for (let node = element; node;) {
        if (node.matches?.('.region')) return true;
        const parent = node.parentElement ?? (node.getRootNode() instanceof ShadowRoot ? node.getRootNode().host : null);
        node = parent;
      }
      return false;
    };
    const boxes = [];
    for (const element of all()) {
      if (!(element.getRootNode() instanceof ShadowRoot) || inScroller(element) || !visible(element)) continue;
      const right = element.getBoundingClientRect().right + window.scrollX;
      if (right > width + 1) boxes.push(`${describe(element)} ends at ${Math.round(right)} px`);
    }
    return { pageWidth: document.documentElement.scrollWidth, boxes: boxes.slice(0, 8), count: boxes.length };
  }, WIDTH);
}

describe(`reflow at ${WIDTH} px`, () => {
  let session;
  before(async () => {
    session = await openBrowser();
  });
  after(() => session.close());

  for (const theme of THEMES) {
    for (const spacing of [false, true]) {
      it(`every component fits ${WIDTH} px in the ${theme} theme${spacing ? ' with 1.4.12 text spacing' : ''}`, { timeout: 60000 }, async () => {
        const { page, log } = await openFixture(session, { theme, width: WIDTH, height: 640 });
        if (spacing) await injectEverywhere(page, TEXT_SPACING_CSS);
        const found = await overflow(page);
        if (process.env.A11Y_FIGURES) console.log(`# ${theme}${spacing ? ' spacing' : ''}: page ${found.pageWidth} px, ${found.count} boxes past the edge`);
        assert.deepEqual(
          { pageWidth: found.pageWidth, boxes: found.boxes },
          { pageWidth: WIDTH, boxes: [] },
          `the page is ${found.pageWidth} px wide; ${found.count} boxes reach past ${WIDTH} px`,
        );
        assert.deepEqual(log.errors, []);
        await page.close();
      });
    }
  }
});
