// End-to-end: language of parts (WCAG 3.1.2). With an English interface every Chinese data text
// the components draw (in their shadow roots, filter <option>s included) sits inside an element
// with lang="zh-CN", so a screen reader switches to a Chinese voice for it; with a Chinese
// interface no lang mark is needed. A text is data when Chinese characters are most of its letters
// (an English sentence that quotes a Chinese term, such as "make-up working days (调休上班)", is not).
//   npx vite build --mode bundle && node --test test/e2e/a11y-lang.test.js
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openBrowser } from './browser.js';
import { openFixture } from './a11y-helpers.js';

describe('language of parts', () => {
  let session;
  before(async () => {
    session = await openBrowser();
  });
  after(() => session.close());

  for (const lang of ['en', 'en-GB']) {
    it(`every Chinese data text in an ${lang} interface is marked lang="zh-CN"`, { timeout: 60000 }, async () => {
      const { page, log } = await openFixture(session, { lang });
      const { total, unmarked } = await page.evaluate(() => {
        const { all, component, closestLang } = window.__a11y;
        const han = /\p{Script=Han}/gu;
        const latin = /[A-Za-z]/g;
        let total = 0;
        const unmarked = new Map();
        for (const host of all().filter((element) => element.shadowRoot && element.localName.startsWith('si-'))) {
          const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.data.trim();
            const hanCount = text.match(han)?.length ?? 0;
            if (hanCount === 0 || hanCount < (text.match(latin)?.length ?? 0) || node.parentElement?.closest('style, svg')) continue;
            total += 1;
            if (!closestLang(node).toLowerCase().startsWith('zh')) {
              const key = `${component(node).id || component(node).localName} <${node.parentElement.localName}>`;
              unmarked.set(key, [...(unmarked.get(key) ?? []), text.slice(0, 20)]);
            }
          }
        }
        return { total, unmarked: [...unmarked].map(([key, texts]) => `${key}: ${texts.length} (${texts.slice(0, 2).join(' | ')})`) };
      });
      if (process.env.A11Y_FIGURES) console.log(`# ${lang}: ${total} Chinese texts, unmarked: ${unmarked.join('; ')}`);
      assert.ok(total > 300, `only ${total} Chinese texts found`);
      assert.deepEqual(unmarked, [], `Chinese data without lang="zh-CN" in an ${lang} interface`);
      assert.deepEqual(log.errors, []);
      await page.close();
    });
  }

  it('labels end in the interface’s own colon (: in English, ： in Chinese), generated content included', async () => {
    const colons = {};
    for (const lang of ['en', 'zh-CN']) {
      const { page } = await openFixture(session, { lang, only: 'service-guide' });
      colons[lang] = await page.evaluate(() => {
        const root = document.getElementById('guide').shadowRoot;
        return [root.querySelector('.pairs dt'), root.querySelectorAll('.check-label')[3]].map((element) => getComputedStyle(element, '::after').content);
      });
      await page.close();
    }
    assert.deepEqual(colons, { en: ['": "', '": "'], 'zh-CN': ['"："', '"："'] });
  });

  it('a Chinese interface adds no lang marks to the data', async () => {
    const { page } = await openFixture(session, { lang: 'zh-CN', only: 'item-card,service-guide,channel-badges' });
    const marked = await page.evaluate(() =>
      window.__a11y
        .all()
        .filter((element) => element.getRootNode() instanceof ShadowRoot && element.hasAttribute('lang'))
        .map((element) => window.__a11y.describe(element)),
    );
    assert.deepEqual(marked, []);
    await page.close();
  });
});
