/**
 * The compact form the built-in catalogue's pinyin table (src/data/social-insurance.search.json)
 * ships in. The table maps each searchable text of the catalogue to its syllables, so it repeats
 * every text the catalogue already carries and the syllable of every character as often as the
 * character is printed. Here it is only the reading of each distinct character, packed without
 * the characters (compact-readings.ts: `an2ban1bao2…` in GB 2312 order), and the texts whose
 * reading in context differs from that (`words`, none today); the texts themselves are those of
 * the catalogue it ships with. vite.config.ts encodes it at build time; the committed JSON stays
 * the source that the tests and scripts read.
 */
import { characterReadings, chineseTexts, decodeReadings, encodeReadings, hanCharacters, pinyinTableOf, readText } from './compact-readings.js';
import type { Catalogue } from './types.js';

/** The same shape as `PinyinTable` in src/search/search-index.ts (kept apart so data code needs no search code). */
export interface ExpandedPinyinTable {
  readonly format: 1;
  readonly generator: string;
  readonly pinyin: Readonly<Record<string, string>>;
}

export interface PackedPinyin {
  readonly generator: string;
  /** Each syllable followed by the characters read so: `bao保报biao表`. */
  readonly readings: string;
  /** Texts whose syllables are not their characters' readings, with their syllables. */
  readonly words: Readonly<Record<string, string>>;
}

/** The distinct searchable texts with Chinese characters (name, group, content, basis), sorted. */
const searchableTexts = (catalogue: Catalogue): string[] =>
  chineseTexts(catalogue.items.flatMap((item) => [item.name, item.group, ...item.content, ...item.basis]));

/**
 * The table again: for every searchable text of `catalogue`, the syllables of its characters.
 * A text a character of which has no reading (no GBK decoder, see compact-readings.ts) is left
 * out, so search treats it as having no pinyin yet.
 */
export function decodePinyin(packed: PackedPinyin, catalogue: Catalogue): ExpandedPinyinTable {
  const texts = searchableTexts(catalogue);
  return pinyinTableOf(texts, decodeReadings(packed.readings, hanCharacters(texts)), packed.words, packed.generator);
}

/**
 * The compact form of `table` for `catalogue` (build time). Each character takes its syllable in
 * the first text (sorted) that has it, as src/search/lexicon-pinyin.ts derives readings. Throws
 * when the table is not exactly the catalogue's texts or does not decode to itself.
 */
export function encodePinyin(table: ExpandedPinyinTable, catalogue: Catalogue): PackedPinyin {
  const texts = searchableTexts(catalogue);
  const keys = Object.keys(table.pinyin).sort();
  if (keys.join('\n') !== texts.join('\n'))
    throw new Error('compact pinyin: the table does not list exactly the catalogue\'s texts; run "npm run search:index"');
  const readings = characterReadings(table.pinyin);
  const characters = hanCharacters(keys);
  // A character only ever read '' (pinyin-pro did not know it) keeps '' as its reading.
  for (const character of characters) if (!readings.has(character)) readings.set(character, '');
  const packedReadings = encodeReadings(readings, characters);
  const words: Record<string, string> = {};
  for (const text of keys) {
    if (readText(text, readings)?.join(' ') !== table.pinyin[text]) words[text] = table.pinyin[text]!;
  }
  const packed: PackedPinyin = { generator: table.generator, readings: packedReadings, words };
  const decoded = decodePinyin(packed, catalogue).pinyin;
  for (const text of keys)
    if (decoded[text] !== table.pinyin[text]) throw new Error(`compact pinyin: ${JSON.stringify(text)} does not survive the compact form`);
  return packed;
}
