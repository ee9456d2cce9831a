import type { ReactiveControllerHost } from 'lit';
import type { Catalogue, CatalogueItem } from '../data/types.js';
import { searchItems, type SearchResult } from '../search/match.js';
import { ensurePinyin } from '../search/pinyin-lazy.js';
import { buildSearchIndex, type PinyinOf, type SearchIndex } from '../search/search-index.js';

/**
 * How many characters of each searchable text (a name, a group, one content or basis entry)
 * search reads. Real entries are a sentence or two; past this, a pasted document would make
 * every keystroke slow (a 1 MB entry blocked the page for seconds), so the rest is not searched.
 * Queries are limited too (MAX_QUERY_LENGTH, 64 characters, in search/match.ts).
 */
export const MAX_SEARCHED_TEXT_LENGTH = 10_000;

/**
 * Items as search reads them: each text cut to MAX_SEARCHED_TEXT_LENGTH. An item with no long
 * text is itself; a cut copy maps back to its original, which results must name.
 */
function searchableItems(items: readonly CatalogueItem[]): { items: CatalogueItem[]; originals: Map<CatalogueItem, CatalogueItem> } {
  const originals = new Map<CatalogueItem, CatalogueItem>();
  const cut = (text: unknown) => (typeof text === 'string' && text.length > MAX_SEARCHED_TEXT_LENGTH ? text.slice(0, MAX_SEARCHED_TEXT_LENGTH) : text);
  const tooLong = (text: unknown) => typeof text === 'string' && text.length > MAX_SEARCHED_TEXT_LENGTH;
  const copies = items.map((item) => {
    const lists = [item.content, item.basis].map((list) => (Array.isArray(list) ? list : []));
    if (![item.name, item.group, ...lists.flat()].some(tooLong)) return item;
    const copy = {
      ...item,
      name: cut(item.name),
      group: cut(item.group),
      content: lists[0]!.map(cut),
      basis: lists[1]!.map(cut),
    } as CatalogueItem;
    originals.set(copy, item);
    return copy;
  });
  return { items: copies, originals };
}

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
