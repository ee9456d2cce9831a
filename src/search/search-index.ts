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
interface IndexedText {
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

const TEXT_SEPARATOR = '\n';

const HAN = /\p{Script=Han}/u;
const SYLLABLE = /^[a-z]+$/;

export function containsHan(text: string): boolean {
  return HAN.test(text);
}

/** Reads syllables from a precomputed table; a text the table lacks, or has stale, is unknown. */
export function pinyinFromTable(table: PinyinTable): PinyinOf {
  return (text) => {
    if (!Object.prototype.hasOwnProperty.call(table.pinyin, text)) return undefined;
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

/**
 * Calls `visit` for each searchable string of an item, in ranking order (name, group, content,
 * basis). Run-time catalogues are validated before they get here, but a malformed item must not
 * break search for the others, so anything that is not a string is skipped.
 */
export function forEachSearchableText(item: SearchableItem, visit: (field: SearchField, entry: number, text: string) => void): void {
  if (typeof item.name === 'string') visit('name', 0, item.name);
  if (typeof item.group === 'string') visit('group', 0, item.group);
  for (const field of ['content', 'basis'] as const) {
    const entries: unknown = item[field];
    if (!Array.isArray(entries)) continue;
    for (let entry = 0; entry < entries.length; entry++) {
      const value: unknown = entries[entry];
      if (typeof value === 'string') visit(field, entry, value);
    }
  }
}

/** A growable array of UTF-16 code units or small ids, cheaper than number[] at 10,000 items. */
class Uint16Buffer {
  private array = new Uint16Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.array.length) {
      const grown = new Uint16Array(this.array.length * 2);
      grown.set(this.array);
      this.array = grown;
    }
    this.array[this.length++] = value;
  }

  toArray(): Uint16Array {
    return this.array.slice(0, this.length);
  }

  /** The units as a string (a lone surrogate becomes U+FFFD, still one unit, so offsets hold). */
  toText(): string {
    return new TextDecoder('utf-16le').decode(this.array.subarray(0, this.length));
  }
}

const SEPARATOR_CODE = TEXT_SEPARATOR.charCodeAt(0);

/** Collects the texts of items into the index's strings and arrays, one text at a time. */
class IndexBuilder {
  readonly texts: IndexedText[] = [];
  readonly foldedParts: string[] = [];
  readonly initials = new Uint16Buffer();
  readonly syllableIds = new Uint16Buffer();
  readonly syllables: string[] = [''];
  pinyinComplete = true;
  private readonly syllableIdOf = new Map<string, number>([['', 0]]);
  private offset = 0;

  constructor(private readonly pinyinOf: PinyinOf | undefined) {}

  addItem(item: SearchableItem, itemIndex: number): void {
    forEachSearchableText(item, (field, entry, text) => this.addText(itemIndex, field, entry, text));
  }

  private addText(itemIndex: number, field: SearchField, entry: number, source: string): void {
    const normalised = normalise(source);
    this.texts.push({ itemIndex, field, entry, normalised, start: this.offset });
    this.foldedParts.push(normalised.text, TEXT_SEPARATOR);
    this.offset += normalised.text.length + 1;

    const hasHan = containsHan(source);
    const sourceSyllables = hasHan ? this.pinyinOf?.(source) : undefined;
    if (hasHan && sourceSyllables === undefined) this.pinyinComplete = false;

    const { text } = normalised;
    if (sourceSyllables === undefined) {
      // No pinyin: every unit stands for itself.
      for (let unit = 0; unit < text.length; unit++) this.addUnit(text.charCodeAt(unit), 0);
    } else if (normalised.sourceStarts === null) {
      // Folding kept every position, so unit i is code point i and has syllable i.
      for (let unit = 0; unit < text.length; unit++) this.addUnit(text.charCodeAt(unit), this.syllableId(sourceSyllables[unit]));
    } else {
      // Walk the code points again, as normalise() did, to give each folded unit the syllable of
      // the character it came from. Only a character that folds to exactly one unit keeps its
      // syllable: one that expands (㈱ → 株) or vanishes is not a Chinese character anyway.
      let codePointIndex = 0;
      for (const character of source) {
        const folded = foldCodePoint(character);
        const id = folded.length === 1 ? this.syllableId(sourceSyllables[codePointIndex]) : 0;
        for (let unit = 0; unit < folded.length; unit++) this.addUnit(folded.charCodeAt(unit), id);
        codePointIndex++;
      }
    }
    this.addUnit(SEPARATOR_CODE, 0);
  }

  /** A unit's initial is its syllable's first letter, or the unit itself when it has none. */
  private addUnit(unitCode: number, syllableId: number): void {
    this.syllableIds.push(syllableId);
    this.initials.push(syllableId === 0 ? unitCode : this.syllables[syllableId].charCodeAt(0));
  }

  /** The id of a syllable; 0 for anything that is not one (pinyin-pro passes some symbols through). */
  private syllableId(candidate = ''): number {
    let id = this.syllableIdOf.get(candidate);
    if (id === undefined) {
      id = SYLLABLE.test(candidate) ? this.syllables.push(candidate) - 1 : 0;
      this.syllableIdOf.set(candidate, id);
    }
    return id;
  }
}

export function buildSearchIndex<T extends SearchableItem>(items: readonly T[], pinyinOf?: PinyinOf): SearchIndex<T> {
  const builder = new IndexBuilder(pinyinOf);
  items.forEach((item, itemIndex) => builder.addItem(item, itemIndex));
  const { texts } = builder;
  return {
    items,
    pinyinOf,
    pinyinComplete: builder.pinyinComplete,
    texts,
    textStarts: Int32Array.from(texts, (text) => text.start),
    folded: builder.foldedParts.join(''),
    initials: builder.initials.toText(),
    syllableIds: builder.syllableIds.toArray(),
    syllables: builder.syllables,
  };
}
