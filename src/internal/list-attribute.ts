import type { SiConverter } from './attributes.js';
import { quote, warnOnce } from './warn.js';

/** Separators an editor may use in a list attribute: ASCII or full-width comma, 、 or ;. */
const LIST_SEPARATORS = /[,，、;；\n]/;

/** Splits an editor-written list ("政府网站、政务服务中心") into trimmed, non-empty entries. */
export function parseList(value: string | null | undefined): string[] {
  if (value == null) return [];
  return value
    .split(LIST_SEPARATORS)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/**
 * A list as an attribute (`政府网站、政务服务中心`) or a property (an array of strings, or a
 * string read like the attribute); `null` is the empty list. Entries that are not text are
 * dropped with one warning.
 */
export const listSiConverter: SiConverter<string[]> = {
  defaultValue: [],
  fromAttribute: (value) => parseList(value),
  toAttribute: (value) => (Array.isArray(value) && value.length > 0 ? value.join(',') : null),
  normalise(value, { tag, attribute }) {
    if (value == null) return [];
    if (typeof value === 'string') return parseList(value);
    if (Array.isArray(value)) {
      if (value.every((entry) => typeof entry === 'string')) return value as string[];
      warnOnce(tag, `${attribute} must list texts; the entries ${quote(value.filter((entry) => typeof entry !== 'string'))} were ignored.`);
      return value.filter((entry): entry is string => typeof entry === 'string');
    }
    warnOnce(tag, `${attribute} must be a list of texts, not ${quote(value)}; it was ignored.`);
    return [];
  },
};
