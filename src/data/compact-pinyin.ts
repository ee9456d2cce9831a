/**
 * The compact form the built-in catalogue's pinyin table (src/data/social-insurance.search.json)
 * ships in. The table maps each searchable text of the catalogue to its syllables, so it repeats
 * every text the catalogue already carries and the syllable of every character as often as the
 * character is printed. Here it is only the reading of each distinct character, grouped by
 * syllable (`bao保报biao表…`), and the texts whose reading in context differs from that
 * (`words`, none today); the texts themselves are those of the catalogue it ships with. About
 * 1 KB gzip less. vite.config.ts encodes it at build time; the committed JSON stays the source
 * that the tests and scripts read.
 */
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

const HAN = /\p{Script=Han}/u;

/** The distinct searchable texts with Chinese characters (name, group, content, basis), sorted. */
function searchableTexts(catalogue: Catalogue): string[] {
  const texts = new Set<string>();
  for (const item of catalogue.items) for (const text of [item.name, item.group, ...item.content, ...item.basis]) if (HAN.test(text)) texts.add(text);
  return [...texts].sort();
}

function readingsOf(readings: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const [, syllable, characters] of readings.matchAll(/([a-z]+)([^a-z]+)/g)) for (const character of characters!) map.set(character, syllable!);
  return map;
}

/** The table again: for every searchable text of `catalogue`, the syllables of its characters. */
export function decodePinyin(packed: PackedPinyin, catalogue: Catalogue): ExpandedPinyinTable {
  const readings = readingsOf(packed.readings);
  const pinyin: Record<string, string> = {};
  for (const text of searchableTexts(catalogue)) pinyin[text] = packed.words[text] ?? Array.from(text, (character) => readings.get(character) ?? '').join(' ');
  return { format: 1, generator: packed.generator, pinyin };
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
  const readings = new Map<string, string>();
  for (const text of keys) {
    const syllables = table.pinyin[text]!.split(' ');
    Array.from(text).forEach((character, at) => {
      if (syllables[at] && !readings.has(character)) readings.set(character, syllables[at]!);
    });
  }
  const bySyllable = new Map<string, string>();
  for (const [character, syllable] of [...readings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    bySyllable.set(syllable, (bySyllable.get(syllable) ?? '') + character);
  const packedReadings = [...bySyllable]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([syllable, characters]) => syllable + characters)
    .join('');
  const words: Record<string, string> = {};
  for (const text of keys) {
    const derived = Array.from(text, (character) => readings.get(character) ?? '').join(' ');
    if (derived !== table.pinyin[text]) words[text] = table.pinyin[text]!;
  }
  const packed: PackedPinyin = { generator: table.generator, readings: packedReadings, words };
  const decoded = decodePinyin(packed, catalogue).pinyin;
  for (const text of keys)
    if (decoded[text] !== table.pinyin[text]) throw new Error(`compact pinyin: ${JSON.stringify(text)} does not survive the compact form`);
  return packed;
}
