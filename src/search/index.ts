/**
 * Search over catalogue items in Chinese characters and pinyin; see docs/search.md.
 * pinyin-pro is never imported statically from here: `loadPinyin` fetches it on demand.
 */
export { foldCodePoint, normalise, normaliseQuery, toSourceRange, type NormalisedText, type TextRange } from './normalise.js';
export {
  buildSearchIndex,
  containsHan,
  firstKnownPinyin,
  forEachSearchableText,
  pinyinFromTable,
  SEARCH_FIELDS,
  type IndexedText,
  type PinyinOf,
  type PinyinTable,
  type SearchableItem,
  type SearchField,
  type SearchIndex,
} from './search-index.js';
export { hasLatinLetter, MAX_QUERY_LENGTH, rangesIn, searchItems, type FieldMatch, type SearchResult } from './match.js';
export { createPinyinLoader, ensurePinyin, loadPinyin, PINYIN_CORRECTIONS, pinyinOfWith, type PinyinModule, type PinyinModuleLoader } from './pinyin-lazy.js';
export { highlight, tidyRanges } from './highlight.js';
