/**
 * Pinyin for catalogues loaded at run time, fetched only when needed.
 *
 * pinyin-pro's `pinyin` is ~147 KB gzip with its dictionaries, more than the rest of the library,
 * and only Latin-letter queries need it. `ensurePinyin` returns the index unchanged for any other query and for an index that
 * already has every syllable (the shipped catalogue, with its precomputed table), so the module
 * is requested the first time someone types a letter in a run-time catalogue, and then never
 * again: the loader keeps its promise. The loader and pinyin-pro's options (pinyin-runtime.ts)
 * are imported then too, not with the search.
 */
import { hasLatinLetter } from './match.js';
import {
  buildSearchIndex,
  containsHan,
  firstKnownPinyin,
  forEachSearchableText,
  type PinyinOf,
  type SearchableItem,
  type SearchIndex,
} from './search-index.js';

/** pinyin-runtime.ts's shared loader, itself imported on first use. */
const loadRuntimePinyin = (): Promise<PinyinOf> => import('./pinyin-runtime.js').then((runtime) => runtime.loadPinyin());

/**
 * How long syllable conversion may hold the main thread before it lets the page respond: a
 * keystroke during the conversion (10,000 items: seconds of it) waits at most this long, so it
 * stays inside the 16 ms frame budget (it was 30 ms: every keystroke then missed it).
 */
const SLICE_MILLISECONDS = 8;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * Converts, once each, the texts of `items` that `known` has no syllables for. pinyin-pro takes
 * around a millisecond per text, so a large catalogue is converted in slices between which the
 * page handles input; catalogues repeat texts (政府信息公开条例 is in most items), so each
 * distinct text is converted once.
 */
async function convertMissingTexts(items: readonly SearchableItem[], known: PinyinOf | undefined, runtime: PinyinOf): Promise<PinyinOf> {
  const missing = new Set<string>();
  for (const item of items) {
    forEachSearchableText(item, (_field, _entry, text) => {
      if (containsHan(text) && known?.(text) === undefined) missing.add(text);
    });
  }
  const converted = new Map<string, readonly string[] | undefined>();
  let sliceStarted = performance.now();
  for (const text of missing) {
    converted.set(text, runtime(text));
    if (performance.now() - sliceStarted > SLICE_MILLISECONDS) {
      await nextTask();
      sliceStarted = performance.now();
    }
  }
  return firstKnownPinyin(known, (text) => converted.get(text));
}

/**
 * The index to search `query` with: `index` itself unless the query has Latin letters and some
 * text lacks syllables; then pinyin-pro is loaded and a new index built, keeping the syllables the
 * index already had (a precomputed table) and asking pinyin-pro only for the rest.
 */
export async function ensurePinyin<T extends SearchableItem>(
  index: SearchIndex<T>,
  query: string,
  load: () => Promise<PinyinOf> = loadRuntimePinyin,
): Promise<SearchIndex<T>> {
  if (index.pinyinComplete || !hasLatinLetter(query)) return index;
  const runtimePinyin = await load();
  return buildSearchIndex(index.items, await convertMissingTexts(index.items, index.pinyinOf, runtimePinyin));
}
