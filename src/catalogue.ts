/** Registers `<si-catalogue>` (and the elements it renders) and exports its class. */
/** For `si-catalogue render` (bin/): a load or validation problem in the words the element shows. */
export { catalogueProblemLines } from './components/catalogue/catalogue-states.js';
export * from './components/catalogue/si-catalogue.js';
export { preloadCatalogueChecks } from './components/catalogue/catalogue-source.js';
export { parseColumns, COLUMN_KEYS, type ColumnKey } from './components/catalogue/columns.js';
export { catalogueTranslations, type CatalogueStrings } from './components/catalogue/catalogue.strings.js';
