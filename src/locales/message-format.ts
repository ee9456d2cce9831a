/**
 * The templates of the locale files, filled in for one locale:
 *
 * - `{name}`: the value of `name`; numbers through `Intl.NumberFormat` (`12,345`);
 * - `{n, plural, =0 {none} one {# day} other {# days}}`: a form picked by the number `n`, the
 *   ICU MessageFormat way: an exact `=N` first, else `n`'s CLDR category in the locale
 *   (`Intl.PluralRules`: zero, one, two, few, many, other), else `other`; `#` is the number,
 *   formatted; a form may hold other placeholders (not plurals). English needs one and other;
 *   a site adding a language with more forms (ru, ar, …) writes them all;
 * - `{n:day|days}`: the older shorthand for `one` and `other`, still read (site overrides).
 *
 * A placeholder without a value, or braces that are none of these, stay as written.
 */

// Intl objects are slow to create: one a locale for the page's life.
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** The whole-number format of a locale (digits, grouping), cached. */
export function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (format === undefined) numberFormats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })));
  return format;
}

/** The CLDR plural category of a number in a locale (`one`, `few`, `other`, …). */
export function pluralCategory(value: number, locale: string): string {
  let rules = pluralRules.get(locale);
  if (rules === undefined) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(value);
}

/**
 * `{name}`, `{name:one|other}`, or `{name, plural, selector {form} …}` (forms may hold `{x}`
 * placeholders, not further plurals).
 */
const PLACEHOLDER = /\{(\w+)(?::([^{}|]*)\|([^{}]*)|\s*,\s*plural\s*,((?:\s*(?:=\d+|[a-z]+)\s*\{(?:[^{}]|\{[^{}]*\})*\})+)\s*)?\}/g;
/** One form of a plural: its selector and text. */
const FORM = /(=\d+|[a-z]+)\s*\{((?:[^{}]|\{[^{}]*\})*)\}/g;

function fill(template: string, values: Readonly<Record<string, unknown>>, locale: string, hash?: string): unknown[] {
  const text = (part: string) => (hash === undefined ? part : part.replaceAll('#', hash));
  const out: unknown[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const [whole, name, one, other, plural] = match as unknown as [string, string, string?, string?, string?];
    if (!Object.prototype.hasOwnProperty.call(values, name)) continue;
    const value = values[name];
    const number = typeof value === 'number' ? value : undefined;
    const forms = plural === undefined ? undefined : new Map([...plural.matchAll(FORM)].map((form) => [form[1], form[2]!]));
    // A plural without `other` is not well formed: kept as written.
    if (forms !== undefined && !forms.has('other')) continue;
    out.push(text(template.slice(last, match.index)));
    if (forms !== undefined) {
      const form = forms.get(`=${number}`) ?? forms.get(number === undefined ? 'other' : pluralCategory(number, locale)) ?? forms.get('other')!;
      for (const part of fill(form, values, locale, number === undefined ? String(value) : numberFormat(locale).format(number))) out.push(part);
    } else if (other !== undefined) out.push(number !== undefined && pluralCategory(number, locale) === 'one' ? one : other);
    else out.push(number === undefined ? value : numberFormat(locale).format(number));
    last = match.index + whole.length;
  }
  out.push(text(template.slice(last)));
  return out;
}

/**
 * Splits a template into text and the given values, in order, for Lit to render (so a value can
 * be a template, e.g. a `<time>`): see the module's comment for what a template may hold.
 * Numbers are formatted and plurals picked for `locale` (zh-CN by default).
 */
export function fillTemplateParts(template: string, values: Readonly<Record<string, unknown>>, locale = 'zh-CN'): unknown[] {
  return fill(template, values, locale);
}

/** {@link fillTemplateParts} as one string, for attributes and plain text. */
export function formatTemplate(template: string, values: Readonly<Record<string, string | number>>, locale = 'zh-CN'): string {
  return fillTemplateParts(template, values, locale).join('');
}
