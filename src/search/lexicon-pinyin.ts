/**
 * Pinyin of lexicon terms without pinyin-pro: each character takes the reading it has in the
 * catalogue's precomputed table, and `search-lexicon.search.json` (written by
 * scripts/build-search-index.js, which derives readings the same way) adds the characters the
 * catalogue never prints and the few terms read differently in context (银行 yin hang).
 */
import type { LexiconSource, SynonymEntry } from './lexicon.js';
import type { PinyinOf, PinyinTable } from './search-index.js';

/** `src/data/search-lexicon.search.json`. */
export interface LexiconPinyinTable {
  readonly format: 1;
  readonly generator: string;
  /** The lexicon, compact (see `parseCompactLexicon`). */
  readonly domain: string;
  readonly ignore: string;
  readonly general: string;
  readonly entries: string;
  readonly popular: string;
  /** Each character the catalogue never prints followed by its syllable: `丢diu了le`. */
  readonly chars: string;
  readonly words: Readonly<Record<string, string>>;
}

/** Character → syllable from the first text of the table (in key order) that contains it. */
function characterReadings(table: PinyinTable): Map<string, string> {
  const readings = new Map<string, string>();
  for (const text of Object.keys(table.pinyin).sort()) {
    const syllables = table.pinyin[text].split(' ');
    let at = 0;
    for (const character of text) {
      const syllable = syllables[at++];
      if (syllable && !readings.has(character)) readings.set(character, syllable);
    }
  }
  return readings;
}

/** Syllables of a term, or undefined when one of its Chinese characters has no known reading. */
export function lexiconPinyin(catalogueTable: PinyinTable, lexiconTable: LexiconPinyinTable): PinyinOf {
  let readings: Map<string, string> | undefined;
  return (term) => {
    if (Object.prototype.hasOwnProperty.call(lexiconTable.words, term)) return lexiconTable.words[term].split(' ');
    if (readings === undefined) {
      readings = characterReadings(catalogueTable);
      for (const [, character, syllable] of lexiconTable.chars.matchAll(/([^a-z])([a-z]+)/gu)) readings.set(character, syllable);
    }
    const syllables: string[] = [];
    for (const character of term) {
      const syllable = readings.get(character);
      if (syllable === undefined && /\p{Script=Han}/u.test(character)) return undefined;
      syllables.push(syllable ?? '');
    }
    return syllables;
  };
}

/** The lexicon as `search-lexicon.search.json` ships it: `terms…=means…` lines, words split by spaces. */
export function parseCompactLexicon(table: LexiconPinyinTable): LexiconSource {
  const words = (text: string) => (text === '' ? [] : text.split(' '));
  const entries = (text: string): SynonymEntry[] =>
    text === ''
      ? []
      : text.split('\n').map((line) => {
          const [terms, means] = line.split('=');
          return { terms: words(terms), means: words(means ?? '') };
        });
  return { domain: table.domain, ignore: words(table.ignore), general: entries(table.general), entries: entries(table.entries), popular: words(table.popular) };
}
