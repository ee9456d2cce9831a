// End-to-end: keyboard cost (WCAG 2.4.1). A catalogue whose 50 item names are links (or buttons)
// is 50 Tab stops; its first Tab stop is a 跳过目录 skip link, and Tab, Enter, Tab reaches
// whatever follows the catalogue. The plain Tab count is measured too, for the record.
//   npx vite build --mode bundle && node --test test/e2e/a11y-keyboard.test.js
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openBrowser } from './browser.js';
import { openFixture } from './a11y-helpers.js';

/** The focused element through shadow roots: its id, or its text. */
const focused = (page) =>
  page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return { id: element?.id ?? '', text: element?.textContent.trim() ?? '', visible: window.__a11y.visible(element) };
  });

describe('keyboard cost of the catalogue', () => {
  let session;
  before(async () => {
    session = await openBrowser();
  });
  after(() => session.close());

  for (const [lang, skipText, endText] of [
    ['zh-CN', '跳过目录', '目录结束'],
    ['en', 'Skip the catalogue', 'End of the catalogue'],
  ]) {
    it(`a ${skipText} link first, and Tab, Enter, Tab gets past the catalogue (${lang})`, { timeout: 60000 }, async () => {
      const { page, log } = await openFixture(session, { lang, only: 'catalogue-links' });
      await page.focus('#before-catalogue');
      await page.keyboard.press('Tab');
      const skip = await focused(page);
      assert.deepEqual(skip, { id: '', text: skipText, visible: true }, 'the first Tab stop is the visible skip link');
      await page.keyboard.press('Enter');
      assert.deepEqual(await focused(page), { id: 'si-catalogue-end', text: endText, visible: false });
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).id, 'after-catalogue', 'three key presses past the catalogue');
      assert.equal(await page.evaluate(() => location.hash), '', 'the skip link leaves the URL alone');

      // Without the skip link: every Tab stop, counted.
      await page.focus('#before-catalogue');
      let presses = 0;
      while ((await focused(page)).id !== 'after-catalogue' && presses < 200) {
        await page.keyboard.press('Tab');
        presses += 1;
      }
      if (process.env.A11Y_FIGURES) console.log(`# ${lang}: ${presses} Tab presses past the catalogue without the skip link, 3 key presses with it`);
      assert.ok(presses > 50, `${presses} Tab stops: the skip link is worth having`);
      assert.deepEqual(log.errors, []);
      await page.close();
    });
  }

  for (const [theme, minimum] of [
    ['default', 24],
    ['elder', 44],
  ]) {
    it(`the focused skip link is a ${minimum} × ${minimum} px target with a visible ring (${theme})`, async () => {
      const { page } = await openFixture(session, { theme, only: 'catalogue-links' });
      await page.focus('#before-catalogue');
      await page.keyboard.press('Tab');
      const shown = await page.evaluate(() => {
        const link = document.getElementById('catalogue-links').shadowRoot.querySelector('.skip-link');
        const box = link.getBoundingClientRect();
        return { width: box.width, height: box.height, ring: getComputedStyle(link).outlineStyle, focusVisible: link.matches(':focus-visible') };
      });
      assert.ok(shown.width >= minimum && shown.height >= minimum, `${shown.width} × ${shown.height}`);
      assert.deepEqual({ ring: shown.ring, focusVisible: shown.focusVisible }, { ring: 'solid', focusVisible: true });
      await page.close();
    });
  }

  it('the skip link also precedes the card view, and a catalogue of plain names (one Tab stop) has none', { timeout: 60000 }, async () => {
    const { page } = await openFixture(session, { only: 'catalogue-cards,catalogue-links' });
    const links = await page.evaluate(() =>
      ['catalogue-cards', 'catalogue-links'].map((id) => document.getElementById(id).shadowRoot.querySelectorAll('.skip-link').length),
    );
    assert.deepEqual(links, [1, 1]);
    await page.evaluate(() => {
      const catalogue = document.getElementById('catalogue-links');
      catalogue.removeAttribute('guide-href');
      return catalogue.updateComplete;
    });
    assert.equal(await page.evaluate(() => document.getElementById('catalogue-links').shadowRoot.querySelectorAll('.skip-link').length), 0);
    await page.close();
  });
});
