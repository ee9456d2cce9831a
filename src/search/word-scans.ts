/**
 * The words a search looked up in an index, kept for the next keystroke (rank.ts scores from
 * them): the positions of each word in the folded text, and the items and fields it occurs in.
 */
import { SEARCH_FIELDS, type SearchIndex } from './search-index.js';

/** What one word matches in an index: its ascending positions in `index.folded`, and each item it occurs in with the fields it occurs in there. */
export interface WordHits {
  readonly positions: Int32Array;
  /** The items it occurs in, ascending. */
  readonly items: Int32Array;
  /** For each of `items`, the fields it occurs in there: bit i for SEARCH_FIELDS[i]. */
  readonly fields: Uint8Array;
}

/** Positions kept across queries per index, at most (≤ 9 bytes each with the per-item arrays: ≤ 4.5 MB). */
const KEPT_POSITIONS = 500_000;

/**
 * The words scanned in one index, kept across queries, least recently used dropped first: the
 * next keystroke mostly looks up the same words again (the lexicon expands 社保 and 社保卡 to
 * overlapping official words; every pinyin prefix of yanglaojin finds 养老 and its meanings), and
 * a scan of 10,000 items' text costs about a millisecond a word.
 */
export class WordScans {
  private readonly words = new Map<string, WordHits>();
  private kept = 0;

  constructor(private readonly index: SearchIndex) {}

  get(word: string): WordHits {
    let hits = this.words.get(word);
    if (hits !== undefined) {
      this.words.delete(word);
      this.words.set(word, hits);
      return hits;
    }
    hits = scanWord(this.index, word);
    this.words.set(word, hits);
    this.kept += hits.positions.length + 1;
    for (const [oldest, old] of this.words) {
      if (this.kept <= KEPT_POSITIONS || oldest === word) break;
      this.words.delete(oldest);
      this.kept -= old.positions.length + 1;
    }
    return hits;
  }
}

const wordScansCache = new WeakMap<SearchIndex, WordScans>();

/** The word cache of an index (an index is never changed once built: run-time pinyin makes a new one). */
export function wordScans(index: SearchIndex): WordScans {
  let scans = wordScansCache.get(index);
  if (scans === undefined) wordScansCache.set(index, (scans = new WordScans(index)));
  return scans;
}

/** Scans the folded index text for `word` (occurrences that do not overlap, leftmost first). */
function scanWord(index: SearchIndex, word: string): WordHits {
  const positions: number[] = [];
  for (let at = index.folded.indexOf(word); at !== -1; at = index.folded.indexOf(word, at + word.length)) positions.push(at);
  const items: number[] = [];
  const fields: number[] = [];
  const starts = index.textStarts;
  // Positions ascend: walk the texts along with them when there are many, search when few.
  const walk = positions.length * 16 > starts.length;
  let textIndex = 0;
  for (const position of positions) {
    if (walk) while (textIndex + 1 < starts.length && starts[textIndex + 1] <= position) textIndex++;
    else textIndex = textAt(index, position);
    const text = index.texts[textIndex];
    const bit = 1 << SEARCH_FIELDS.indexOf(text.field);
    const last = items.length - 1;
    if (last >= 0 && items[last] === text.itemIndex) fields[last] |= bit;
    else {
      items.push(text.itemIndex);
      fields.push(bit);
    }
  }
  return { positions: Int32Array.from(positions), items: Int32Array.from(items), fields: Uint8Array.from(fields) };
}

/** The text containing a folded offset: the last one starting at or before it. */
export function textAt(index: SearchIndex, offset: number): number {
  const starts = index.textStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
