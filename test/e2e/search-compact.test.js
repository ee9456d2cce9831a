// End-to-end: the search chunk of the built bundle carries the lexicon and the pinyin tables in
// compact forms (src/data/compact-*.ts), decoded when it loads. Pinyin of catalogue texts and of
// lexicon terms, including characters only the lexicon has (丢) and terms read in context
// (银行卡 yin hang ka), must work from them without ever fetching pinyin-pro.
// The query set is checked on the shipped path too. Needs `npx vite build --mode bundle` first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { newWatchedPage, openBrowser, repoRoot } from './browser.js';

describe('the compact search data in the bundle', () => {
  let session;
  before(async () => {
    session = await openBrowser();
  });
  after(() => session.close());

  it('finds by the pinyin of catalogue texts and lexicon terms, with no pinyin-pro', async () => {
    const { page, log } = await newWatchedPage(session.browser);
    const pinyinPro = [];
    page.on('request', (request) => {
      if (/pinyin-(pro|runtime)/.test(request.url())) pinyinPro.push(request.url());
    });
    await page.goto(session.url('/demo/'));
    await page.waitForFunction(() => customElements.get('si-catalogue') !== undefined);
    const found = await page.evaluate(
      async (queries) => {
        const el = document.querySelector('#catalogue');
        const names = {};
        for (const query of queries) {
          el.query = query;
          await el.searchReady;
          await el.updateComplete;
          names[query] = el.matchingItems.map((item) => item.name);
        }
        return names;
      },
      ['diule', 'sangzangfei', 'yinhangka', 'shbzk', '社保卡丢了'],
    );
    assert.deepEqual(found.diule, ['社会保障卡补换']);
    assert.deepEqual(found.sangzangfei, ['企业离退休人员丧葬补助金、抚恤金申领']);
    assert.ok(found.yinhangka.length > 0 && found.yinhangka.every((name) => name.includes('发放账户')), found.yinhangka.join(' | '));
    assert.ok(found.shbzk.includes('社会保障卡补换'), found.shbzk.join(' | '));
    assert.deepEqual(found['社保卡丢了'], ['社会保障卡补换']);
    assert.deepEqual(pinyinPro, []);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('answers the query set as well as the source data does (test/search/searcher.test.ts)', async () => {
    const { queries } = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/search-queries.json'), 'utf8'));
    const { page, log } = await newWatchedPage(session.browser);
    await page.goto(session.url('/demo/'));
    await page.waitForFunction(() => customElements.get('si-catalogue') !== undefined);
    const found = await page.evaluate(async (list) => {
      const el = document.querySelector('#catalogue');
      const ids = [];
      for (const { q } of list) {
        el.query = q;
        await el.searchReady;
        await el.updateComplete;
        ids.push(el.matchingItems.map((item) => item.id));
      }
      return ids;
    }, queries);
    const answered = found.filter((ids, at) => ids.slice(0, 3).some((id) => queries[at].a.includes(id))).length;
    const shown = found.map((ids) => ids.length).sort((a, b) => a - b);
    assert.ok(answered / queries.length >= 0.95, `answer in the first 3 for ${answered} of ${queries.length}`);
    assert.ok(shown[Math.floor(shown.length / 2)] <= 5, `median shown ${shown[Math.floor(shown.length / 2)]}`);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('loads the run-time pinyin chunks for a Latin query on texts the tables lack (an overlay item)', async () => {
    const { page, log } = await newWatchedPage(session.browser);
    const chunks = [];
    page.on('request', (request) => {
      const name = /si-catalogue\.(pinyin-[a-z-]+)-[^/]+\.js$/.exec(request.url())?.[1];
      if (name) chunks.push(name);
    });
    await page.goto(session.url('/demo/township.html'));
    await page.waitForFunction(() => customElements.get('si-catalogue') !== undefined);
    await page.evaluate(async () => {
      const el = document.querySelector('#township-catalogue');
      await el.updateComplete;
      el.query = 'xiangzhendaiban';
      await el.searchReady;
    });
    await page.waitForFunction(() => document.querySelector('#township-catalogue').matchingItems.some((item) => item.name.startsWith('社会保障卡乡镇代办')));
    assert.deepEqual(chunks.sort(), ['pinyin-pro-entry', 'pinyin-runtime']);
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});
