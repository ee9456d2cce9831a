/**
 * Character readings (character → toneless syllable) in the fewest bytes, for the compact pinyin
 * of the built-in catalogue (compact-pinyin.ts) and lexicon (compact-lexicon.ts).
 *
 * The characters themselves are not stored: the decoder is given the texts they come from (the
 * catalogue's, the lexicon's terms), which the page has anyway. GB 2312's 3,755 level-1
 * characters are sorted by pinyin, and browsers decode GB 2312 (`TextDecoder('gbk')`, in every
 * browser we support), so listed in GB 2312 order the characters' syllables only ever go up:
 * `an2ban1bao2…` (two characters read an, one ban, …) says which is which. Characters outside
 * level 1, or whose reading here is not the one GB 2312 files them under (重 chong, 了 le), follow
 * one by one: `|重chong了le`. That is about a third of `bao保报bei备…` gzipped.
 */

const HAN = /\p{Script=Han}/u;

/** Whether `character` is Chinese; the common block without the (slow, at load) Unicode-property regex. */
function isHan(character: string): boolean {
  const code = character.charCodeAt(0);
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x2e80 && HAN.test(character));
}
const SYLLABLE = /^[a-z]*$/;

let gbText: string | undefined;

/**
 * GB 2312's level-1 characters (rows 16–55, B0A1–D7F9) in their order, by pinyin. Empty where
 * the platform has no GBK decoder (none we support lacks one).
 */
function gb2312Text(): string {
  if (gbText !== undefined) return gbText;
  const bytes = new Uint8Array(2 * 3755);
  let at = 0;
  for (let row = 0xb0; row <= 0xd7; row++)
    for (let cell = 0xa1; cell <= (row === 0xd7 ? 0xf9 : 0xfe); cell++) {
      bytes[at++] = row;
      bytes[at++] = cell;
    }
  try {
    gbText = new TextDecoder('gbk').decode(bytes);
  } catch {
    gbText = '';
  }
  return gbText;
}

/** `characters` that GB 2312 level 1 has, in its order: one pass by char code (about 0.3 ms cold), no sort. */
function inGb2312Order(characters: Iterable<string>): string[] {
  const wanted = new Set<number>();
  // Level 1 is all in the BMP: a character of two code units is never in it.
  for (const character of characters) if (character.length === 1) wanted.add(character.charCodeAt(0));
  const text = gb2312Text();
  const ordered: string[] = [];
  for (let at = 0; at < text.length; at++) if (wanted.has(text.charCodeAt(at))) ordered.push(text[at]!);
  return ordered;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The distinct Chinese characters of `texts`. */
export function hanCharacters(texts: Iterable<string>): Set<string> {
  const characters = new Set<string>();
  for (const text of texts) for (const character of text) if (isHan(character)) characters.add(character);
  return characters;
}

/**
 * Character → syllable from the first text of a pinyin table (texts in sorted order) that reads
 * it as something, as the compact forms and src/search/lexicon-pinyin.ts derive readings.
 */
export function characterReadings(pinyin: Readonly<Record<string, string>>): Map<string, string> {
  const readings = new Map<string, string>();
  for (const text of Object.keys(pinyin).sort()) {
    const syllables = pinyin[text]!.split(' ');
    let at = 0;
    for (const character of text) {
      const syllable = syllables[at++];
      if (syllable && !readings.has(character)) readings.set(character, syllable);
    }
  }
  return readings;
}

/** The distinct texts of `texts` that have a Chinese character, sorted (the keys of a pinyin table). */
export function chineseTexts(texts: Iterable<string>): string[] {
  const chinese = new Set<string>();
  for (const text of texts) if (HAN.test(text)) chinese.add(text);
  return [...chinese].sort();
}

/**
 * The pinyin table (`format: 1`, as src/search/search-index.ts reads it) of `texts`: each text's
 * syllables from `words`, or else from its characters' readings; a text with a Chinese character
 * that has none is left out (search then treats it as having no pinyin yet).
 */
export function pinyinTableOf(
  texts: readonly string[],
  readings: ReadonlyMap<string, string>,
  words: Readonly<Record<string, string>>,
  generator: string,
): { format: 1; generator: string; pinyin: Record<string, string> } {
  const pinyin: Record<string, string> = {};
  for (const text of texts) {
    const syllables = words[text] ?? readText(text, readings)?.join(' ');
    if (syllables !== undefined) pinyin[text] = syllables;
  }
  return { format: 1, generator, pinyin };
}

/** The syllables of `text` from its characters' readings; undefined when a Chinese one has none. */
export function readText(text: string, readings: ReadonlyMap<string, string>): string[] | undefined {
  const syllables: string[] = [];
  for (const character of text) {
    const syllable = readings.get(character);
    if (syllable === undefined && isHan(character)) return undefined;
    syllables.push(syllable ?? '');
  }
  return syllables;
}

/**
 * The readings of `characters` (Chinese ones, e.g. `hanCharacters(texts)`), from `packed` (see
 * the module comment). Throws when `packed` does not fit them (it was made for others). Without
 * a GBK decoder only the listed characters have readings: texts with others then count as
 * having no pinyin, which the search loads at run time instead.
 */
export function decodeReadings(packed: string, characters: ReadonlySet<string>): Map<string, string> {
  const bar = packed.indexOf('|');
  const runs = bar === -1 ? packed : packed.slice(0, bar);
  const readings = new Map<string, string>();
  for (const [, character, syllable] of (bar === -1 ? '' : packed.slice(bar + 1)).matchAll(/([^a-z])([a-z]*)/gu)) readings.set(character!, syllable!);
  if (gb2312Text() === '') return readings;
  const ordered = inGb2312Order([...characters].filter((character) => !readings.has(character)));
  let at = 0;
  for (const [, syllable, count] of runs.matchAll(/([a-z]+)(\d+)/g)) for (let n = Number(count); n > 0; n--) readings.set(ordered[at++] ?? '', syllable!);
  if (at !== ordered.length || readings.has('')) throw new Error('compact readings: they were made for other texts');
  return readings;
}

/**
 * `readings` (each of `characters` → its syllable, `''` for none) packed for
 * `decodeReadings(…, characters)`. Throws when a character has no entry, an entry is not one of
 * `characters`, a syllable is not `[a-z]*`, or the result would not decode to `readings` exactly.
 */
export function encodeReadings(readings: ReadonlyMap<string, string>, characters: ReadonlySet<string>): string {
  for (const character of characters) if (!readings.has(character)) throw new Error(`compact readings: no reading for ${JSON.stringify(character)}`);
  for (const [character, syllable] of readings) {
    if (!characters.has(character)) throw new Error(`compact readings: ${JSON.stringify(character)} is not one of the characters`);
    if (!SYLLABLE.test(syllable)) throw new Error(`compact readings: ${JSON.stringify(syllable)} (${character}) is not a toneless syllable`);
  }
  const inOrder = inGb2312Order([...characters].filter((character) => readings.get(character) !== ''));
  // The longest run of them, in GB 2312 order, whose syllables never go down; the rest are listed.
  const syllables = inOrder.map((character) => readings.get(character)!);
  const length = syllables.map(() => 1);
  const previous = syllables.map(() => -1);
  for (let i = 0; i < syllables.length; i++)
    for (let j = 0; j < i; j++)
      if (syllables[j]! <= syllables[i]! && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
  const kept = new Set<string>();
  let last = -1;
  for (let i = 0; i < length.length; i++) if (last === -1 || length[i]! > length[last]!) last = i;
  for (let i = last; i !== -1; i = previous[i]!) kept.add(inOrder[i]!);
  const counts = new Map<string, number>();
  for (const character of kept) counts.set(readings.get(character)!, (counts.get(readings.get(character)!) ?? 0) + 1);
  const runs = [...counts]
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([syllable, count]) => syllable + count)
    .join('');
  const listed = [...characters]
    .filter((character) => !kept.has(character))
    .sort(byCodeUnits)
    .map((character) => character + readings.get(character)!)
    .join('');
  const packed = listed === '' ? runs : `${runs}|${listed}`;
  const decoded = decodeReadings(packed, characters);
  if (decoded.size !== readings.size || [...readings].some(([character, syllable]) => decoded.get(character) !== syllable))
    throw new Error('compact readings: the readings do not survive the compact form');
  return packed;
}
