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

/**
 * The standard's column words (the locale files' `columns` section): the 公开依据 … 公开层级
 * headers and the values their ticks stand for. Declared once; `<si-catalogue>` (under its
 * `columns` key) and `<si-item-card>` (flat) extend it.
 */
export interface ColumnWords {
  basis: string;
  /** 公开时限; the item card shows it before a printed deadline that is not counted in working days. */
  deadline: string;
  subject: string;
  channels: string;
  audience: string;
  audiencePublic: string;
  audienceSpecific: string;
  method: string;
  methodProactive: string;
  methodOnRequest: string;
  levels: string;
  levelCounty: string;
  levelTownship: string;
}
