/**
 * Run-time pinyin for catalogues loaded at run time: pinyin-pro, loaded on demand, with the
 * options and corrections the build-time tables use. A chunk of its own (pinyin-lazy.ts imports
 * it when a Latin-letter query meets text without syllables), so the search chunk the built-in
 * catalogue loads, whose pinyin is complete, does not carry it.
 */
import type { pinyin as pinyinProFunction } from 'pinyin-pro';
import corrections from './pinyin-corrections.json';
import type { PinyinOf } from './search-index.js';

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
