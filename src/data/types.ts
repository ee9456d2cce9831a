/**
 * Types of the published data contract, generated from catalogue.schema.json and
 * overlay.schema.json (types.generated.ts, by scripts/build-data-contract.js); docs/data.md is
 * the field reference. Extra fields are allowed in the data and pass through untouched, but are
 * not part of these types.
 */
export type {
  Audience,
  Catalogue,
  CatalogueItem,
  Deadline,
  ItemAmendment,
  ItemService,
  Levels,
  Method,
  Overlay,
  OverlayItemChange,
  SearchSynonym,
  ServicePhone,
} from './types.generated.js';

export type { ValidationError, ValidationResult } from './validation-core.js';
