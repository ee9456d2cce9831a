import type { ReactiveControllerHost } from 'lit';
import type { Catalogue, CatalogueItem } from '../data/types.js';
import type { LexiconSource } from '../search/lexicon.js';
import { hasLatinLetter } from '../search/match.js';
import { ensurePinyin } from '../search/pinyin-lazy.js';
import type { RankedResult } from '../search/rank.js';
import type { PinyinOf } from '../search/search-index.js';
import { createSearcher, searcherWith, type Searcher } from '../search/searcher.js';
import { devWarn } from '../internal/warn.js';
import { searchableItems, withOriginalItem } from './search-limits.js';

/** What one query found in one catalogue. */
export interface SearchOutcome {
  /** Matching items, best first. */
  readonly ranked: readonly RankedResult<CatalogueItem>[];
  /** The same results by item, for highlights and the official-order view. */
  readonly byItem: ReadonlyMap<CatalogueItem, RankedResult<CatalogueItem>>;
  /** When nothing matched: the closest items, best first. */
  readonly closest: readonly CatalogueItem[];
}

export interface CatalogueSearchOptions {
  /** Syllables precomputed for the catalogue's texts, when it shares the shipped wording. */
  readonly precomputed: (catalogue: Catalogue) => PinyinOf | undefined;
  /** The built-in lexicon; its domain entries apply to catalogues of its domain. */
  readonly lexicon?: LexiconSource;
  /** Pinyin of the built-in lexicon's terms. */
  readonly lexiconPinyin?: PinyinOf;
}

const whenIdle = (callback: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 1000 });
  else setTimeout(callback, 50);
};

/**
 * Search over one catalogue for an element: builds the searcher (index, lexicon with the
 * catalogue's own synonyms, pinyin of terms) when the catalogue changes, ideally at idle right
 * after the first render (`prepare`) so the first keystroke costs what later ones do; matches
 * each query synchronously; and when a Latin-letter query meets texts without precomputed
 * pinyin, loads pinyin in the background and asks the host to render again.
 */
export class CatalogueSearch {
  private catalogue: Catalogue | undefined;
  private searcher: Searcher<CatalogueItem> | undefined;
  /** Cut copies of items with overlong texts (search-limits.ts), to their originals. */
  private originals: ReadonlyMap<CatalogueItem, CatalogueItem> = new Map();
  private cached: { query: string; searcher: Searcher<CatalogueItem>; outcome: SearchOutcome } | undefined;
  /** The searcher whose pinyin is being completed in the background. */
  private upgrading: Searcher<CatalogueItem> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: CatalogueSearchOptions,
  ) {}

  /** Builds the searcher for `catalogue` at the next idle moment, unless a query needs it first. */
  prepare(catalogue: Catalogue): void {
    if (this.catalogue === catalogue) return;
    whenIdle(() => {
      if (this.catalogue !== catalogue) this.searcherFor(catalogue);
    });
  }

  /** The popular searches for the chips: the catalogue's own, else the lexicon's. */
  popularSearches(catalogue: Catalogue): readonly string[] {
    return catalogue.popularSearches ?? this.options.lexicon?.popular ?? [];
  }

  /** The chips for a `popular-searches` attribute: its list (`none`: none), or when empty {@link popularSearches}. */
  popularFor(catalogue: Catalogue, attribute: string): readonly string[] {
    const own = attribute.trim();
    if (own === 'none') return [];
    return own === ''
      ? this.popularSearches(catalogue)
      : own
          .split(/[,，、]/)
          .map((text) => text.trim())
          .filter(Boolean);
  }

  /** The outcome of a query, or undefined for an empty query (every item, in catalogue order). */
  match(catalogue: Catalogue, query: string): SearchOutcome | undefined {
    if (query.trim() === '') return undefined;
    const searcher = this.searcherFor(catalogue);
    if (this.cached?.query === query && this.cached.searcher === searcher) return this.cached.outcome;
    const found = searcher.search(query);
    const results = found.results.map((result) => withOriginalItem(result, this.originals));
    const closest = found.closest.map((result) => withOriginalItem(result, this.originals));
    const outcome: SearchOutcome = {
      ranked: results,
      byItem: new Map(results.map((result) => [result.item, result] as const)),
      closest: closest.map((result) => result.item),
    };
    this.cached = { query, searcher, outcome };
    this.upgradeForPinyin(searcher, query);
    return outcome;
  }

  private searcherFor(catalogue: Catalogue): Searcher<CatalogueItem> {
    if (this.catalogue !== catalogue || this.searcher === undefined) {
      this.catalogue = catalogue;
      const { items, originals } = searchableItems(catalogue.items);
      this.originals = originals;
      this.searcher = createSearcher(items, {
        lexicon: this.options.lexicon,
        domain: catalogue.domain,
        synonyms: catalogue.synonyms,
        pinyinOf: this.options.precomputed(catalogue),
        termPinyinOf: this.options.lexiconPinyin,
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
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (this.upgrading === searcher) this.upgrading = undefined;
        devWarn('pinyin search is unavailable; searches match characters only.', { key: 'pinyin unavailable', detail: error });
      },
    );
  }
}

/** How long typing must pause before the result count is announced. */
export const ANNOUNCE_AFTER_MS = 700;

/**
 * The text of the element's live region: it takes the shown count once it has stayed the same
 * for ANNOUNCE_AFTER_MS, so a screen reader hears one count when typing pauses, not one per
 * keystroke (and nothing while an IME composes, since the count does not change then).
 */
export class SearchAnnouncer {
  /** What the live region says now. */
  text = '';
  private pending: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Called with the shown count on every render; announces it once it settles. */
  follow(shown: string): void {
    // The first count is the page's initial state, not the result of typing: not announced.
    if (this.pending === undefined) this.text = shown;
    if (shown === this.pending) return;
    this.pending = shown;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.text === shown) return;
      this.text = shown;
      this.host.requestUpdate();
    }, ANNOUNCE_AFTER_MS);
  }
}

/**
 * The items to show: those passing the filters and the search, best first while searching
 * unless `officialOrder`, otherwise (and with no query) in catalogue order.
 */
export function orderedMatches(
  items: readonly CatalogueItem[],
  outcome: SearchOutcome | undefined,
  passes: (item: CatalogueItem) => boolean,
  officialOrder: boolean,
): CatalogueItem[] {
  if (outcome === undefined) return items.filter(passes);
  if (officialOrder) return items.filter((item) => outcome.byItem.has(item) && passes(item));
  return outcome.ranked.map((result) => result.item).filter(passes);
}
