import standardCatalogue from '../data/social-insurance.json';
import searchTable from '../data/social-insurance.search.json';
import type { Catalogue } from '../data/types.js';
import { pinyinFromTable, type PinyinOf, type PinyinTable } from '../search/search-index.js';

/**
 * The built-in standard catalogue (validated by the test suite, so trusted here). In the built
 * package and bundle each item's `notes` (reading provenance, never rendered) is empty, to keep
 * pages small (vite.config.ts); the complete data is `si-catalogue/data/social-insurance.json`.
 */
export const builtinCatalogue = standardCatalogue as unknown as Catalogue;

const precomputedPinyin: PinyinOf = pinyinFromTable(searchTable as unknown as PinyinTable);

/**
 * Syllables precomputed at build time, looked up by text, so they serve any catalogue that
 * shares the standard wording (an overlay, a copy); texts they lack are left to run-time pinyin.
 */
export function cataloguePinyin(): PinyinOf {
  return precomputedPinyin;
}
