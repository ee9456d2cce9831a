import type { CatalogueItem } from '../data/types.js';

/** The toolbar's state; each field empty when that filter is off. */
export interface CatalogueFilter {
  query: string;
  /** A first-level item (一级事项) name. */
  group: string;
  level: '' | 'county' | 'township';
  channel: string;
}

export const FILTER_KEYS = ['query', 'group', 'level', 'channel'] as const satisfies ReadonlyArray<keyof CatalogueFilter>;

export const EMPTY_FILTER: CatalogueFilter = { query: '', group: '', level: '', channel: '' };

/** Reads a level attribute; anything but `county` or `township` means no level filter. */
export function parseLevel(value: string | null | undefined): CatalogueFilter['level'] {
  return value === 'county' || value === 'township' ? value : '';
}

/** Whether an item passes the group, level and channel filters (the query is matched by search). */
export function passesFilters(item: CatalogueItem, filter: CatalogueFilter): boolean {
  if (filter.group !== '' && item.group !== filter.group) return false;
  if (filter.level !== '' && !item.levels[filter.level]) return false;
  if (filter.channel !== '' && !item.channels.includes(filter.channel)) return false;
  return true;
}

/** Every channel the items use, in first-use order, for the channel filter's options. */
export function channelsOf(items: readonly CatalogueItem[]): string[] {
  return [...new Set(items.flatMap((item) => item.channels))];
}
