/**
 * Pinyin of lexicon terms without pinyin-pro: a term of the built-in lexicon takes its syllables
 * from `search-lexicon.search.json` (written by scripts/build-search-index.js, shipped compact:
 * src/data/compact-lexicon.ts); any other term (a site's synonyms) is read character by
 * character, each taking the reading it has in the catalogue's table or in the lexicon's.
 */
import { characterReadings, readText } from '../data/compact-readings.js';
import type { PinyinOf, PinyinTable } from './search-index.js';

/** Syllables of a term, or undefined when one of its Chinese characters has no known reading. */
export function lexiconPinyin(catalogueTable: PinyinTable, lexiconTable: PinyinTable): PinyinOf {
  let readings: Map<string, string> | undefined;
  return (term) => {
    if (Object.prototype.hasOwnProperty.call(lexiconTable.pinyin, term)) return lexiconTable.pinyin[term].split(' ');
    if (readings === undefined) {
      readings = characterReadings(lexiconTable.pinyin);
      // The catalogue's reading wins: the lexicon's terms were read from it.
      for (const [character, syllable] of characterReadings(catalogueTable.pinyin)) readings.set(character, syllable);
    }
    return readText(term, readings);
  };
}
