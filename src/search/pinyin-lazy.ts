/**
 * Pinyin for catalogues loaded at run time, fetched only when needed.
 *
 * pinyin-pro's `pinyin` is ~147 KB gzip with its dictionaries, more than the rest of the library,
 * and only Latin-letter queries need it. `ensurePinyin` returns the index unchanged for any other query and for an index that
 * already has every syllable (the shipped catalogue, with its precomputed table), so the module
 * is requested the first time someone types a letter in a run-time catalogue, and then never
 * again: the loader keeps its promise.
 */
import type { pinyin as pinyinProFunction } from 'pinyin-pro';
import { hasLatinLetter } from './match.js';
import corrections from './pinyin-corrections.json';
import {
  buildSearchIndex,
  containsHan,
  firstKnownPinyin,
  forEachSearchableText,
  type PinyinOf,
  type SearchableItem,
  type SearchIndex,
} from './search-index.js';

/** The part of pinyin-pro this library uses. */
export interface PinyinModule {
  readonly pinyin: typeof pinyinProFunction;
}

export type PinyinModuleLoader = () => Promise<PinyinModule>;

/**
 * Words pinyin-pro reads wrongly in catalogue text (重置 is chong zhi, not zhong zhi), with the
 * reading people type. `scripts/build-search-index.js` applies the same file.
 */
const PINYIN_CORRECTIONS: Readonly<Record<string, string>> = corrections;

/** Overwrites, in place, the syllables of every corrected word found in `codePoints`. */
function applyCorrections(codePoints: readonly string[], syllables: string[]): void {
  const text = codePoints.join('');
  for (const [word, reading] of Object.entries(PINYIN_CORRECTIONS)) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      // Corrected words are Chinese, so their offset counts code points only if nothing before
      // them is a surrogate pair; count properly anyway.
      const first = Array.from(text.slice(0, at)).length;
      reading.split(' ').forEach((syllable, offset) => (syllables[first + offset] = syllable));
    }
  }
}

/**
 * Syllables from pinyin-pro with exactly the options `scripts/build-search-index.js` uses, plus
 * the corrections, so a run-time index and the shipped table agree (tests compare them).
 * Whole texts are converted, not characters, so pinyin-pro picks the reading in context
 * (银行 yin hang, 行政 xing zheng).
 */
export function pinyinOfWith(module: PinyinModule): PinyinOf {
  return (text) => {
    const characters = module.pinyin(text, { toneType: 'none', type: 'all', v: true });
    const codePoints = Array.from(text);
    // Should pinyin-pro ever group characters differently, fall back to one at a time: the
    // reading in context is lost, the alignment with the text is not.
    const syllables =
      characters.length === codePoints.length
        ? characters.map((character) => (character.isZh ? character.pinyin : ''))
        : codePoints.map((character) => {
            const [only] = module.pinyin(character, { toneType: 'none', type: 'all', v: true });
            return only?.isZh ? only.pinyin : '';
          });
    applyCorrections(codePoints, syllables);
    return syllables;
  };
}

/** A function that loads pinyin-pro on its first call and resolves every call to the same `PinyinOf`. */
export function createPinyinLoader(loadModule: PinyinModuleLoader = () => import('./pinyin-pro-entry.js')): () => Promise<PinyinOf> {
  let loading: Promise<PinyinOf> | undefined;
  return () => {
    loading ??= loadModule().then(pinyinOfWith, (error: unknown) => {
      // A failed download (offline, blocked chunk) must not stick: the next letter typed retries.
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

/** The library's shared loader: the pinyin-pro chunk is requested at most once per page. */
export const loadPinyin: () => Promise<PinyinOf> = createPinyinLoader();

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
  load: () => Promise<PinyinOf> = loadPinyin,
): Promise<SearchIndex<T>> {
  if (index.pinyinComplete || !hasLatinLetter(query)) return index;
  const runtimePinyin = await load();
  return buildSearchIndex(index.items, await convertMissingTexts(index.items, index.pinyinOf, runtimePinyin));
}
