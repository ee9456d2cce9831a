import type { ReactiveControllerHost } from 'lit';
import type { Catalogue, CatalogueItem } from '../data/types.js';
import { searchItems, type SearchResult } from '../search/match.js';
import { ensurePinyin } from '../search/pinyin-lazy.js';
import { buildSearchIndex, type PinyinOf, type SearchIndex } from '../search/search-index.js';
import { searchableItems } from './search-limits.js';

/**
 * Search over one catalogue for an element: builds the index when the catalogue changes, matches
 * each query synchronously, and when a Latin-letter query meets a catalogue without precomputed
 * pinyin, loads pinyin in the background and asks the host to render again.
 */
export class CatalogueSearch {
  private catalogue: Catalogue | undefined;
  private index: SearchIndex<CatalogueItem> | undefined;
  private originals = new Map<CatalogueItem, CatalogueItem>();
  private cached: { query: string; index: SearchIndex<CatalogueItem>; results: Map<CatalogueItem, SearchResult<CatalogueItem>> } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Syllables precomputed for this catalogue, when it is the shipped one. */
    private readonly precomputed: (catalogue: Catalogue) => PinyinOf | undefined,
  ) {}

  /** The matching items with their highlight ranges, or undefined for an empty query (all match). */
  match(catalogue: Catalogue, query: string): Map<CatalogueItem, SearchResult<CatalogueItem>> | undefined {
    if (query.trim() === '') return undefined;
    const index = this.indexFor(catalogue);
    if (this.cached?.query === query && this.cached.index === index) return this.cached.results;
    const results = new Map(
      searchItems(index, query).map((found) => {
        const original = this.originals.get(found.item);
        const result = original === undefined ? found : { ...found, item: original };
        return [result.item, result] as const;
      }),
    );
    this.cached = { query, index, results };
    this.upgradeForPinyin(index, query);
    return results;
  }

  private indexFor(catalogue: Catalogue): SearchIndex<CatalogueItem> {
    if (this.catalogue !== catalogue || this.index === undefined) {
      this.catalogue = catalogue;
      const { items, originals } = searchableItems(catalogue.items);
      this.originals = originals;
      this.index = buildSearchIndex(items, this.precomputed(catalogue));
      this.cached = undefined;
    }
    return this.index;
  }

  private upgradeForPinyin(index: SearchIndex<CatalogueItem>, query: string): void {
    if (index.pinyinComplete) return;
    ensurePinyin(index, query).then(
      (upgraded) => {
        // Only adopt it if the catalogue did not change while pinyin was loading.
        if (upgraded === index || this.index !== index) return;
        this.index = upgraded;
        this.cached = undefined;
        this.host.requestUpdate();
      },
      (error: unknown) => console.warn('si-catalogue: pinyin search is unavailable:', error),
    );
  }
}
