/**
 * The validators `<si-catalogue>` runs on data from outside (`src`, `overlay-src`, the
 * `catalogue` property): the generated structural checks, the catalogue-wide rules, the overlay
 * merge and their messages in three languages. A chunk of its own (catalogue-source.ts imports
 * it when one of those is set): the built-in catalogue is checked by the test suite, so a page
 * that shows it never loads them (≈6 KB gzip of the CMS bundle, docs/performance.md).
 */
/** @public (read through the imported module by catalogue-source.ts, as `CatalogueChecks`) */
export { validateCatalogue } from '../data/validate.js';
/** @public (read through the imported module by catalogue-source.ts, as `CatalogueChecks`) */
export { applyOverlay } from '../data/overlay.js';
