// The results controller alone, with a stand-in host.
import { expect } from '@open-wc/testing';
import { builtinCatalogue } from '../../../src/catalogue/builtin.js';
import { CatalogueSearch } from '../../../src/catalogue/catalogue-search.js';
import { EMPTY_FILTER } from '../../../src/catalogue/filter.js';
import { CatalogueResults } from '../../../src/components/catalogue/catalogue-results.js';
import { StandInHost } from '../../support/stand-in-host.js';

describe('CatalogueResults', () => {
  const search = () => new CatalogueSearch(new StandInHost());

  it('computes the results once per catalogue, filter and order', async () => {
    const catalogueSearch = search();
    // The search code is a chunk of its own (search-engine.ts), loaded after the first render.
    await catalogueSearch.ready;
    const results = new CatalogueResults(new StandInHost(), catalogueSearch);
    const first = results.find(builtinCatalogue, { ...EMPTY_FILTER, query: '社保卡' }, false);
    expect(first.matching.length).to.be.greaterThan(0);
    expect(results.find(builtinCatalogue, { ...EMPTY_FILTER, query: '社保卡' }, false)).to.equal(first);
    const official = results.find(builtinCatalogue, { ...EMPTY_FILTER, query: '社保卡' }, true);
    expect(official).to.not.equal(first);
    expect(official.matching.map((item) => item.seq)).to.deep.equal(first.matching.map((item) => item.seq).sort((a, b) => a - b));
    expect(results.find(builtinCatalogue, { ...EMPTY_FILTER, level: 'township' }, false).matching.every((item) => item.levels.township)).to.equal(true);
  });

  it('builds the index at idle after a render that shows the catalogue, before any query', async () => {
    const catalogueSearch = search();
    let built = 0;
    const prepare = catalogueSearch.prepare.bind(catalogueSearch);
    catalogueSearch.prepare = (catalogue) => {
      built += 1;
      prepare(catalogue);
    };
    const host = new StandInHost();
    const results = new CatalogueResults(host, catalogueSearch);
    results.showing(builtinCatalogue);
    expect(built).to.equal(0);
    host.updated();
    expect(built).to.equal(1);
  });
});
