import { EMPTY_FILTER, FILTER_KEYS, knownFilter, type CatalogueFilter } from '../../catalogue/filter.js';
import type { Catalogue } from '../../data/types.js';
import { quote, warnOnce } from '../../internal/warn.js';
import { CatalogueUrlSync, type UrlSyncHost } from './catalogue-url-sync.js';

/** How a filter change came about: typed into the search box, or anything else. */
export type FilterCause = 'typing' | 'other';

export interface FiltersOptions {
  /** Tells the page about a person's change (the element fires `si-filter-change`). */
  onChange: (next: CatalogueFilter, cause: FilterCause) => void;
}

/**
 * The search and filters of `<si-catalogue>`: the reflected attributes as they apply to the
 * catalogue shown (a group or channel it does not have is ignored, with one warning), a
 * person's changes (written to the URL with `sync-url`, announced to the page), and clearing.
 * The URL side is {@link CatalogueUrlSync}.
 */
export class CatalogueFilters {
  private readonly urlSync: CatalogueUrlSync;

  private cached: { catalogue: Catalogue; given: string; filter: CatalogueFilter } | undefined;

  constructor(
    private readonly host: UrlSyncHost,
    private readonly options: FiltersOptions,
  ) {
    this.urlSync = new CatalogueUrlSync(host);
  }

  /** Call before each render: applies filters a `sync-url` URL named, once the catalogue is known. */
  catalogueKnown(catalogue: Catalogue | undefined): void {
    if (catalogue !== undefined) this.urlSync.applyPending(catalogue);
  }

  /** The attributes as given. */
  private given(): CatalogueFilter {
    const { query, group, level, channel } = this.host;
    return { query, group, level, channel };
  }

  /** The filters in effect for `catalogue`: the attributes less the values it does not have (each warned about once). */
  current(catalogue: Catalogue | undefined): CatalogueFilter {
    const given = this.given();
    if (catalogue === undefined) return given;
    const key = FILTER_KEYS.map((name) => given[name]).join('\u0000');
    if (this.cached?.catalogue === catalogue && this.cached.given === key) return this.cached.filter;
    const { filter, unknown } = knownFilter(given, catalogue);
    for (const { key: name, value, accepted } of unknown) {
      warnOnce(
        this.host.localName,
        `${name} ${quote(value)} is not in this catalogue and was ignored (every item is shown); accepted: ${accepted.join('、')}.`,
      );
    }
    this.cached = { catalogue, given: key, filter };
    return filter;
  }

  /** A person's change: applied, written to the URL (`sync-url`) and announced, unless nothing changed. */
  apply(next: CatalogueFilter, catalogue: Catalogue | undefined, cause: FilterCause = 'other'): void {
    const previous = this.current(catalogue);
    if (FILTER_KEYS.every((key) => previous[key] === next[key])) return;
    Object.assign(this.host, next);
    this.urlSync.write(next);
    this.options.onChange(next, cause);
  }

  /** Clears the search and every filter. */
  clear(catalogue: Catalogue | undefined): void {
    this.apply({ ...EMPTY_FILTER }, catalogue);
  }
}

/** Whether any filter or the search is on. */
export function isFiltered(filter: CatalogueFilter): boolean {
  return FILTER_KEYS.some((key) => filter[key] !== '');
}
