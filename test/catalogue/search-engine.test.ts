import { expect } from '@open-wc/testing';
import { DEFAULT_POPULAR_SEARCHES } from '../../src/catalogue/catalogue-search.js';
import { SearchEngine } from '../../src/catalogue/search-engine.js';
import { builtinCatalogue as standardCatalogue } from '../../src/catalogue/builtin.js';

describe('SearchEngine', () => {
  const ids = (engine: SearchEngine, query: string) => engine.match(standardCatalogue, query).ranked.map((result) => result.item.id);

  it('warming it up at idle changes nothing a query finds', () => {
    const warmed = new SearchEngine(() => undefined);
    warmed.prepare(standardCatalogue);
    warmed.warm(standardCatalogue, DEFAULT_POPULAR_SEARCHES);
    for (const query of ['社', ...DEFAULT_POPULAR_SEARCHES, 'yanglaojin']) {
      const fresh = new SearchEngine(() => undefined);
      expect(ids(warmed, query), query).to.deep.equal(ids(fresh, query));
    }
  });

  it('warms with the first item’s first character and the first popular search, and survives an empty catalogue', () => {
    const engine = new SearchEngine(() => undefined);
    expect(() => engine.warm({ ...standardCatalogue, items: [] }, [])).to.not.throw();
    expect(() => engine.warm(standardCatalogue, ['  '])).to.not.throw();
  });
});
