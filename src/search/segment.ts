/**
 * Splitting a query into the terms search looks for: words the lexicon knows are taken whole
 * (longest first, so 社保卡 is not 社保 + 卡), words it marks as carrying no meaning (怎么, 了)
 * are dropped, and the text in between is split into words by `Intl.Segmenter` where the
 * browser has it, or kept whole where it does not (then matched whole or by its character
 * bigrams, see rank.ts). A run with Latin letters is one pinyin term.
 */
import type { CompiledLexicon } from './lexicon.js';
import { normaliseQuery } from './normalise.js';

export interface QueryTerm {
  /** Folded like the index (`normaliseQuery`). */
  readonly text: string;
  /** Contains Latin letters: matched as pinyin (or literal Latin text). */
  readonly latin: boolean;
}

/** Splits text with no lexicon word in it into words. */
export type WordSegmenter = (text: string) => string[];

/** One query is cut at this many UTF-16 units; no catalogue text needs more. */
const MAX_TERMS_QUERY_LENGTH = 64;

const LATIN = /[a-z]/;
const LATIN_THEN_HAN = /[a-z0-9][^a-z0-9]/;
const RUNS = /[a-z0-9]+|[^a-z0-9]+/g;
// Spaces and punctuation separate chunks; folding would drop them and glue "shebao ka" together
// anyway, but "社保卡 丢了" is two chunks a person meant apart.
const CHUNK_SEPARATOR = /[\s\p{P}]+/u;

/** Word segmentation by the browser's ICU dictionary; undefined where Intl.Segmenter is missing. */
export function intlWordSegmenter(): WordSegmenter | undefined {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return undefined;
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return (text) => Array.from(segmenter.segment(text), (part) => part.segment);
}

/** The fallback: the run stays one term, matched whole or by its character bigrams. */
export const wholeRun: WordSegmenter = (text) => [text];

/** The terms of a query, in order, without repeats. */
export function splitQuery(query: string, lexicon: CompiledLexicon, segment: WordSegmenter = wholeRun): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const push = (text: string, latin: boolean) => {
    if (text === '' || seen.has(text)) return;
    seen.add(text);
    terms.push({ text, latin });
  };
  for (const chunk of query.slice(0, MAX_TERMS_QUERY_LENGTH * 2).split(CHUNK_SEPARATOR)) {
    const folded = normaliseQuery(chunk).slice(0, MAX_TERMS_QUERY_LENGTH);
    if (folded === '') continue;
    // Pinyin being typed ends a chunk (社保ka); Chinese after Latin letters means they were a
    // word of their own (人社通app认证), so the chunk splits into runs.
    const runs = LATIN_THEN_HAN.test(folded) ? (folded.match(RUNS) ?? []) : [folded];
    for (const run of runs) {
      if (LATIN.test(run)) push(run, true);
      else splitHan(run, lexicon, segment, (word) => push(word, false));
    }
  }
  // A lone character that no lexicon knows (问, 个) says little next to real words.
  const strong = terms.filter((term) => term.latin || term.text.length > 1 || lexicon.meanings.has(term.text));
  return strong.length > 0 ? strong : terms;
}

function splitHan(text: string, lexicon: CompiledLexicon, segment: WordSegmenter, emit: (word: string) => void): void {
  let gapStart = 0;
  const flushGap = (end: number) => {
    if (end <= gapStart) return;
    // The segmenter's dictionary lacks many domain words and returns them as single characters
    // (社保卡 → 社/保/卡, 甲类 → 甲/类): consecutive single characters stay together as one run,
    // matched whole or by bigrams, rather than as characters that match anything.
    let run = '';
    for (const word of segment(text.slice(gapStart, end))) {
      if (lexicon.ignore.has(word)) {
        if (run !== '') emit(run);
        run = '';
      } else if (word.length === 1) {
        run += word;
      } else {
        if (run !== '') emit(run);
        run = '';
        emit(word);
      }
    }
    if (run !== '') emit(run);
  };
  let at = 0;
  while (at < text.length) {
    let length = Math.min(lexicon.longestKey, text.length - at);
    for (; length > 0; length--) {
      const key = text.slice(at, at + length);
      if (lexicon.meanings.has(key) || lexicon.ignore.has(key)) break;
    }
    if (length === 0) {
      at++;
      continue;
    }
    flushGap(at);
    const key = text.slice(at, at + length);
    if (!lexicon.ignore.has(key)) emit(key);
    at += length;
    gapStart = at;
  }
  flushGap(text.length);
}
