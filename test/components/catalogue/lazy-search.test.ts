// The search code is a chunk of its own (src/catalogue/search-engine.ts), imported at idle after
// the first render: a query set before it arrives, the element once it has, and the fallback when
// it cannot load. Each test page starts without the chunk, so the first test sees it arrive.
import { expect, fixture, html } from '@open-wc/testing';
import { builtinCatalogue } from '../../../src/catalogue/builtin.js';
import { CatalogueSearch, DEFAULT_POPULAR_SEARCHES, substringOutcome } from '../../../src/catalogue/catalogue-search.js';
import lexicon from '../../../src/data/search-lexicon.json';
import type { SiCatalogue } from '../../../src/catalogue.js';
import '../../../src/catalogue.js';
import { expectConsole } from '../../support/console-guard.js';

import { StandInHost } from '../../support/stand-in-host.js';

// Not test/support/catalogue.ts: it loads the chunk before the tests.
const shadow = (el: SiCatalogue) => el.shadowRoot!;
const rowSeqs = (el: SiCatalogue) => [...shadow(el).querySelectorAll<HTMLElement>('[data-seq]')].map((row) => Number(row.dataset.seq));

const cardReplacement = builtinCatalogue.items.find((item) => item.name.includes('社会保障卡补换'))!;

describe('the search chunk', () => {
  it('a query set before the chunk arrives shows every row, 正在准备搜索…, then the results once it arrives', async () => {
    const el = await fixture<SiCatalogue>(html`<si-catalogue query="社保卡丢了"></si-catalogue>`);
    const count = () => shadow(el).querySelector('.count')?.textContent?.trim();
    // No wrong 没有找到: the rows are there, unsearched, and the count says why.
    expect(shadow(el).textContent).to.not.contain('没有找到');
    expect(count()).to.equal('正在准备搜索…');
    expect(rowSeqs(el).length).to.be.greaterThan(0);
    expect(el.matchingItems.length).to.equal(builtinCatalogue.items.length);
    await el.searchReady;
    await el.updateComplete;
    expect(rowSeqs(el)).to.deep.equal([cardReplacement.seq]);
    expect(count()).to.not.equal('正在准备搜索…');
  });

  it('an element created once the chunk is here searches from its first render', async () => {
    const el = await fixture<SiCatalogue>(html`<si-catalogue query="养老金"></si-catalogue>`);
    expect(el.matchingItems.length).to.be.greaterThan(0);
    expect(el.matchingItems.every((item) => item.name.includes('养老保险'))).to.equal(true);
    el.query = 'shebaoka';
    await el.updateComplete;
    expect(el.matchingItems.map((item) => item.seq)).to.include(cardReplacement.seq);
  });

  it('falls back to a substring match over the official wording, with one warning, when the chunk cannot load', async () => {
    const warnings = expectConsole(/the search code could not be loaded/);
    const host = new StandInHost();
    const search = new CatalogueSearch(host, { load: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')) });
    expect(search.match(builtinCatalogue, '社会保障卡')?.preparing).to.equal(true);
    await search.ready;
    const outcome = search.match(builtinCatalogue, '社会保障卡补换')!;
    expect(outcome.preparing).to.equal(undefined);
    expect(outcome.ranked.map((result) => result.item)).to.deep.equal([cardReplacement]);
    expect(outcome.ranked[0].matches[0]).to.deep.include({ field: 'name', entry: 0 });
    expect(search.match(builtinCatalogue, '没有这样的事项')!.ranked).to.have.length(0);
    expect(warnings).to.have.length(1);
  });

  it('the fallback matches content too, case aside', () => {
    const outcome = substringOutcome(builtinCatalogue.items, '服务指南');
    expect(outcome.ranked.length).to.be.greaterThan(0);
    expect(outcome.closest).to.deep.equal([]);
  });

  it('the default chips in the bundle are the lexicon’s popular searches', () => {
    expect(DEFAULT_POPULAR_SEARCHES).to.deep.equal(lexicon.popular);
  });
});
