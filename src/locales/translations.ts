import { addLocaleLoader, lazyTranslations, type Translations } from '../utilities/localize.js';
import type { LocaleSection, LocaleStrings } from './locale.js';

/**
 * How a component makes its strings table (the keys of its `strings` attribute) out of the
 * sections of one locale file. This is the component's declaration of the keys it uses: the
 * locale test runs every component's builder over every locale and fails on a key a builder
 * reads that a locale lacks, and on a key no builder reads.
 */
export type StringsBuilder<K extends LocaleSection, S> = (locale: Pick<LocaleStrings, K>) => S;

/** Every component table and how it is built, and the locales a site added, for {@link addLocale}. */
const builders = new Map<Translations<unknown>, StringsBuilder<LocaleSection, unknown>>();
const added = new Map<string, () => Promise<LocaleStrings>>();

/**
 * A component's translations: zh-CN built at once from the sections given (imported by name
 * from zh-CN.ts, so an npm build of one component carries only the sections it uses), zh-TW and
 * en built from their locale files the first time an element needs them (one file per locale;
 * in the CMS bundle `si-catalogue.strings-<locale>-*.js`, never fetched by zh-CN pages).
 */
export function componentTranslations<K extends LocaleSection, S>(build: StringsBuilder<K, S>, zhCN: Pick<LocaleStrings, K>): Translations<S> {
  const table = lazyTranslations<S>(
    { 'zh-CN': build(zhCN) },
    {
      'zh-TW': () => import('./zh-TW.js').then(build),
      en: () => import('./en.js').then(build),
    },
  );
  builders.set(table as Translations<unknown>, build as StringsBuilder<LocaleSection, unknown>);
  for (const [tag, words] of added) addLocaleLoader(table, tag, () => words().then(build));
  return table;
}

/** Every component's builder, by its table: what the locale test runs over every locale. */
export function componentBuilders(): ReadonlyMap<Translations<unknown>, StringsBuilder<LocaleSection, unknown>> {
  return builders;
}

/**
 * Adds a language to every component at once: `strings` is one locale file's worth of words
 * (the shape of src/locales/zh-CN.ts, {@link LocaleStrings}), or a function that fetches it.
 * Elements whose `lang` matches `tag` (`ug`, `ug-CN`, …) load it before they first render, as
 * they do zh-TW and en (components imported later get it too); call it before such elements are
 * on the page.
 */
export function addLocale(tag: string, strings: LocaleStrings | (() => Promise<LocaleStrings>)): void {
  let loaded: Promise<LocaleStrings> | undefined;
  // Fetched once, however many components need it.
  const words = () => (loaded ??= typeof strings === 'function' ? strings() : Promise.resolve(strings));
  added.set(tag, words);
  for (const [table, build] of builders) addLocaleLoader(table, tag, () => words().then(build));
}
