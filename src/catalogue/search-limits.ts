import type { CatalogueItem } from '../data/types.js';

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
export function searchableItems(items: readonly CatalogueItem[]): { items: CatalogueItem[]; originals: Map<CatalogueItem, CatalogueItem> } {
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
 * `result` naming the original item instead of its cut copy. Delegates to the result itself, so
 * lazily computed parts (highlight ranges) stay lazy.
 */
export function withOriginalItem<R extends { readonly item: CatalogueItem }>(result: R, originals: ReadonlyMap<CatalogueItem, CatalogueItem>): R {
  const original = originals.get(result.item);
  if (original === undefined) return result;
  return Object.create(result, { item: { value: original, enumerable: true } }) as R;
}
