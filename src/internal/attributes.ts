import type { ComplexAttributeConverter, PropertyDeclaration } from 'lit';
import { quote, warnOnce } from './warn.js';

/**
 * The rules every si-* attribute and property follows, in one place (see the README's
 * attribute table):
 *
 * - **null is the default.** A removed attribute, and a property set to `null` or `undefined`,
 *   mean the attribute's default; nothing throws and nothing keeps stale state.
 * - **Numbers are read leniently.** Full-width digits from an IME (`２０`) and spaces are
 *   accepted; a value out of range is clamped; anything else falls back to the default.
 * - **Unknown values warn.** A value that is not one of the accepted ones is reported once in
 *   the console (naming the element, the attribute, the value and what is accepted) and the
 *   default is used instead.
 * - **Defaults are never reflected.** A reflected attribute appears only when its value differs
 *   from the default (the author wrote it or it changed at run time) and disappears when the
 *   value returns to the default, so an editor saving the live DOM saves only what was meant.
 *
 * A property follows them when its declaration names one of the converters below; properties
 * with an initial value (their default) also set `useDefault`, so the initial value is never
 * reflected and an author's own `view="auto"` stays as written (Lit takes the first value set
 * as the default, so it is only for properties with an initial value):
 *
 * ```ts
 * @property({ attribute: 'page-size', type: Number, useDefault: true, converter: numberConverter(100, { min: 1, max: 10000 }) })
 * pageSize = 100;
 * ```
 *
 * (The options are written out, not spread from a helper, because the manifest analyzer and
 * lit-analyzer read them literally.) `SiElement.requestUpdate` runs the converter's `normalise`
 * on every value set, from an attribute or a property, so the property always holds a valid value.
 */

/** Names the element and attribute a value was set on, for warnings. */
interface ValueContext {
  /** The element's tag name, e.g. `si-catalogue`. */
  tag: string;
  /** The attribute's name (`page-size`), or the property's name when it has no attribute. */
  attribute: string;
}

/** An attribute converter that also turns any property value into a valid one. */
export interface SiConverter<T> extends ComplexAttributeConverter<unknown> {
  readonly defaultValue: T;
  /** Any value, from an attribute (a string or null) or a property, as a valid value; warns about bad ones. */
  normalise(value: unknown, context: ValueContext): T;
}

export function isSiConverter(converter: unknown): converter is SiConverter<unknown> {
  return typeof converter === 'object' && converter !== null && typeof (converter as SiConverter<unknown>).normalise === 'function';
}

/**
 * The attribute reads as the raw string (or the default when removed); `normalise`, run on
 * every set, does the rest, so attributes and properties obey the same rules.
 */
function converter<T>(defaultValue: T, normalise: SiConverter<T>['normalise']): SiConverter<T> {
  return {
    defaultValue,
    normalise,
    fromAttribute: (value) => value ?? defaultValue,
    toAttribute: (value) => (value == null || Object.is(value, defaultValue) ? null : String(value)),
  };
}

function describeType(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
}

/** Text: `null`/`undefined` give the default; numbers become text; other types warn. */
function stringConverter(defaultValue = ''): SiConverter<string> {
  return converter(defaultValue, (value, { tag, attribute }) => {
    if (value == null) return defaultValue;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
    warnOnce(tag, `${attribute} must be text, not ${describeType(value)}; using ${quote(defaultValue)}.`);
    return defaultValue;
  });
}

/** A text property whose default is "not set" (`undefined`), e.g. an optional date. */
function optionalStringConverter(): SiConverter<string | undefined> {
  return converter<string | undefined>(undefined, (value, { tag, attribute }) => {
    if (value == null) return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    warnOnce(tag, `${attribute} must be text, not ${describeType(value)}; it was ignored.`);
    return undefined;
  });
}

/** A catalogue reference: a 序号 (number or digits) or an id; kept as given. */
export function itemRefConverter<D extends string | undefined>(defaultValue: D): SiConverter<string | number | D> {
  return converter<string | number | D>(defaultValue, (value, { tag, attribute }) => {
    if (value == null) return defaultValue;
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return value;
    warnOnce(tag, `${attribute} must be a 序号 or an item id, not ${quote(value)}; it was ignored.`);
    return defaultValue;
  });
}

/**
 * One of a fixed set of values. Matching ignores case and surrounding spaces; `aliases` map
 * other spellings (`县级` → `county`). `null`, `undefined` and `''` give the default; an unknown
 * value warns (naming the accepted ones) and gives the default.
 */
export function enumConverter<T extends string>(values: readonly T[], defaultValue: T, aliases: Readonly<Record<string, T>> = {}): SiConverter<T> {
  const lookup = new Map<string, T>();
  for (const value of values) lookup.set(value.toLowerCase(), value);
  for (const [alias, value] of Object.entries(aliases)) lookup.set(alias.toLowerCase(), value);
  const accepted = values
    .filter((value) => value !== '')
    .map((value) => `"${value}"`)
    .join(', ');
  return converter(defaultValue, (value, { tag, attribute }) => {
    if (value == null) return defaultValue;
    const text = typeof value === 'string' ? value.trim() : undefined;
    if (text === '') return defaultValue;
    const known = text === undefined ? undefined : lookup.get(text.toLowerCase());
    if (known !== undefined) return known;
    warnOnce(tag, `${attribute} ${quote(value)} is not known; accepted: ${accepted}. Using ${defaultValue === '' ? 'none' : quote(defaultValue)}.`);
    return defaultValue;
  });
}

const NUMBER_SYNTAX = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * A number as an editor types it: full-width digits and signs (`２０`, from an IME), spaces
 * anywhere (`1 0`). Returns `NaN` for anything else (`abc`, `0x10`, `1e3`) and for no digits.
 */
export function parseLenientNumber(text: string): number {
  const compact = text.normalize('NFKC').replace(/[\s_]/g, '').replace(/[−－]/g, '-');
  return NUMBER_SYNTAX.test(compact) ? Number(compact) : Number.NaN;
}

export interface NumberRange {
  min: number;
  max: number;
  /** Rounded to a whole number (default true). */
  integer?: boolean;
}

/**
 * A number within `min`–`max`. Text is read with {@link parseLenientNumber}; a value out of
 * range is clamped and one that is not a number gives the default, each with one warning.
 */
export function numberConverter(defaultValue: number, range: NumberRange): SiConverter<number> {
  const { min, max, integer = true } = range;
  const rangeText = `${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`;
  return converter(defaultValue, (value, { tag, attribute }) => {
    if (value == null) return defaultValue;
    if (typeof value === 'string' && value.trim() === '') return defaultValue;
    const parsed = typeof value === 'number' ? value : typeof value === 'string' ? parseLenientNumber(value) : Number.NaN;
    if (!Number.isFinite(parsed)) {
      warnOnce(tag, `${attribute} ${quote(value)} is not a number; expected ${rangeText}. Using ${defaultValue}.`);
      return defaultValue;
    }
    const rounded = integer ? Math.round(parsed) : parsed;
    const clamped = Math.min(max, Math.max(min, rounded));
    if (clamped !== rounded) warnOnce(tag, `${attribute} ${quote(value)} is out of range; expected ${rangeText}. Using ${clamped}.`);
    return clamped;
  });
}

/**
 * A boolean attribute: present is true, absent is false. As a property, `null` and `undefined`
 * are false and other values count by truthiness, so the attribute always matches.
 */
export const booleanConverter: SiConverter<boolean> = {
  defaultValue: false,
  fromAttribute: (value) => value !== null,
  toAttribute: (value) => (value === true ? '' : null),
  normalise: (value) => (typeof value === 'boolean' ? value : value != null && value !== 0 && value !== '' && value !== false),
};

/** Text whose default is `''`: the converter of most attributes. */
export const textConverter = stringConverter('');

/** Optional text, whose default is "not set". */
export const optionalTextConverter = optionalStringConverter();

/** The attribute a property is set through, as Lit names it; the property's name without one. */
export function attributeNameOf(name: PropertyKey, options: PropertyDeclaration | undefined): string {
  const attribute = options?.attribute;
  if (typeof attribute === 'string') return attribute;
  return attribute === false ? String(name) : String(name).toLowerCase();
}
