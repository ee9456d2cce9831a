import { formatTemplate, numberFormat } from '../locales/message-format.js';
import { AncestorAttributesController, closestAcrossShadows } from '../internal/ancestors.js';
import { devWarn } from '../internal/warn.js';

export { fillTemplateParts, formatTemplate } from '../locales/message-format.js';

/**
 * Localisation of the UI (never of the data, which stays in the language it was published in).
 *
 * The words are in one file per locale (src/locales/), with the same keys in each (TypeScript
 * checks that every locale has every key); each component's strings module builds its table
 * from the sections it uses (src/locales/translations.ts). The element's language is
 * its own `lang`, else the nearest ancestor's (across shadow roots), else the document's; the
 * {@link LocaleController} follows changes to any of them. Strings are `{name}` templates with
 * plural forms (src/locales/message-format.ts): numbers are filled in through
 * `Intl.NumberFormat`, dates are formatted by the component through `Intl.DateTimeFormat` in
 * {@link Localized.formatLocale}.
 */

/** The locale of the built-in strings, used whenever nothing better matches. */
const DEFAULT_LOCALE = 'zh-CN';

/** The UI languages every component ships. */
export const UI_LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;

/**
 * A component's strings by locale tag: zh-CN is required, and so far every component has all
 * three. A site may add a locale (`ug`, `bo`, …) by adding an entry with the same keys.
 */
export type Translations<S> = { readonly 'zh-CN': S } & { readonly [locale: string]: S | undefined };

/** The strings and formatters for one element in its language. */
export interface Localized<S> {
  /** The element's strings: the locale's, with the element's `strings` overrides applied. */
  readonly strings: S;
  /** The key of the translation used (`zh-CN`, `zh-TW`, `en`, or a site-added one). */
  readonly locale: string;
  /** The locale for `Intl`: the element's language when it shares the translation's language, else the translation's. */
  readonly formatLocale: string;
  /** A number in the locale's digits and grouping. */
  number(value: number): string;
  /**
   * Fills `{name}` placeholders (numbers through {@link Localized.number}) and plurals
   * (`{n, plural, one {# day} other {# days}}`, src/locales/message-format.ts); unknown names are kept.
   */
  format(template: string, values: Readonly<Record<string, string | number>>): string;
}

// Intl objects are slow to create (ICU data lookups, ≈7 ms on a first render of the catalogue):
// every lookup below is cached per tag for the page's life. Tags are few (one a language).
const canonicalTags = new Map<string, string | undefined>();
const maximizedTags = new Map<string, MaximizedTag>();

interface MaximizedTag {
  language: string;
  script: string | undefined;
  region: string | undefined;
}

function canonical(tag: string): string | undefined {
  if (canonicalTags.has(tag)) return canonicalTags.get(tag);
  let result: string | undefined;
  try {
    result = Intl.getCanonicalLocales(tag)[0];
  } catch {
    result = undefined;
  }
  canonicalTags.set(tag, result);
  return result;
}

function maximized(tag: string): MaximizedTag {
  let result = maximizedTags.get(tag);
  if (result !== undefined) return result;
  try {
    const locale = new Intl.Locale(tag).maximize();
    result = { language: locale.language, script: locale.script, region: locale.region };
  } catch {
    result = { language: tag.split('-')[0]!.toLowerCase(), script: undefined, region: undefined };
  }
  maximizedTags.set(tag, result);
  return result;
}

/**
 * The translation key for a language tag, and the locale to format dates and numbers in:
 * an exact match (`zh-TW`); else one of the same language and script (`zh-HK` and `zh-Hant`
 * get zh-TW words, `zh-SG` and `zh` zh-CN words, `en-GB` English words), formatted in the tag
 * asked for (British dates for en-GB); else one of the same language; else zh-CN words and
 * zh-CN formats, so words and dates never mix languages.
 */
export function matchLocale(available: readonly string[], lang: string | null | undefined): { locale: string; formatLocale: string } {
  const fallback = { locale: DEFAULT_LOCALE, formatLocale: DEFAULT_LOCALE };
  const tag = canonical((lang ?? '').trim());
  if (tag === undefined || tag === '') return fallback;
  const exact = available.find((key) => key.toLowerCase() === tag.toLowerCase());
  if (exact !== undefined) return { locale: exact, formatLocale: tag };
  const wanted = maximized(tag);
  const candidates = available.map((key) => ({ key, ...maximized(key) })).filter((candidate) => candidate.language === wanted.language);
  const best =
    candidates.find((c) => c.script === wanted.script && c.region === wanted.region) ?? candidates.find((c) => c.script === wanted.script) ?? candidates[0];
  return best === undefined ? fallback : { locale: best.key, formatLocale: tag };
}

// ----- locales loaded on first use -----

/** Fetches one locale's strings (a dynamic `import()`), so pages in other languages do not carry them. */
export type LocaleLoader<S> = () => Promise<S>;

/** Every table with lazy locales, and its loaders by locale tag. */
const lazyTables = new Map<Translations<unknown>, Map<string, LocaleLoader<unknown>>>();
const loads = new WeakMap<Translations<unknown>, Map<string, Promise<void>>>();
const failedLoads = new WeakMap<Translations<unknown>, Set<string>>();
/** Bumped whenever a locale arrives, so cached {@link Localized} values are rebuilt. */
let loadedVersion = 0;

/**
 * A translations table whose other locales are loaded when an element first needs one: zh-TW
 * and en strings stay out of zh-CN pages (≈5 KB gzip of the bundle). Until a locale is loaded
 * the table has no entry for it; {@link loadTranslations} fills it in. Elements wait for the
 * strings of their language before they render (SiElement), so words never flash in zh-CN.
 * A site may still add a language by adding an entry to the table.
 */
export function lazyTranslations<S>(loaded: Translations<S>, loaders: Readonly<Record<string, LocaleLoader<S>>>): Translations<S> {
  const table = { ...loaded } as Translations<S>;
  lazyTables.set(table as Translations<unknown>, new Map(Object.entries(loaders)));
  return table;
}

/**
 * Adds a locale a lazy table loads on first use (or replaces the loader of one not loaded yet):
 * how a site's own language reaches every component (see `addLocale` in src/locales/translations.ts).
 */
export function addLocaleLoader<S>(translations: Translations<S>, locale: string, load: LocaleLoader<S>): void {
  let loaders = lazyTables.get(translations as Translations<unknown>);
  if (loaders === undefined) lazyTables.set(translations as Translations<unknown>, (loaders = new Map()));
  loaders.set(locale, load as LocaleLoader<unknown>);
}

/** The locales a table has or can load. */
function knownLocales(translations: Translations<unknown>): string[] {
  const present = Object.keys(translations).filter((key) => translations[key] !== undefined);
  const lazy = [...(lazyTables.get(translations)?.keys() ?? [])];
  return [...new Set([...present, ...lazy])];
}

/**
 * Loads locales of a lazy table (all of them by default) into it; resolves once they are there.
 * A locale that fails to load (e.g. its file was not copied beside the bundle) is reported once
 * on the console and left out: its elements show zh-CN words, never a blank component.
 */
export function loadTranslations(translations: Translations<unknown>, locales?: readonly string[]): Promise<void> {
  const loaders = lazyTables.get(translations);
  if (loaders === undefined) return Promise.resolve();
  let started = loads.get(translations);
  if (started === undefined) loads.set(translations, (started = new Map()));
  const promises = (locales ?? [...loaders.keys()]).map((locale) => {
    const load = loaders.get(locale);
    if (load === undefined || translations[locale] !== undefined) return Promise.resolve();
    let promise = started.get(locale);
    if (promise === undefined) {
      promise = load().then(
        (strings) => {
          (translations as Record<string, unknown>)[locale] = strings;
          loadedVersion += 1;
        },
        (error: unknown) => {
          const failed = failedLoads.get(translations) ?? new Set<string>();
          failedLoads.set(translations, failed.add(locale));
          devWarn(`the ${locale} interface strings could not be loaded (${String(error)}); showing zh-CN.`, { key: `strings ${locale}` });
        },
      );
      started.set(locale, promise);
    }
    return promise;
  });
  return Promise.all(promises).then(() => undefined);
}

/**
 * The loads an element in `lang` must wait for before it renders: of every lazy table on the
 * page, the locale `lang` matches, when that is not loaded yet. Undefined when there is nothing
 * to wait for (always for zh-CN), so those elements render exactly as before.
 */
export function pendingTranslations(lang: string): Promise<void> | undefined {
  let pending: Promise<void>[] | undefined;
  for (const [table, loaders] of lazyTables) {
    const { locale } = matchLocale(knownLocales(table), lang);
    // A load that failed is not waited for again: those elements use zh-CN.
    if (table[locale] !== undefined || !loaders.has(locale) || failedLoads.get(table)?.has(locale)) continue;
    (pending ??= []).push(loadTranslations(table, [locale]));
  }
  return pending === undefined ? undefined : Promise.all(pending).then(() => undefined);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deeper than any strings table (they nest two levels); past it, an override is ignored with a warning. */
const MAX_OVERRIDE_DEPTH = 8;

/** One warning per override path, whatever the value (src/internal/warn.ts). */
function warnOnce(where: string, message: string): void {
  devWarn(message, { key: `strings ${where}` });
}

/**
 * `base` with `overrides` applied key by key (nested objects merged). An override of the wrong
 * type or for an unknown key is ignored with one console warning, so a typo in an editor's
 * `strings` attribute never blanks a label. Only the table's own keys count (`__proto__` or
 * `constructor` are not texts), and nesting stops at MAX_OVERRIDE_DEPTH, so no attribute can
 * recurse without end.
 */
function applyOverrides<S>(base: S, overrides: unknown, path = '', depth = 0): S {
  if (!isPlainObject(overrides)) return base;
  if (depth >= MAX_OVERRIDE_DEPTH) {
    warnOnce(`${path}…`, `strings nested deeper than ${MAX_OVERRIDE_DEPTH} levels at "${path}" were ignored.`);
    return base;
  }
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides)) {
    const current = Object.prototype.hasOwnProperty.call(result, key) ? result[key] : undefined;
    const where = path + key;
    if (typeof current === 'string' && typeof value === 'string') result[key] = value;
    else if (isPlainObject(current) && isPlainObject(value)) result[key] = applyOverrides(current, value, `${where}.`, depth + 1);
    else {
      warnOnce(
        where,
        current === undefined
          ? `"${where}" in strings is not a text of this element and was ignored.`
          : `"${where}" in strings must be ${typeof current === 'string' ? 'a string' : 'an object'}; it was ignored.`,
      );
    }
  }
  return result as S;
}

/**
 * The `lang` to mark data with when it is not in the interface's language: the catalogue is
 * published in Chinese, so an English interface marks its data `zh-CN` (WCAG 3.1.2) and a
 * Chinese one needs no mark (`undefined`).
 */
export function dataLangFor(formatLocale: string, dataLang = DEFAULT_LOCALE): string | undefined {
  return maximized(formatLocale).language === maximized(dataLang).language ? undefined : dataLang;
}

/** The strings and formatters of `translations` for a language tag, with overrides applied. */
export function localize<S>(translations: Translations<S>, lang: string | null | undefined, overrides?: unknown): Localized<S> {
  const available = Object.keys(translations).filter((key) => translations[key] !== undefined);
  const { locale, formatLocale } = matchLocale(available, lang);
  const strings = applyOverrides(translations[locale] ?? translations[DEFAULT_LOCALE], overrides);
  return {
    strings,
    locale,
    formatLocale,
    number: (value) => numberFormat(formatLocale).format(value),
    format: (template, values) => formatTemplate(template, values, formatLocale),
  };
}

/**
 * The language of an element: its own `lang`, else the nearest ancestor's across shadow roots
 * (up to the document's `<html lang>`), else zh-CN. An empty `lang=""` is skipped.
 */
export function resolveLang(element: Element): string {
  return closestAcrossShadows(element, '[lang]:not([lang=""])')?.getAttribute('lang')?.trim() || DEFAULT_LOCALE;
}

/**
 * Keeps an element's language ({@link LocaleController.lang}) and re-renders the element when it
 * changes: on connection, and whenever a `lang` attribute changes on the element, an ancestor
 * or the document (one shared MutationObserver per document or shadow root).
 *
 * A small Shoelace-style controller rather than `@lit/localize`: the language is per element
 * (two languages on one page work), nothing global is configured, and strings need no build
 * step; see docs/theming.md.
 */
export class LocaleController extends AncestorAttributesController {
  /** The element's language tag as written (`zh-CN`, `en-GB`, …); zh-CN when none is set. */
  lang = DEFAULT_LOCALE;

  private cache = new WeakMap<object, { lang: string; overrides: unknown; version: number; localized: Localized<unknown> }>();

  /**
   * What the element must wait for before rendering in its language: the lazily loaded strings
   * of that language (see {@link lazyTranslations}); undefined when they are there.
   */
  pendingStrings(): Promise<void> | undefined {
    return pendingTranslations(this.currentLang());
  }

  private currentLang(): string {
    // Before connection (e.g. server rendering) only the element's own lang is known.
    return this.following ? this.lang : this.host.getAttribute('lang') || this.lang;
  }

  /** The strings of `translations` for the element's language, with `overrides` applied; cached. */
  localize<S>(translations: Translations<S>, overrides?: unknown): Localized<S> {
    const lang = this.currentLang();
    const cached = this.cache.get(translations);
    if (cached !== undefined && cached.lang === lang && cached.overrides === overrides && cached.version === loadedVersion) {
      return cached.localized as Localized<S>;
    }
    const localized = localize(translations, lang, overrides);
    this.cache.set(translations, { lang, overrides, version: loadedVersion, localized });
    return localized;
  }

  protected readonly refresh = (): void => {
    const lang = resolveLang(this.host);
    if (lang !== this.lang) {
      this.lang = lang;
      this.host.requestUpdate();
    }
  };
}
