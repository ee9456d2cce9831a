// End-to-end: target sizes. In the elder theme (适老化) every interactive element a component
// draws, and every control slotted into a component's `actions` slot, is at least 44 × 44 CSS px;
// in the other themes at least 24 × 24 (WCAG 2.5.8). Measured on the drawn boxes.
//   npx vite build --mode bundle && node --test test/e2e/a11y-targets.test.js
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openBrowser } from './browser.js';
import { openFixture, THEMES } from './a11y-helpers.js';

const RUNS = [...THEMES.map((theme) => ({ theme, width: 1280 })), { theme: 'elder', width: 360 }, { theme: 'default', width: 360 }];

describe('target sizes', () => {
  let session;
  before(async () => {
    session = await openBrowser();
  });
  after(() => session.close());

  for (const { theme, width } of RUNS) {
    const minimum = theme.includes('elder') ? 44 : 24;
    it(`every interactive element is at least ${minimum} × ${minimum} px in the ${theme} theme at ${width} px`, { timeout: 60000 }, async () => {
      const { page, log } = await openFixture(session, { theme, width });
      const { count, small } = await page.evaluate((minimum) => {
        const { all, visible, interactive, describe } = window.__a11y;
        const small = new Map();
        let count = 0;
        for (const element of all()) {
          const own = element.getRootNode() instanceof ShadowRoot;
          const slottedAction = element.assignedSlot?.name === 'actions';
          if ((!own && !slottedAction) || !interactive(element) || !visible(element)) continue;
          count += 1;
          // A wrapped inline target: its whole width, and the height of its lowest line box.
          const lines = [...element.getClientRects()].filter((rect) => rect.width > 0);
          const w = Math.round(element.getBoundingClientRect().width * 10) / 10;
          const h = Math.round(Math.min(...lines.map((rect) => rect.height)) * 10) / 10;
          if (w + 0.5 < minimum || h + 0.5 < minimum) {
            const kind = describe(element);
            const entry = small.get(kind) ?? { n: 0, w, h };
            entry.n += 1;
            if (w * h < entry.w * entry.h) Object.assign(entry, { w, h });
            small.set(kind, entry);
          }
        }
        return { count, small: [...small].map(([kind, { n, w, h }]) => `${kind}: ${n} × (smallest ${w}×${h})`) };
      }, minimum);
      if (process.env.A11Y_FIGURES) console.log(`# ${theme} ${width}: ${count} targets; ${small.join('; ') || 'all large enough'}`);
      assert.ok(count > 100, `only ${count} interactive elements found`);
      assert.deepEqual(small, [], `targets under ${minimum} × ${minimum} px (${theme}, ${width} px)`);
      assert.deepEqual(log.errors, []);
      await page.close();
    });
  }
});
