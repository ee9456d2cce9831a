import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { EMPTY_FILTER, FILTER_KEYS, knownFilter, type CatalogueFilter } from '../../catalogue/filter.js';
import { readUrlState, urlParamName, writeUrlState } from '../../catalogue/url-state.js';
import type { Catalogue } from '../../data/types.js';
import { quote, warnOnce } from '../../internal/warn.js';

/** What `sync-url` needs of its element: the filter properties, the switch and the id. */
export interface UrlSyncHost extends ReactiveControllerHost, CatalogueFilter {
  readonly syncUrl: boolean;
  readonly id: string;
  readonly localName: string;
}

/**
 * `sync-url`: restores the filters from the page URL and writes a person's changes back, so a
 * filtered view can be bookmarked and shared.
 *
 * - The URL overrides only the filters it names; the others keep the author's attributes (as
 *   they were when the element was first connected), and only what differs from those is
 *   written, so `level="township" sync-url` stays a township view.
 * - Parameters are namespaced by the element's `id` (see `url-state.ts`).
 * - A URL value the catalogue does not have (a typo, a foreign link) is ignored with a warning:
 *   the author's value stays. URL values are checked once the catalogue is known (it may still
 *   be loading), through {@link applyPending}.
 */
export class CatalogueUrlSync implements ReactiveController {
  private authorFilter: CatalogueFilter | undefined;

  private pending: Partial<Record<keyof CatalogueFilter, string>> | undefined;

  constructor(private readonly host: UrlSyncHost) {
    host.addController(this);
  }

  hostConnected(): void {
    const host = this.host;
    this.authorFilter ??= { query: host.query, group: host.group, level: host.level, channel: host.channel };
    if (host.syncUrl) this.restore();
    window.addEventListener('popstate', this.handlePopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.handlePopState);
  }

  /** Applies the filters read from the URL, now that the catalogue says which values exist. */
  applyPending(catalogue: Catalogue): void {
    const fromUrl = this.pending;
    if (fromUrl === undefined) return;
    this.pending = undefined;
    const { filter, unknown } = knownFilter({ ...EMPTY_FILTER, ...fromUrl }, catalogue);
    for (const { key, value, accepted } of unknown) {
      warnOnce(
        this.host.localName,
        `the URL parameter ${urlParamName(key, this.host.id)}=${quote(value)} is not in this catalogue and was ignored; accepted: ${accepted.join('、')}.`,
      );
    }
    const known = FILTER_KEYS.filter((key) => fromUrl[key] !== undefined && !unknown.some((entry) => entry.key === key));
    Object.assign(this.host, Object.fromEntries(known.map((key) => [key, filter[key]])));
  }

  /** Writes a person's filter change into the URL (replacing the history entry), if `sync-url` is on. */
  write(next: CatalogueFilter): void {
    if (!this.host.syncUrl) return;
    const author = this.authorFilter ?? EMPTY_FILTER;
    const state = Object.fromEntries(FILTER_KEYS.map((key) => [key, next[key] === author[key] ? undefined : next[key]]));
    history.replaceState(history.state, '', writeUrlState(location.href, state, this.host.id));
  }

  /** The author's filters, overridden by what the URL names once the catalogue is known. */
  private restore(): void {
    Object.assign(this.host, this.authorFilter ?? EMPTY_FILTER);
    this.pending = readUrlState(location.search, FILTER_KEYS, this.host.id);
    this.host.requestUpdate();
  }

  private readonly handlePopState = () => {
    if (this.host.syncUrl) this.restore();
  };
}
