import type * as zhCN from './zh-CN.js';

/**
 * The shape of one locale file: its sections (`columns`, `common`, `loading`, then one a
 * component) and their keys, as zh-CN.ts has them. zh-TW.ts and en.ts are typed with it, so a
 * key missing in either does not compile; a site adding a language writes an object of this
 * shape.
 */
export type LocaleStrings = typeof zhCN;

/** The name of one section of a locale file. */
export type LocaleSection = keyof LocaleStrings;
