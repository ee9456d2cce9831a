import type { CatalogueFilter } from '../../catalogue/filter.js';
import type { LoadProblem } from '../../data/fetch-json.js';
import type { Catalogue, CatalogueItem } from '../../data/types.js';

/** `si-item-select`: the item whose name a person activated. */
export interface ItemSelectDetail {
  item: CatalogueItem;
}

/** `si-filter-change`: the new search and filters. */
export type FilterChangeDetail = CatalogueFilter;

/** `si-load`: the catalogue now shown. */
export interface LoadDetail {
  catalogue: Catalogue;
}

/** `si-error`: why no catalogue is shown, and the same in words. */
export interface ErrorDetail {
  problem: LoadProblem;
  message: string;
}
