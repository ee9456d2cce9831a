import standardCatalogue from '../data/social-insurance.json';
import type { Catalogue } from '../data/types.js';

/**
 * The built-in standard catalogue (validated by the test suite, so trusted here). In the built
 * package and bundle each item's `notes` (reading provenance, never rendered) is empty, to keep
 * pages small (vite.config.ts); the complete data is `si-catalogue/data/social-insurance.json`.
 *
 * Data only: the search tables built for it live in `builtin-search.ts`, so an element that
 * only looks items up (`<si-item-card>`, `<si-service-guide>`) never loads search code.
 */
export const builtinCatalogue = standardCatalogue as unknown as Catalogue;
