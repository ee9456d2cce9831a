import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { orderedMatches, type CatalogueSearch, type SearchOutcome } from '../../catalogue/catalogue-search.js';
import { passesFilters, type CatalogueFilter } from '../../catalogue/filter.js';
import type { Catalogue, CatalogueItem } from '../../data/types.js';

/** What the search and filters let through, in the order shown. */
export interface Results {
  /** The search's outcome, or undefined with no query. */
  readonly matches: SearchOutcome | undefined;
  /** The items shown: best first while searching (unless 按目录顺序), else in catalogue order. */
  readonly matching: readonly CatalogueItem[];
}

/**
 * The results of `<si-catalogue>`: computed once per change of catalogue, filter, order or search
 * outcome (a render and the `matchingItems` getter share them), and the search index built at
 * idle after a render shows a catalogue, so the first keystroke costs what later ones do.
 */
export class CatalogueResults implements ReactiveController {
  /** The last results; the same outcome object means the same query (no query: undefined). */
  private cached: { catalogue: Catalogue; outcome: SearchOutcome | undefined; filter: CatalogueFilter; officialOrder: boolean; results: Results } | undefined;

  private shown: Catalogue | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly search: CatalogueSearch,
  ) {
    host.addController(this);
  }

  /** The results for `catalogue` under `filter`. */
  find(catalogue: Catalogue, filter: CatalogueFilter, officialOrder: boolean): Results {
    const outcome = this.search.match(catalogue, filter.query);
    const cached = this.cached;
    if (
      cached !== undefined &&
      cached.catalogue === catalogue &&
      cached.outcome === outcome &&
      cached.officialOrder === officialOrder &&
      cached.filter.group === filter.group &&
      cached.filter.level === filter.level &&
      cached.filter.channel === filter.channel
    ) {
      return cached.results;
    }
    const results: Results = { matches: outcome, matching: orderedMatches(catalogue.items, outcome, (item) => passesFilters(item, filter), officialOrder) };
    this.cached = { catalogue, outcome, filter, officialOrder, results };
    return results;
  }

  /** Call when a render shows `catalogue`: its index is built at the next idle moment. */
  showing(catalogue: Catalogue | undefined): void {
    this.shown = catalogue;
  }

  hostUpdated(): void {
    if (this.shown !== undefined) this.search.prepare(this.shown);
  }
}
