// End-to-end: the CMS bundle fetches another language's words only for elements in that
// language (src/locales/zh-TW.ts and en.ts are each one file beside the bundle,
// si-catalogue.strings-<locale>-*.js): a zh-CN page fetches neither, an English page fetches the
// English file once for all five components, and shows English.
//   npx vite build --mode bundle && node --test test/e2e/locales.test.js
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openFixture } from './a11y-helpers.js';
import { openBrowser } from './browser.js';

/** The page of every component in `lang`, and the locale files it requested, by file name. */
async function localeRequests(session, lang) {
  const requested = [];
  const { page, log } = await openFixture(session, { lang });
  // Read from the page's resource timeline once every element has rendered (openFixture settles).
  const names = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname.split('/').at(-1)));
  for (const name of names) if (/^si-catalogue\.strings-/.test(name)) requested.push(name.replace(/-[\w-]{8}\.js$/, '-*.js'));
  return { page, log, requested: requested.sort() };
}

describe('interface strings of other languages', () => {
  let session;
  before(async () => {
    session = await openBrowser();
  });
  after(() => session.close());

  it('are not fetched by a zh-CN page', { timeout: 60000 }, async () => {
    const { page, log, requested } = await localeRequests(session, 'zh-CN');
    assert.deepEqual(requested, []);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  for (const [lang, file, word] of [
    ['en', 'si-catalogue.strings-en-*.js', 'Search items'],
    ['zh-TW', 'si-catalogue.strings-zh-TW-*.js', '搜尋事項'],
  ]) {
    it(`are fetched once, as one file, by a ${lang} page, for every component`, { timeout: 60000 }, async () => {
      const { page, log, requested } = await localeRequests(session, lang);
      assert.deepEqual(requested, [file]);
      const label = await page.evaluate(() =>
        document.querySelector('si-catalogue').shadowRoot.querySelector('label[for="si-filter-query"]').textContent.trim(),
      );
      assert.equal(label, word);
      assert.deepEqual(log.errors, []);
      await page.close();
    });
  }
});
