// End-to-end: keyboard focus is visible (WCAG 2.4.7) on every kind of focusable control of every
// component, in every theme and under forced colours, measured by pixels: a screenshot of the
// control and its surroundings focused is compared with one unfocused, and the focus indicator
// must change at least as many pixels as a 1 px line around the control (2.4.11's minimum area).
//   npx vite build --mode bundle && node --test test/e2e/a11y-focus.test.js
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openBrowser } from './browser.js';
import { countChangedPixels, openFixture, THEMES } from './a11y-helpers.js';

const RUNS = [...THEMES.map((theme) => ({ theme })), { theme: 'default', forcedColors: true }, { theme: 'elder high-contrast' }];

/** Space around a control included in its screenshot, for the ring and its offset. */
const MARGIN = 10;

describe('visible keyboard focus', () => {
  let session;
  before(async () => {
    session = await openBrowser();
  });
  after(() => session.close());

  for (const run of RUNS) {
    const name = `${run.theme}${run.forcedColors ? ', forced colours' : ''}`;
    it(`every focusable control of every component shows its focus (${name})`, { timeout: 120000 }, async () => {
      const { page, log } = await openFixture(session, { ...run, height: 900 });
      // A key press first: focus() then matches :focus-visible, as after Tab.
      await page.keyboard.press('Tab');
      await page.mouse.move(0, 0);
      const kinds = await page.evaluate(() => {
        const { all, visible, interactive, describe } = window.__a11y;
        const seen = new Map();
        for (const element of all()) {
          if (!(element.getRootNode() instanceof ShadowRoot) || !interactive(element) || !visible(element)) continue;
          const kind = describe(element);
          if (!seen.has(kind)) seen.set(kind, element);
        }
        window.__focusKinds = [...seen.values()];
        return [...seen.keys()];
      });
      assert.ok(kinds.length >= 20, `only ${kinds.length} kinds of focusable control found: ${kinds.join(', ')}`);
      const failures = [];
      const figures = [];
      for (let index = 0; index < kinds.length; index += 1) {
        const box = await page.evaluate((index) => {
          const element = window.__focusKinds[index];
          document.activeElement?.blur?.();
          element.scrollIntoView({ block: 'center', inline: 'nearest' });
          const rect = element.getBoundingClientRect();
          return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
        }, index);
        const viewport = page.viewportSize();
        const clip = {
          x: Math.max(0, box.x - MARGIN),
          y: Math.max(0, box.y - MARGIN),
        };
        clip.width = Math.min(viewport.width, box.x + box.width + MARGIN) - clip.x;
        clip.height = Math.min(viewport.height, box.y + box.height + MARGIN) - clip.y;
        const unfocused = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
        const focusVisible = await page.evaluate((index) => {
          const element = window.__focusKinds[index];
          element.focus({ preventScroll: true });
          return element.matches(':focus-visible');
        }, index);
        const focused = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
        const changed = await countChangedPixels(page, unfocused, focused);
        // The part of the control's outline inside the screenshot, 1 px wide.
        const visibleWidth = Math.min(box.width, clip.width);
        const visibleHeight = Math.min(box.height, clip.height);
        const needed = Math.round(2 * (visibleWidth + visibleHeight));
        figures.push(`${kinds[index]}: ${changed}/${needed}`);
        if (!focusVisible) failures.push(`${kinds[index]}: focus() did not match :focus-visible`);
        else if (changed < needed) failures.push(`${kinds[index]}: focus changes ${changed} px, needs ≥ ${needed}`);
      }
      if (process.env.A11Y_FIGURES) console.log(`# ${name}\n# ${figures.join('\n# ')}`);
      assert.deepEqual(failures, [], `${failures.length} of ${kinds.length} kinds without visible focus (${name}):\n${failures.join('\n')}`);
      assert.deepEqual(log.errors, []);
      await page.close();
    });
  }
});
