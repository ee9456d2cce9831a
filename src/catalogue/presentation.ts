import type { CatalogueItem } from '../data/types.js';

const bothLevelsCache = new WeakMap<readonly CatalogueItem[], boolean>();

/**
 * Whether every item is published at both levels (县级 and 乡、村级): then the level filter
 * cannot narrow anything, and the toolbar says so instead of looking broken. Cached per items
 * array: the toolbar asks on every keystroke.
 */
export function everyItemAtBothLevels(items: readonly CatalogueItem[]): boolean {
  let both = bothLevelsCache.get(items);
  if (both === undefined) {
    both = items.length > 0 && items.every((item) => item.levels.county && item.levels.township);
    bothLevelsCache.set(items, both);
  }
  return both;
}

/** One entry of the group index: a first-level item (一级事项), how many items it has, and its first item. */
export interface GroupEntry {
  group: string;
  count: number;
  firstId: string;
}

/** The groups of `items` in the order they first appear, with their counts. */
export function groupEntries(items: readonly CatalogueItem[]): GroupEntry[] {
  const entries = new Map<string, GroupEntry>();
  for (const item of items) {
    const entry = entries.get(item.group);
    if (entry === undefined) entries.set(item.group, { group: item.group, count: 1, firstId: item.id });
    else entry.count += 1;
  }
  return [...entries.values()];
}
