import searchTable from '../data/social-insurance.search.json';
// The lexicon (src/data/search-lexicon.json) and its terms' pinyin: in the bundle both come in the
// compact form scripts/compact-lexicon.js serves (terms and meanings only, kinds and sources being
// documentation), decoded when this chunk loads.
import lexiconFile from '../data/search-lexicon.json';
import lexiconTable from '../data/search-lexicon.search.json';
import type { LexiconSource } from '../search/lexicon.js';
import { lexiconPinyin } from '../search/lexicon-pinyin.js';
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

/** The built-in search lexicon (src/data/search-lexicon.json, checked by test/search/rank.test.ts). */
export const builtinLexicon: LexiconSource = lexiconFile as LexiconSource;

/** Pinyin of the built-in lexicon's terms (and of others, character by character). */
export const builtinLexiconPinyin: PinyinOf = lexiconPinyin(searchTable as unknown as PinyinTable, lexiconTable as unknown as PinyinTable);
