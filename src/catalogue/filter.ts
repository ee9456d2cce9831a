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

/** The values of the level filter; `''` is no level filter. */
export const LEVELS = ['', 'county', 'township'] as const satisfies ReadonlyArray<CatalogueFilter['level']>;

/** The catalogue's own words for the levels, accepted in the `level` attribute too. */
export const LEVEL_ALIASES: Readonly<Record<string, CatalogueFilter['level']>> = {
  县级: 'county',
  县: 'county',
  乡村级: 'township',
  '乡、村级': 'township',
  乡级: 'township',
  乡镇: 'township',
};

/** Reads a level attribute; anything but `county` or `township` (or their 县级 / 乡、村级 names) means no level filter. */
function parseLevel(value: string | null | undefined): CatalogueFilter['level'] {
  const text = (value ?? '').trim();
  const known = LEVEL_ALIASES[text] ?? text.toLowerCase();
  return known === 'county' || known === 'township' ? known : '';
}

/** A filter value that names nothing in the catalogue, with the values that would. */
export interface UnknownFilterValue {
  key: 'group' | 'level' | 'channel';
  value: string;
  accepted: readonly string[];
}

/**
 * The filter with every group, level and channel that the catalogue does not have replaced by
 * `''` (no filter), and those values: a typo or a third-party link shows everything, with a
 * warning, rather than an empty catalogue while each select says 全部.
 */
export function knownFilter(
  filter: Readonly<Record<keyof CatalogueFilter, string>>,
  catalogue: { groups: readonly string[]; items: readonly CatalogueItem[] },
): { filter: CatalogueFilter; unknown: UnknownFilterValue[] } {
  const unknown: UnknownFilterValue[] = [];
  const check = (key: UnknownFilterValue['key'], value: string, accepted: readonly string[]): string => {
    if (value === '' || accepted.includes(value)) return value;
    unknown.push({ key, value, accepted });
    return '';
  };
  const level = filter.level === '' ? '' : parseLevel(filter.level);
  if (filter.level !== '' && level === '') unknown.push({ key: 'level', value: filter.level, accepted: ['county', 'township'] });
  return {
    filter: {
      query: filter.query,
      group: check('group', filter.group, catalogue.groups),
      level,
      channel: filter.channel === '' ? '' : check('channel', filter.channel, channelsOfCached(catalogue.items)),
    },
    unknown,
  };
}

/** Whether an item passes the group, level and channel filters (the query is matched by search). */
export function passesFilters(item: CatalogueItem, filter: CatalogueFilter): boolean {
  if (filter.group !== '' && item.group !== filter.group) return false;
  if (filter.level !== '' && !item.levels[filter.level]) return false;
  if (filter.channel !== '' && !item.channels.includes(filter.channel)) return false;
  return true;
}

const channelCache = new WeakMap<readonly CatalogueItem[], string[]>();

/** {@link channelsOf}, once per items array: the filter and the toolbar read it on every keystroke. */
export function channelsOfCached(items: readonly CatalogueItem[]): string[] {
  let channels = channelCache.get(items);
  if (channels === undefined) {
    channels = channelsOf(items);
    channelCache.set(items, channels);
  }
  return channels;
}

/** Every channel the items use, in first-use order, for the channel filter's options. */
function channelsOf(items: readonly CatalogueItem[]): string[] {
  return [...new Set(items.flatMap((item) => item.channels))];
}
