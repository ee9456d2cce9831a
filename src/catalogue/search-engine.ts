import type { Catalogue, CatalogueItem } from '../data/types.js';
import { hasLatinLetter } from '../search/match.js';
import { ensurePinyin } from '../search/pinyin-lazy.js';
import { createSearcher, searcherWith, type Searcher } from '../search/searcher.js';
import { devWarn } from '../internal/warn.js';
import { builtinLexicon, builtinLexiconPinyin, cataloguePinyin } from './builtin-search.js';
import type { SearchOutcome } from './catalogue-search.js';
import { searchableItems, withOriginalItem } from './search-limits.js';

const whenIdle = (callback: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 1000 });
  else setTimeout(callback, 50);
};

/** Results whose highlights {@link SearchEngine.warm} reads: about a screen of rows. */
const WARM_ROWS = 12;

/**
 * The search implementation of `<si-catalogue>`: a chunk of its own (with src/search/*, the
 * lexicon and the built-in catalogue's pinyin), imported by catalogue-search.ts at idle after the
 * first render, so the bundle a page loads first does not carry it.
 */
export class SearchEngine {
  private catalogue: Catalogue | undefined;
  private searcher: Searcher<CatalogueItem> | undefined;
  /** Cut copies of items with overlong texts (search-limits.ts), to their originals. */
  private originals: ReadonlyMap<CatalogueItem, CatalogueItem> = new Map();
  private cached: { query: string; searcher: Searcher<CatalogueItem>; outcome: SearchOutcome } | undefined;
  /** The searcher whose pinyin is being completed in the background. */
  private upgrading: Searcher<CatalogueItem> | undefined;

  /** The lexicon's default 常用查询 chips. */
  readonly popular: readonly string[] = builtinLexicon.popular ?? [];

  /** `changed` is called when pinyin loaded in the background changes what a query finds. */
  constructor(private readonly changed: () => void) {}

  /**
   * Builds the searcher for `catalogue` now, unless it is built already, and warms it up at the
   * next idle moment ({@link warm}; building the index is a long task of its own at 10,000 items).
   */
  prepare(catalogue: Catalogue): void {
    const built = this.searcher;
    const searcher = this.searcherFor(catalogue);
    if (searcher === built) return;
    whenIdle(() => {
      if (this.searcher === searcher) this.warm(catalogue, catalogue.popularSearches ?? this.popular);
    });
  }

  /**
   * Runs the searches a first keystroke runs (one character, a phrase through the lexicon and
   * the segmenter) once, results discarded: the first call of each search function runs
   * unoptimised and creates the segmenter and per-index tables, which made the first keystroke
   * 5–10 ms slower than the next (call at idle, after {@link prepare}).
   */
  warm(catalogue: Catalogue, phrases: readonly string[]): void {
    const searcher = this.searcherFor(catalogue);
    const first = catalogue.items.find((item) => item.name !== '')?.name ?? '';
    for (const query of [first.slice(0, 1), ...phrases.slice(0, 1)]) {
      if (query.trim() === '') continue;
      // Highlights are worked out for the drawn rows only, when read: read them as a render would.
      for (const result of this.outcomeOf(searcher, query).ranked.slice(0, WARM_ROWS)) void result.matches;
    }
  }

  /** The outcome of a non-empty query. */
  match(catalogue: Catalogue, query: string): SearchOutcome {
    const searcher = this.searcherFor(catalogue);
    if (this.cached?.query === query && this.cached.searcher === searcher) return this.cached.outcome;
    const outcome = this.outcomeOf(searcher, query);
    this.cached = { query, searcher, outcome };
    this.upgradeForPinyin(searcher, query);
    return outcome;
  }

  private outcomeOf(searcher: Searcher<CatalogueItem>, query: string): SearchOutcome {
    const found = searcher.search(query);
    // Most catalogues have no overlong text: nothing to map back (2,800 results at 10,000 items).
    const mapped = this.originals.size > 0;
    const results = mapped ? found.results.map((result) => withOriginalItem(result, this.originals)) : found.results;
    const closest = mapped ? found.closest.map((result) => withOriginalItem(result, this.originals)) : found.closest;
    return {
      ranked: results,
      byItem: new Map(results.map((result) => [result.item, result] as const)),
      closest: closest.map((result) => result.item),
    };
  }

  private searcherFor(catalogue: Catalogue): Searcher<CatalogueItem> {
    if (this.catalogue !== catalogue || this.searcher === undefined) {
      this.catalogue = catalogue;
      const { items, originals } = searchableItems(catalogue.items);
      this.originals = originals;
      this.searcher = createSearcher(items, {
        lexicon: builtinLexicon,
        domain: catalogue.domain,
        synonyms: catalogue.synonyms,
        pinyinOf: cataloguePinyin(),
        termPinyinOf: builtinLexiconPinyin,
      });
      this.cached = undefined;
    }
    return this.searcher;
  }

  private upgradeForPinyin(searcher: Searcher<CatalogueItem>, query: string): void {
    if (searcher.index.pinyinComplete && searcher.termIndex.pinyinComplete) return;
    // One conversion per searcher: every keystroke starting its own (10,000 items: seconds each)
    // left the page a second behind each key.
    if (this.upgrading === searcher) return;
    if (!hasLatinLetter(query)) return;
    this.upgrading = searcher;
    Promise.all([ensurePinyin(searcher.index, query), ensurePinyin(searcher.termIndex, query)]).then(
      ([index, termIndex]) => {
        // Only adopt it if the catalogue did not change while pinyin was loading.
        if ((index === searcher.index && termIndex === searcher.termIndex) || this.searcher !== searcher) return;
        this.searcher = searcherWith(searcher, index, termIndex);
        this.cached = undefined;
        this.changed();
      },
      (error: unknown) => {
        if (this.upgrading === searcher) this.upgrading = undefined;
        devWarn('pinyin search is unavailable; searches match characters only.', { key: 'pinyin unavailable', detail: error });
      },
    );
  }
}
