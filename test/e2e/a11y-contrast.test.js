// End-to-end: non-text contrast (WCAG 1.4.11). Every control a component draws with a boundary
// (a border, or a fill of its own) shows it at 3:1 at least against the surface it sits on (the
// nearest background behind it, across shadow roots), in every theme. Computed from the drawn
// (computed) colours. Controls drawn as text only (links, text buttons) fall under text contrast.
//   npx vite build --mode bundle && node --test test/e2e/a11y-contrast.test.js
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openBrowser } from './browser.js';
import { openFixture, THEMES } from './a11y-helpers.js';

/** In the page: each bounded control's best boundary contrast against its surface. */
function measure() {
  const { all, visible, describe } = window.__a11y;
  const parse = (value) => {
    const match = value.match(/rgba?\(([^)]+)\)/);
    if (!match) return undefined;
    const [r, g, b, a = 1] = match[1]
      .split(/[ ,/]+/)
      .filter(Boolean)
      .map(Number);
    return { r, g, b, a };
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  const luminance = ({ r, g, b }) => {
    const channel = (c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const ratio = (x, y) => {
    const [a, b] = [luminance(x), luminance(y)].sort((m, n) => n - m);
    return (a + 0.05) / (b + 0.05);
  };
  const parentOf = (node) => node.assignedSlot ?? node.parentElement ?? (node.getRootNode() instanceof ShadowRoot ? node.getRootNode().host : null);
  /** The colour behind an element: the nearest ancestor background, composited down to white. */
  const surfaceOf = (element) => {
    const layers = [];
    for (let node = parentOf(element); node; node = parentOf(node)) {
      const colour = parse(getComputedStyle(node).backgroundColor);
      if (colour && colour.a > 0) {
        layers.push(colour);
        if (colour.a === 1) break;
      }
    }
    return layers.reduceRight((below, layer) => over(layer, below), { r: 255, g: 255, b: 255, a: 1 });
  };
  const hex = ({ r, g, b }) => `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
  const results = [];
  for (const element of all()) {
    if (!(element.getRootNode() instanceof ShadowRoot) || !element.matches('input, select, button, summary') || !visible(element)) continue;
    const style = getComputedStyle(element);
    const surface = surfaceOf(element);
    const candidates = [];
    for (const side of ['Top', 'Right', 'Bottom', 'Left']) {
      const colour = parse(style[`border${side}Color`]);
      if (parseFloat(style[`border${side}Width`]) > 0 && style[`border${side}Style`] !== 'none' && colour && colour.a > 0) {
        candidates.push({ what: `border ${hex(over(colour, surface))}`, ratio: ratio(over(colour, surface), surface) });
        break;
      }
    }
    const fill = parse(style.backgroundColor);
    // A fill the same as the surface draws no boundary (a section toggle inside its bordered section).
    if (fill && fill.a > 0 && ratio(over(fill, surface), surface) > 1.05) {
      candidates.push({ what: `fill ${hex(over(fill, surface))}`, ratio: ratio(over(fill, surface), surface) });
    }
    if (candidates.length === 0) continue; // drawn as text: text contrast applies
    const best = candidates.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    results.push({ kind: describe(element), what: best.what, surface: hex(surface), ratio: Math.round(best.ratio * 100) / 100 });
  }
  return results;
}

describe('non-text contrast of control boundaries', () => {
  let session;
  before(async () => {
    session = await openBrowser();
  });
  after(() => session.close());

  for (const theme of [...THEMES, 'elder high-contrast']) {
    it(`every control boundary is at least 3:1 against its surface in the ${theme} theme`, { timeout: 60000 }, async () => {
      const { page, log } = await openFixture(session, { theme });
      const results = await page.evaluate(measure);
      const kinds = new Map();
      for (const result of results) {
        const key = `${result.kind}: ${result.what} on ${result.surface}`;
        if (!kinds.has(key) || kinds.get(key).ratio > result.ratio) kinds.set(key, result);
      }
      const low = [...kinds].filter(([, result]) => result.ratio < 3).map(([key, result]) => `${key} = ${result.ratio}:1`);
      if (process.env.A11Y_FIGURES) console.log(`# ${theme}: ${[...kinds].map(([key, r]) => `${key} = ${r.ratio}`).join('; ')}`);
      assert.ok(results.length > 20, `only ${results.length} bounded controls found`);
      assert.deepEqual(low, [], `control boundaries under 3:1 (${theme})`);
      assert.deepEqual(log.errors, []);
      await page.close();
    });
  }
});
