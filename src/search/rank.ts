/**
 * Ranked search in people's words: the query's terms (segment.ts), each widened through the
 * lexicon to the official words it stands for, are looked up in the index; items score by where
 * each term matched and are shown best first above a threshold. docs/search.md explains the
 * weights and why.
 */
import type { CompiledLexicon, LexiconTermItem } from './lexicon.js';
import { matchSpans, searchItems, type FieldMatch, type SearchResult } from './match.js';
import { toSourceRange, type TextRange } from './normalise.js';
import { SEARCH_FIELDS, type SearchableItem, type SearchField, type SearchIndex } from './search-index.js';
import { textAt, wordScans, type WordScans } from './word-scans.js';
import { splitQuery, type QueryTerm, type WordSegmenter } from './segment.js';

/** What a match is worth by field: the name says what an item is, the basis only cites a law. */
const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = { name: 10, group: 4, content: 3, basis: 1 };
/** The weight of the best field in a set of fields (bit i: SEARCH_FIELDS[i]), as WordHits give them. */
const BEST_FIELD_WEIGHT = Float64Array.from({ length: 1 << SEARCH_FIELDS.length }, (_, mask) =>
  SEARCH_FIELDS.reduce((best, field, bit) => ((mask & (1 << bit)) === 0 ? best : Math.max(best, FIELD_WEIGHTS[field])), 0),
);
/** A word found through the lexicon counts a little less than the word typed. */
const LEXICON_WEIGHT = 0.9;
/** Each further meaning of a lexicon term counts a little less than its first. */
const LATER_MEANING_WEIGHT = 0.8;
/** A term found only by its character bigrams counts at most this share of a whole match. */
const PARTIAL_WEIGHT = 0.5;
/** A longer official word found is a more specific match: +10% a character beyond two, at most ×2. */
const SPECIFICITY_PER_CHARACTER = 0.1;
/** Items scoring below this share of the best item's score are not shown. */
const RELATIVE_THRESHOLD = 0.5;

export interface RankedResult<T extends SearchableItem = SearchableItem> extends SearchResult<T> {
  readonly score: number;
  /** How many of the query's terms matched somewhere in the item. */
  readonly termsMatched: number;
}

export interface RankedSearch<T extends SearchableItem = SearchableItem> {
  /** The items that pass the threshold, best first (ties keep catalogue order). */
  readonly results: RankedResult<T>[];
  /** When nothing passes: the few items sharing the most with the query, best first. */
  readonly closest: RankedResult<T>[];
  readonly terms: readonly QueryTerm[];
}

export interface RankOptions {
  readonly lexicon: CompiledLexicon;
  /** The lexicon's terms indexed with pinyin, so `yanglaojin` finds 养老金 (see termIndex()). */
  readonly termIndex?: SearchIndex<LexiconTermItem>;
  readonly segment?: WordSegmenter;
}

/** How many closest items an empty result offers. */
const CLOSEST_COUNT = 3;

/**
 * What one query matched, kept cheaply while scoring (the positions array of each word found)
 * and turned into highlight ranges only for the results that are drawn (`LazyResult`).
 */
class Hits {
  /** Each word found whole, with its ascending positions in `index.folded`. */
  readonly words: { readonly positions: Int32Array; readonly length: number }[] = [];
  /** Bigram hits of partly matched terms, per item: [text index, folded start, folded end]. */
  readonly partial = new Map<number, [number, number, number][]>();
  /** Pinyin (or Latin) matches of each Latin term: [start, end) pairs in `index.folded`, ascending (matchSpans). */
  readonly spans: Int32Array[] = [];
  private readonly recorded = new Set<string>();

  addWord(word: string, positions: Int32Array): void {
    if (positions.length === 0 || this.recorded.has(word)) return;
    this.recorded.add(word);
    this.words.push({ positions, length: word.length });
  }

  addPartial(itemIndex: number, textIndex: number, start: number, end: number): void {
    let list = this.partial.get(itemIndex);
    if (list === undefined) this.partial.set(itemIndex, (list = []));
    list.push([textIndex, start, end]);
  }
}

/** Where each item's texts start in `index.folded` (and, last, where the index ends). */
const itemStartsCache = new WeakMap<SearchIndex, Int32Array>();

function itemStarts(index: SearchIndex): Int32Array {
  let starts = itemStartsCache.get(index);
  if (starts !== undefined) return starts;
  starts = new Int32Array(index.items.length + 1).fill(-1);
  for (const text of index.texts) if (starts[text.itemIndex] === -1) starts[text.itemIndex] = text.start;
  starts[index.items.length] = index.folded.length;
  for (let item = index.items.length - 1; item >= 0; item--) if (starts[item] === -1) starts[item] = starts[item + 1];
  itemStartsCache.set(index, starts);
  return starts;
}

/** The first position in an ascending array at or after `value`. */
function lowerBound(positions: Int32Array, value: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (positions[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first pair of [start, end) pairs whose start is at or after `value`, as an index into `pairs`. */
function lowerBoundPairs(pairs: Int32Array, value: number): number {
  let low = 0;
  let high = pairs.length >> 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (pairs[middle * 2] < value) low = middle + 1;
    else high = middle;
  }
  return low * 2;
}

/** A result whose highlight ranges are worked out when first read: most results are never drawn. */
class LazyResult<T extends SearchableItem> implements RankedResult<T> {
  private computed: FieldMatch[] | undefined;

  constructor(
    private readonly index: SearchIndex<T>,
    private readonly hits: Hits,
    readonly itemIndex: number,
    readonly score: number,
    readonly termsMatched: number,
  ) {}

  get item(): T {
    return this.index.items[this.itemIndex];
  }

  get matches(): readonly FieldMatch[] {
    return (this.computed ??= matchesOf(this.index, this.itemIndex, this.hits));
  }
}

/**
 * The items matching `query`, ranked. An empty query (or one of only ignored words) returns every
 * item in catalogue order.
 */
export function rankItems<T extends SearchableItem>(index: SearchIndex<T>, query: string, options: RankOptions): RankedSearch<T> {
  const terms = splitQuery(query, options.lexicon, options.segment);
  const itemCount = index.items.length;
  if (terms.length === 0) {
    return { results: index.items.map((item, itemIndex) => ({ item, itemIndex, matches: [], score: 0, termsMatched: 0 })), closest: [], terms };
  }
  const termScores = terms.map(() => new Float64Array(itemCount));
  const hits = new Hits();
  const scanned = wordScans(index);
  terms.forEach((term, at) => {
    if (term.latin) scoreLatinTerm(index, term.text, options, termScores[at], hits, scanned);
    else scoreHanTerm(index, term.text, options.lexicon, termScores[at], hits, scanned);
  });

  // A term matching few items says more than one matching many (申请, 单位): each term is
  // weighted by its inverse document frequency, counting items it matched outside the basis
  // (every item cites the same laws, so a basis match says little about what the item is).
  const weights = termScores.map((scores) => {
    let strong = 0;
    let any = 0;
    for (const score of scores) {
      if (score > FIELD_WEIGHTS.basis) strong++;
      if (score > 0) any++;
    }
    return any === 0 ? 0 : Math.log(1 + itemCount / (strong || any));
  });
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  if (weightSum === 0) return { results: [], closest: closestItems(index, terms, hits), terms };

  // All terms over some: the weighted score is multiplied by the share of term weight the item
  // covers, so an item matching every term outranks one matching a few, even in better fields.
  const totals = new Float64Array(itemCount);
  const matched = new Uint8Array(itemCount);
  let bestScore = 0;
  for (let item = 0; item < itemCount; item++) {
    let raw = 0;
    let covered = 0;
    termScores.forEach((scores, at) => {
      if (scores[item] === 0) return;
      raw += weights[at] * scores[item];
      covered += weights[at];
      matched[item]++;
    });
    totals[item] = raw * (covered / weightSum);
    bestScore = Math.max(bestScore, totals[item]);
  }
  const passing: number[] = [];
  for (let item = 0; item < itemCount; item++) if (totals[item] > 0 && totals[item] >= bestScore * RELATIVE_THRESHOLD) passing.push(item);
  passing.sort((a, b) => totals[b] - totals[a] || a - b);
  return { results: passing.map((item) => resultFor(index, item, totals[item], matched[item], hits)), closest: [], terms };
}

/** Scores every occurrence of `word` into `termScores` (best per item) and records the hits. */
function scoreWord(word: string, weight: number, termScores: Float64Array, hits: Hits, scanned: WordScans): boolean {
  const { positions, items, fields } = scanned.get(word);
  const specificity = Math.min(2, 1 + SPECIFICITY_PER_CHARACTER * Math.max(0, word.length - 2));
  for (let at = 0; at < items.length; at++) {
    const score = weight * specificity * BEST_FIELD_WEIGHT[fields[at]];
    if (score > termScores[items[at]]) termScores[items[at]] = score;
  }
  hits.addWord(word, positions);
  return positions.length > 0;
}

function scoreHanTerm(index: SearchIndex, term: string, lexicon: CompiledLexicon, termScores: Float64Array, hits: Hits, scanned: WordScans): void {
  const meanings = lexicon.meanings.get(term);
  let found = scoreWord(term, 1, termScores, hits, scanned);
  // Meanings are listed most likely first (失业金: 失业保险金 before 失业保险待遇).
  (meanings ?? []).forEach((word, at) => {
    found = scoreWord(word, at === 0 ? LEXICON_WEIGHT : LATER_MEANING_WEIGHT, termScores, hits, scanned) || found;
  });
  if (!found && meanings === undefined && term.length >= 3) scoreBigrams(index, term, termScores, hits, scanned);
}

/**
 * A term found nowhere whole (a typo, a word the catalogue splits: 缴费基数申报) scores in each
 * text by the share of its character bigrams found there, when at least half are.
 */
function scoreBigrams(index: SearchIndex, term: string, termScores: Float64Array, hits: Hits, scanned: WordScans): void {
  const bigramCount = Math.min(term.length - 1, 30);
  const found = new Map<number, number>();
  for (let bigram = 0; bigram < bigramCount; bigram++) {
    for (const position of scanned.get(term.slice(bigram, bigram + 2)).positions) {
      const textIndex = textAt(index, position);
      found.set(textIndex, (found.get(textIndex) ?? 0) | (1 << bigram));
    }
  }
  for (const [textIndex, mask] of found) {
    const share = popCount(mask) / bigramCount;
    if (share < 0.5) continue;
    const text = index.texts[textIndex];
    const score = PARTIAL_WEIGHT * share * FIELD_WEIGHTS[text.field];
    if (score > termScores[text.itemIndex]) termScores[text.itemIndex] = score;
    for (let bigram = 0; bigram < bigramCount; bigram++) {
      if ((mask & (1 << bigram)) === 0) continue;
      const word = term.slice(bigram, bigram + 2);
      const local = index.folded.slice(text.start, text.start + text.normalised.text.length);
      for (let at = local.indexOf(word); at !== -1; at = local.indexOf(word, at + 1))
        hits.addPartial(text.itemIndex, textIndex, text.start + at, text.start + at + 2);
    }
  }
}

function popCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/**
 * A pinyin term matches the item texts directly (`shebao` in 社保卡经办机构信息) and, through the
 * lexicon, every term whose pinyin starts with it (`yanglaojin` → 养老金 → 养老保险待遇).
 */
function scoreLatinTerm(index: SearchIndex, term: string, options: RankOptions, termScores: Float64Array, hits: Hits, scanned: WordScans): void {
  // Scored from the spans (an item scores by its best field) and turned into highlight ranges
  // only for drawn rows (matchesOf): `y` alone matches most characters of a large catalogue.
  const spans = matchSpans(index, term);
  const starts = index.textStarts;
  let textIndex = 0;
  for (let at = 0; at < spans.length; at += 2) {
    while (textIndex + 1 < starts.length && starts[textIndex + 1] <= spans[at]) textIndex++;
    const text = index.texts[textIndex];
    const score = FIELD_WEIGHTS[text.field];
    if (score > termScores[text.itemIndex]) termScores[text.itemIndex] = score;
  }
  if (spans.length > 0) hits.spans.push(spans);
  // One letter stands for dozens of terms (y: 养老, 医保, 银行卡…): wait for the second.
  if (options.termIndex === undefined || term.length < 2) return;
  // From the term's first character (`ka` must not make 社保卡 mean every card); terms the query
  // spells to the end (shebaoka: 社保卡) win over terms it only begins (社保开户).
  const starting = searchItems(options.termIndex, term).filter((result) => result.matches[0]?.ranges[0]?.start === 0);
  const whole = starting.filter((result) => result.matches[0].ranges[0].end === result.item.name.length);
  for (const result of whole.length > 0 ? whole : starting) {
    const key = result.item.key;
    scoreWord(key, LEXICON_WEIGHT, termScores, hits, scanned);
    (options.lexicon.meanings.get(key) ?? []).forEach((word, at) =>
      scoreWord(word, at === 0 ? LEXICON_WEIGHT : LATER_MEANING_WEIGHT, termScores, hits, scanned),
    );
  }
}

function resultFor<T extends SearchableItem>(index: SearchIndex<T>, itemIndex: number, score: number, termsMatched: number, hits: Hits): RankedResult<T> {
  return new LazyResult(index, hits, itemIndex, score, termsMatched);
}

/** The highlight ranges of one item, in source offsets: one FieldMatch per text that matched. */
function matchesOf(index: SearchIndex, itemIndex: number, hits: Hits): FieldMatch[] {
  const byText = new Map<number, TextRange[]>();
  const add = (textIndex: number, start: number, end: number) => {
    let ranges = byText.get(textIndex);
    if (ranges === undefined) byText.set(textIndex, (ranges = []));
    ranges.push({ start, end });
  };
  const starts = itemStarts(index);
  const [itemStart, itemEnd] = [starts[itemIndex], starts[itemIndex + 1]];
  for (const { positions, length } of hits.words) {
    for (let at = lowerBound(positions, itemStart); at < positions.length && positions[at] < itemEnd; at++) {
      add(textAt(index, positions[at]), positions[at], positions[at] + length);
    }
  }
  for (const [textIndex, start, end] of hits.partial.get(itemIndex) ?? []) add(textIndex, start, end);
  for (const spans of hits.spans) {
    for (let at = lowerBoundPairs(spans, itemStart); at < spans.length && spans[at] < itemEnd; at += 2) add(textAt(index, spans[at]), spans[at], spans[at + 1]);
  }
  const matches: FieldMatch[] = [];
  for (const [textIndex, ranges] of byText) {
    const text = index.texts[textIndex];
    matches.push({
      field: text.field,
      entry: text.entry,
      // In order (highlight() merges overlaps).
      ranges: ranges.map((range) => toSourceRange(text.normalised, range.start - text.start, range.end - text.start)).sort((a, b) => a.start - b.start),
    });
  }
  return matches;
}

/**
 * For an empty result: the items sharing the most character bigrams (or, for a one-character
 * query, characters) with the query's terms, weighted by field.
 */
function closestItems<T extends SearchableItem>(index: SearchIndex<T>, terms: readonly QueryTerm[], hits: Hits): RankedResult<T>[] {
  const scores = new Float64Array(index.items.length);
  const scanned = wordScans(index);
  const scratch = new Float64Array(index.items.length);
  for (const term of terms) {
    if (term.latin) continue;
    const parts = term.text.length < 2 ? [term.text] : Array.from({ length: term.text.length - 1 }, (_, at) => term.text.slice(at, at + 2));
    for (const part of parts) {
      scratch.fill(0);
      scoreWord(part, 1, scratch, hits, scanned);
      for (let item = 0; item < scores.length; item++) scores[item] += scratch[item];
    }
  }
  const ranked: number[] = [];
  scores.forEach((score, item) => score > 0 && ranked.push(item));
  ranked.sort((a, b) => scores[b] - scores[a] || a - b);
  return ranked.slice(0, CLOSEST_COUNT).map((item) => resultFor(index, item, scores[item], 0, hits));
}
