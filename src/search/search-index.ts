/**
 * The search index: every searchable text of every item, folded once and laid end to end, with the
 * pinyin syllable of each Chinese character, so a keystroke only runs `indexOf` and short
 * comparisons over strings and typed arrays built here.
 *
 * Pinyin comes from a `PinyinOf` function: for the shipped catalogue it reads the table precomputed
 * at build time (`pinyinFromTable`), for catalogues loaded at run time it wraps pinyin-pro, loaded
 * lazily (`pinyin-lazy.ts`). Without one the index matches characters and literal Latin text only.
 */
import { foldCodePoint, normalise, type NormalisedText } from './normalise.js';

/** The fields search reads; any catalogue item (see the catalogue schema) has them. */
export interface SearchableItem {
  readonly name: string;
  readonly group: string;
  readonly content: readonly string[];
  readonly basis: readonly string[];
}

export type SearchField = 'name' | 'group' | 'content' | 'basis';

/** The searched fields, in ranking order: a match in an earlier field ranks the item higher. */
export const SEARCH_FIELDS: readonly SearchField[] = ['name', 'group', 'content', 'basis'];

/**
 * The pinyin of a text: one entry per code point of `text`, the toneless lowercase syllable of a
 * Chinese character (ü written `v`, as on a pinyin keyboard) or `''` for any other character.
 * `undefined` when the syllables are not known (a text missing from a precomputed table).
 */
export type PinyinOf = (text: string) => readonly string[] | undefined;

/** `src/data/*.search.json`, written by `scripts/build-search-index.js`. */
export interface PinyinTable {
  readonly format: 1;
  /** The library and version that produced the syllables; a different one makes the table stale. */
  readonly generator: string;
  /** Each distinct searchable text containing Chinese, mapped to its syllables joined by spaces. */
  readonly pinyin: Readonly<Record<string, string>>;
}

/** One searchable string of one item. */
export interface IndexedText {
  readonly itemIndex: number;
  readonly field: SearchField;
  /** The position in `content` or `basis`; 0 for `name` and `group`. */
  readonly entry: number;
  readonly normalised: NormalisedText;
  /** Where this text's folded form starts in `SearchIndex.folded`. */
  readonly start: number;
}

export interface SearchIndex<T extends SearchableItem = SearchableItem> {
  readonly items: readonly T[];
  /** The pinyin source the index was built with, kept so a later rebuild can reuse it. */
  readonly pinyinOf: PinyinOf | undefined;
  /** Every text that contains Chinese characters has its syllables; Latin queries need no more. */
  readonly pinyinComplete: boolean;
  readonly texts: readonly IndexedText[];
  /** `texts[i].start`, as a typed array for the binary search from a match back to its text. */
  readonly textStarts: Int32Array;
  /** All folded texts, each followed by a line feed, which folding never produces. */
  readonly folded: string;
  /** Per unit of `folded`: the first letter of its syllable, or the unit itself when it has none. */
  readonly initials: string;
  /** Per unit of `folded`: an index into `syllables`; 0 for a unit without pinyin. */
  readonly syllableIds: Uint16Array;
  /** The distinct syllables; `syllables[0]` is `''`. */
  readonly syllables: readonly string[];
}

export const TEXT_SEPARATOR = '\n';

const HAN = /\p{Script=Han}/u;
const SYLLABLE = /^[a-z]+$/;

export function containsHan(text: string): boolean {
  return HAN.test(text);
}

/** Reads syllables from a precomputed table; a text the table lacks, or has stale, is unknown. */
export function pinyinFromTable(table: PinyinTable): PinyinOf {
  return (text) => {
    if (!Object.hasOwn(table.pinyin, text)) return undefined;
    const syllables = table.pinyin[text].split(' ');
    // A count that differs from the text's code points means the table was built from other text.
    return syllables.length === codePointCount(text) ? syllables : undefined;
  };
}

function codePointCount(text: string): number {
  let count = 0;
  for (let offset = 0; offset < text.length; offset++) {
    count++;
    // A high surrogate followed by a low one is one code point.
    const unit = text.charCodeAt(offset);
    if (unit >= 0xd800 && unit <= 0xdbff && offset + 1 < text.length) {
      const next = text.charCodeAt(offset + 1);
      if (next >= 0xdc00 && next <= 0xdfff) offset++;
    }
  }
  return count;
}

/** Uses the first source that knows a text's syllables. */
export function firstKnownPinyin(...sources: readonly (PinyinOf | undefined)[]): PinyinOf {
  return (text) => {
    for (const source of sources) {
      const syllables = source?.(text);
      if (syllables !== undefined) return syllables;
    }
    return undefined;
  };
}

function* textsOf(item: SearchableItem): Generator<[SearchField, number, string]> {
  // Run-time catalogues are validated before they get here, but a malformed item must not break
  // search for the others, so anything that is not a string is skipped.
  if (typeof item.name === 'string') yield ['name', 0, item.name];
  if (typeof item.group === 'string') yield ['group', 0, item.group];
  for (const field of ['content', 'basis'] as const) {
    const entries: unknown = item[field];
    if (!Array.isArray(entries)) continue;
    for (let entry = 0; entry < entries.length; entry++) {
      const value: unknown = entries[entry];
      if (typeof value === 'string') yield [field, entry, value];
    }
  }
}

export function buildSearchIndex<T extends SearchableItem>(items: readonly T[], pinyinOf?: PinyinOf): SearchIndex<T> {
  const texts: IndexedText[] = [];
  const foldedParts: string[] = [];
  const initialParts: string[] = [];
  const syllableIdList: number[] = [];
  const syllables: string[] = [''];
  const syllableIdOf = new Map<string, number>([['', 0]]);
  let pinyinComplete = true;
  let offset = 0;

  items.forEach((item, itemIndex) => {
    for (const [field, entry, source] of textsOf(item)) {
      const normalised = normalise(source);
      texts.push({ itemIndex, field, entry, normalised, start: offset });
      foldedParts.push(normalised.text, TEXT_SEPARATOR);
      offset += normalised.text.length + 1;

      const hasHan = containsHan(source);
      const sourceSyllables = hasHan ? pinyinOf?.(source) : undefined;
      if (hasHan && sourceSyllables === undefined) pinyinComplete = false;

      // Walk the code points again, as normalise() did, to give each folded unit the syllable of
      // the character it came from. Only a character that folds to exactly one unit keeps its
      // syllable: one that expands (㈱ → 株) or vanishes is not a Chinese character anyway.
      let codePointIndex = 0;
      for (const character of source) {
        const folded = foldCodePoint(character);
        const candidate = folded.length === 1 ? (sourceSyllables?.[codePointIndex] ?? '') : '';
        const syllable = SYLLABLE.test(candidate) ? candidate : '';
        let id = syllableIdOf.get(syllable);
        if (id === undefined) {
          id = syllables.push(syllable) - 1;
          syllableIdOf.set(syllable, id);
        }
        for (let unit = 0; unit < folded.length; unit++) {
          syllableIdList.push(id);
          initialParts.push(syllable === '' ? folded[unit] : syllable[0]);
        }
        codePointIndex++;
      }
      syllableIdList.push(0);
      initialParts.push(TEXT_SEPARATOR);
    }
  });

  return {
    items,
    pinyinOf,
    pinyinComplete,
    texts,
    textStarts: Int32Array.from(texts, (text) => text.start),
    folded: foldedParts.join(''),
    initials: initialParts.join(''),
    syllableIds: Uint16Array.from(syllableIdList),
    syllables,
  };
}
