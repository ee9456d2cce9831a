/**
 * Matching a query against a search index, and the ranges each match highlights.
 *
 * Rules (docs/search.md explains the choices):
 * - The query is folded like the text (width, case, spaces and punctuation ignored).
 * - A query without Latin letters matches as a substring of the folded text.
 * - A query with Latin letters matches a run of consecutive characters, each of which takes, in
 *   order: the character itself (`社保ka`), its full syllable (`shebao`), its zh/ch/sh initial
 *   (`zhbx`), or its first letter (`sbk`); the query may end part-way into the last syllable
 *   (`sheb`, `yanglaob`), so results do not blink out while a syllable is being typed. Other
 *   characters (Latin letters, digits, symbols) match only themselves.
 * - Items are ranked by the first field that matched (name, group, content, basis), then keep
 *   catalogue order.
 */
import { normaliseQuery, toSourceRange, type TextRange } from './normalise.js';
import { SEARCH_FIELDS, type SearchableItem, type SearchField, type SearchIndex } from './search-index.js';

export type { TextRange } from './normalise.js';

/** The ranges to highlight in one string of an item. */
export interface FieldMatch {
  readonly field: SearchField;
  /** The position in `content` or `basis`; 0 for `name` and `group`. */
  readonly entry: number;
  /** UTF-16 offsets into the original string, in order, not overlapping. */
  readonly ranges: readonly TextRange[];
}

export interface SearchResult<T extends SearchableItem = SearchableItem> {
  readonly item: T;
  /** The item's position in `index.items`. */
  readonly itemIndex: number;
  /** Every string of the item that matched; empty when the query was empty. */
  readonly matches: readonly FieldMatch[];
}

/** A query longer than this is cut: no catalogue text is that long, and it bounds the work. */
const MAX_QUERY_LENGTH = 64;

const LATIN_LETTER = /[a-z]/;

/** Whether a query needs pinyin to be matched, i.e. has a Latin letter once folded. */
export function hasLatinLetter(query: string): boolean {
  return LATIN_LETTER.test(normaliseQuery(query));
}

/**
 * The items matching `query`, best first, each with the ranges to highlight. An empty query (or
 * one made only of spaces and punctuation) matches every item, in catalogue order, with no ranges.
 */
export function searchItems<T extends SearchableItem>(index: SearchIndex<T>, query: string): SearchResult<T>[] {
  const folded = normaliseQuery(query).slice(0, MAX_QUERY_LENGTH);
  if (folded === '') return index.items.map((item, itemIndex) => ({ item, itemIndex, matches: [] }));

  const collector = new MatchCollector(index);
  if (LATIN_LETTER.test(folded)) collectPinyinMatches(index, folded, collector);
  else collectSubstringMatches(index, folded, collector);
  return collector.results();
}

/**
 * Where `query` matches in `index.folded`, as [start, end) pairs (start0, end0, start1, …) in
 * increasing order: what {@link searchItems} finds, before it is turned into per-item ranges.
 * The ranked search scores from these and works out ranges only for the rows it draws: a
 * one-letter pinyin query matches tens of thousands of characters at 10,000 items.
 */
export function matchSpans(index: SearchIndex, query: string): Int32Array {
  const folded = normaliseQuery(query).slice(0, MAX_QUERY_LENGTH);
  const spans: number[] = [];
  if (folded === '') return new Int32Array(0);
  const collector = { add: (start: number, end: number) => void spans.push(start, end) };
  if (LATIN_LETTER.test(folded)) collectPinyinMatches(index, folded, collector);
  else collectSubstringMatches(index, folded, collector);
  return Int32Array.from(spans);
}

/** Receives matches as offsets into `index.folded`, in increasing order. */
interface SpanSink {
  add(foldedStart: number, foldedEnd: number): void;
}

/** The ranges of a result in one string, for `highlight()`; empty when that string did not match. */
export function rangesIn(result: SearchResult, field: SearchField, entry = 0): readonly TextRange[] {
  return result.matches.find((match) => match.field === field && match.entry === entry)?.ranges ?? [];
}

function collectSubstringMatches(index: SearchIndex, query: string, collector: SpanSink): void {
  for (let at = index.folded.indexOf(query); at !== -1; at = index.folded.indexOf(query, at + query.length)) {
    collector.add(at, at + query.length);
  }
}

function collectPinyinMatches(index: SearchIndex, query: string, collector: SpanSink): void {
  // Every match starts at a unit whose first letter (for a Latin first query letter) or whose own
  // character (for a Chinese one) equals the query's first character, so indexOf finds the few
  // places worth trying.
  const first = query[0];
  const starts = LATIN_LETTER.test(first) ? index.initials : index.folded;
  const dead = new DeadEnds(index.folded.length);
  let at = starts.indexOf(first);
  while (at !== -1) {
    const end = matchFrom(index, query, at, 0, dead);
    if (end === -1) {
      at = starts.indexOf(first, at + 1);
    } else {
      collector.add(at, end);
      at = starts.indexOf(first, end);
    }
  }
}

const LOWER_H = 0x68;

/**
 * The (unit, query position) pairs from which the rest of the query is known not to match, so
 * backtracking never explores one twice. Without it, text like 吧啊吧啊… (ba a ba a) against
 * "babababa…x" tries exponentially many ways to split the query; with it, at most
 * units × query length states. Recording costs a Set operation per branch, which would double
 * the time of ordinary queries, so it only starts once a search has branched more often than a
 * linear scan could explain.
 */
class DeadEnds {
  private branches = 0;
  private known: Set<number> | undefined;

  constructor(private readonly unitCount: number) {}

  has(unit: number, queryAt: number): boolean {
    if (this.known === undefined && ++this.branches > this.unitCount + 10_000) this.known = new Set();
    return this.known?.has(stateKey(unit, queryAt)) ?? false;
  }

  add(unit: number, queryAt: number): void {
    this.known?.add(stateKey(unit, queryAt));
  }
}

function stateKey(unit: number, queryAt: number): number {
  return unit * (MAX_QUERY_LENGTH + 1) + queryAt;
}

/** `matchFrom` for a branch that may be abandoned, remembering where it failed. */
function matchBranch(index: SearchIndex, query: string, unit: number, queryAt: number, dead: DeadEnds): number {
  if (dead.has(unit, queryAt)) return -1;
  const end = matchFrom(index, query, unit, queryAt, dead);
  if (end === -1) dead.add(unit, queryAt);
  return end;
}

/**
 * Matches `query` from position `queryAt` against the units from `unit` on; returns the unit after
 * the last one used, or -1. Each Chinese unit tries its longest reading first and backtracks to
 * shorter ones; the query only gets shorter on every step, so the depth is at most its length.
 */
function matchFrom(index: SearchIndex, query: string, unit: number, queryAt: number, dead: DeadEnds): number {
  const { folded, syllableIds, syllables } = index;
  for (;;) {
    if (queryAt === query.length) return unit;
    const character = folded.charCodeAt(unit);
    const wanted = query.charCodeAt(queryAt);
    // The separator between texts never equals a query character, so a match never spans texts.
    if (wanted === character) {
      unit++;
      queryAt++;
      continue;
    }
    const syllable = syllables[syllableIds[unit]];
    if (syllable === '') return -1;

    let common = 0;
    const rest = query.length - queryAt;
    while (common < syllable.length && common < rest && syllable.charCodeAt(common) === query.charCodeAt(queryAt + common)) {
      common++;
    }
    if (common === 0) return -1;
    // The query ends inside (or at the end of) this syllable: a syllable being typed.
    if (common === rest) return unit + 1;

    if (common === syllable.length) {
      const end = matchBranch(index, query, unit + 1, queryAt + common, dead);
      if (end !== -1) return end;
    }
    const hasTwoLetterInitial = syllable.length > 2 && syllable.charCodeAt(1) === LOWER_H && 'zcs'.includes(syllable[0]);
    if (hasTwoLetterInitial && common >= 2) {
      const end = matchBranch(index, query, unit + 1, queryAt + 2, dead);
      if (end !== -1) return end;
    }
    if (syllable.length === 1) return -1; // its first letter is its full syllable, tried above
    unit++;
    queryAt++;
  }
}

/**
 * Turns matches, found as offsets into `index.folded` in increasing order, into per-item results.
 * Texts are laid out item by item, so one pass needs no lookup table: a match in a new text
 * closes the previous text's ranges.
 */
class MatchCollector implements SpanSink {
  private readonly ordered: { result: SearchResult; rank: number }[] = [];
  private currentItem = -1;
  private currentMatches: FieldMatch[] = [];
  private currentText = -1;
  private currentRanges: TextRange[] = [];

  constructor(private readonly index: SearchIndex) {}

  add(foldedStart: number, foldedEnd: number): void {
    const textIndex = this.textAt(foldedStart);
    const text = this.index.texts[textIndex];
    if (textIndex !== this.currentText) {
      if (text.itemIndex !== this.currentItem) this.startItem(text.itemIndex, text.field);
      this.currentText = textIndex;
      this.currentRanges = [];
      this.currentMatches.push({ field: text.field, entry: text.entry, ranges: this.currentRanges });
    }
    this.currentRanges.push(toSourceRange(text.normalised, foldedStart - text.start, foldedEnd - text.start));
  }

  results<T extends SearchableItem>(): SearchResult<T>[] {
    // Array.prototype.sort is stable, so equal ranks keep catalogue order.
    return this.ordered.sort((a, b) => a.rank - b.rank).map(({ result }) => result as SearchResult<T>);
  }

  private startItem(itemIndex: number, field: SearchField): void {
    this.currentItem = itemIndex;
    this.currentMatches = [];
    const result: SearchResult = { item: this.index.items[itemIndex], itemIndex, matches: this.currentMatches };
    // Texts are indexed in ranking order within an item, so its first match has its best field.
    this.ordered.push({ result, rank: SEARCH_FIELDS.indexOf(field) });
  }

  /** The text containing a folded offset: the last one starting at or before it. */
  private textAt(foldedOffset: number): number {
    const starts = this.index.textStarts;
    // Matches arrive in order and often several per text (a one-letter query): check the current
    // text before searching.
    const current = this.currentText;
    if (current >= 0 && foldedOffset >= starts[current] && (current + 1 === starts.length || foldedOffset < starts[current + 1])) {
      return current;
    }
    let low = Math.max(current, 0);
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= foldedOffset) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}
