/**
 * One catalogue's search, put together: the item index, the lexicon that applies (built-in
 * entries for its domain plus its own `synonyms`), and the index of lexicon terms with pinyin.
 */
import { compileLexicon, lexiconFor, lexiconTermItems, type CompiledLexicon, type LexiconSource, type LexiconTermItem, type SynonymEntry } from './lexicon.js';
import { rankItems, type RankedSearch } from './rank.js';
import { buildSearchIndex, type PinyinOf, type SearchableItem, type SearchIndex } from './search-index.js';
import { intlWordSegmenter, wholeRun, type WordSegmenter } from './segment.js';

export interface SearcherOptions {
  /** The built-in lexicon (or none). */
  readonly lexicon?: LexiconSource;
  /** The catalogue's domain, choosing whether the lexicon's domain entries apply. */
  readonly domain?: string;
  /** The catalogue's (and overlay's) own synonyms, added to the lexicon. */
  readonly synonyms?: readonly SynonymEntry[];
  /** Pinyin of the item texts. */
  readonly pinyinOf?: PinyinOf;
  /** Pinyin of lexicon terms. */
  readonly termPinyinOf?: PinyinOf;
  /** Word segmentation; `Intl.Segmenter` where the browser has it. */
  readonly segment?: WordSegmenter;
}

export interface Searcher<T extends SearchableItem> {
  readonly index: SearchIndex<T>;
  readonly lexicon: CompiledLexicon;
  readonly termIndex: SearchIndex<LexiconTermItem>;
  readonly segment: WordSegmenter;
  search(query: string): RankedSearch<T>;
}

/** The same searcher over other indexes of the same items and terms (e.g. with run-time pinyin). */
export function searcherWith<T extends SearchableItem>(searcher: Searcher<T>, index: SearchIndex<T>, termIndex: SearchIndex<LexiconTermItem>): Searcher<T> {
  const { lexicon, segment } = searcher;
  return { index, lexicon, termIndex, segment, search: (query) => rankItems(index, query, { lexicon, termIndex, segment }) };
}

let sharedSegmenter: WordSegmenter | undefined;

export function createSearcher<T extends SearchableItem>(items: readonly T[], options: SearcherOptions): Searcher<T> {
  const sources = [];
  if (options.lexicon !== undefined) sources.push(lexiconFor(options.lexicon, options.domain));
  if (options.synonyms !== undefined) sources.push({ entries: options.synonyms });
  const lexicon = compileLexicon(sources);
  const index = buildSearchIndex(items, options.pinyinOf);
  const termIndex = buildSearchIndex(lexiconTermItems(lexicon), options.termPinyinOf);
  const segment = options.segment ?? (sharedSegmenter ??= intlWordSegmenter() ?? wholeRun);
  return { index, lexicon, termIndex, segment, search: (query) => rankItems(index, query, { lexicon, termIndex, segment }) };
}
