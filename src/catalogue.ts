/** Registers `<si-catalogue>` (and the elements it renders) and exports its class. */
export * from './components/catalogue/si-catalogue.js';
export { parseColumns, COLUMN_KEYS, type ColumnKey } from './components/catalogue/columns.js';
export { catalogueTranslations, type CatalogueStrings } from './components/catalogue/catalogue.strings.js';
