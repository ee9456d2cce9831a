import searchTable from '../data/social-insurance.search.json';
// The lexicon as built from src/data/search-lexicon.json by scripts/build-search-index.js: terms
// and meanings only (kinds and sources are documentation), with the pinyin of its terms.
import lexiconTable from '../data/search-lexicon.search.json';
import type { LexiconSource } from '../search/lexicon.js';
import { lexiconPinyin, parseCompactLexicon, type LexiconPinyinTable } from '../search/lexicon-pinyin.js';
import { pinyinFromTable, type PinyinOf, type PinyinTable } from '../search/search-index.js';

/**
 * The search tables built at build time for the built-in catalogue (`builtin.ts`) and lexicon:
 * only `<si-catalogue>`'s search imports them.
 */

const precomputedPinyin: PinyinOf = pinyinFromTable(searchTable as unknown as PinyinTable);

/**
 * Syllables precomputed at build time, looked up by text, so they serve any catalogue that
 * shares the standard wording (an overlay, a copy); texts they lack are left to run-time pinyin.
 */
export function cataloguePinyin(): PinyinOf {
  return precomputedPinyin;
}

/** The built-in search lexicon (src/data/search-lexicon.json, checked by test/search-lexicon.test.ts). */
export const builtinLexicon: LexiconSource = parseCompactLexicon(lexiconTable as unknown as LexiconPinyinTable);

/** Pinyin of the built-in lexicon's terms, read from the catalogue's table plus a small supplement. */
export const builtinLexiconPinyin: PinyinOf = lexiconPinyin(searchTable as unknown as PinyinTable, lexiconTable as unknown as LexiconPinyinTable);
