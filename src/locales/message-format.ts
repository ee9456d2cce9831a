/**
 * The templates of the locale files, filled in for one locale:
 *
 * - `{name}`: the value of `name`; numbers through `Intl.NumberFormat` (`12,345`);
 * - `{n, plural, =0 {none} one {# day} other {# days}}`: a form picked by the number `n`, the
 *   ICU MessageFormat way: an exact `=N` first, else `n`'s CLDR category in the locale
 *   (`Intl.PluralRules`: zero, one, two, few, many, other), else `other`; `#` is the number,
 *   formatted; a form may hold other placeholders. English needs one and other; a site adding
 *   a language with more forms (ru, ar, …) writes them all;
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

/** `name`, or the shorthand `name:one|other`. */
const SIMPLE = /^(\w+)(?::([^{}|]*)\|([^{}]*))?$/;
/** The start of `name, plural, …`. */
const PLURAL = /^(\w+)\s*,\s*plural\s*,/;
/** One form's selector and its opening brace. */
const FORM = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/y;

/** Where the brace at `open` closes, nested braces counted; -1 when it does not. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && (depth -= 1) === 0) return i;
  }
  return -1;
}

/** The forms of a plural (`one {…} other {…}`) by selector; undefined unless well formed with `other`. */
function pluralForms(body: string): Map<string, string> | undefined {
  const forms = new Map<string, string>();
  let at = 0;
  while (body.slice(at).trim() !== '') {
    FORM.lastIndex = at;
    const match = FORM.exec(body);
    const close = match === null ? -1 : closing(body, FORM.lastIndex - 1);
    if (match === null || close < 0) return undefined;
    forms.set(match[1]!, body.slice(FORM.lastIndex, close));
    at = close + 1;
  }
  return forms.has('other') ? forms : undefined;
}

function fill(template: string, values: Readonly<Record<string, unknown>>, locale: string, hash: string | undefined, out: unknown[]): void {
  const text = (part: string) => out.push(hash === undefined ? part : part.replaceAll('#', hash));
  let at = 0;
  let open = template.indexOf('{');
  while (open >= 0) {
    const close = closing(template, open);
    if (close < 0) break;
    const inner = template.slice(open + 1, close);
    const simple = SIMPLE.exec(inner);
    const plural = simple === null ? PLURAL.exec(inner) : null;
    const name = (simple ?? plural)?.[1];
    const forms = plural === null ? undefined : pluralForms(inner.slice(plural[0].length));
    if (name === undefined || !Object.prototype.hasOwnProperty.call(values, name) || (plural !== null && forms === undefined)) {
      // Not a placeholder this call fills: kept as written, and what it encloses is read on.
      open = template.indexOf('{', open + 1);
      continue;
    }
    text(template.slice(at, open));
    const value = values[name];
    const number = typeof value === 'number' ? value : undefined;
    if (forms !== undefined) {
      const form = (number !== undefined && forms.get(`=${number}`)) || forms.get(number === undefined ? 'other' : pluralCategory(number, locale));
      fill(form ?? forms.get('other')!, values, locale, number === undefined ? String(value) : numberFormat(locale).format(number), out);
    } else if (simple![3] !== undefined) {
      out.push(number !== undefined && pluralCategory(number, locale) === 'one' ? simple![2] : simple![3]);
    } else {
      out.push(number === undefined ? value : numberFormat(locale).format(number));
    }
    at = close + 1;
    open = template.indexOf('{', at);
  }
  text(template.slice(at));
}

/**
 * Splits a template into text and the given values, in order, for Lit to render (so a value can
 * be a template, e.g. a `<time>`): see the module's comment for what a template may hold.
 * Numbers are formatted and plurals picked for `locale` (zh-CN by default).
 */
export function fillTemplateParts(template: string, values: Readonly<Record<string, unknown>>, locale = 'zh-CN'): unknown[] {
  const out: unknown[] = [];
  fill(template, values, locale, undefined, out);
  return out;
}

/** {@link fillTemplateParts} as one string, for attributes and plain text. */
export function formatTemplate(template: string, values: Readonly<Record<string, string | number>>, locale = 'zh-CN'): string {
  return fillTemplateParts(template, values, locale).join('');
}
