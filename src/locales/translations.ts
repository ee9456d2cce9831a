import { lazyTranslations, type Translations } from '../utilities/localize.js';
import type { LocaleSection, LocaleStrings } from './locale.js';

/**
 * How a component makes its strings table (the keys of its `strings` attribute) out of the
 * sections of one locale file. This is the component's declaration of the keys it uses: the
 * locale test runs every component's builder over every locale and fails on a key a builder
 * reads that a locale lacks, and on a key no builder reads.
 */
export type StringsBuilder<K extends LocaleSection, S> = (locale: Pick<LocaleStrings, K>) => S;

/**
 * A component's translations: zh-CN built at once from the sections given (imported by name
 * from zh-CN.ts, so an npm build of one component carries only the sections it uses), zh-TW and
 * en built from their locale files the first time an element needs them (one file per locale;
 * in the CMS bundle `si-catalogue.strings-<locale>-*.js`, never fetched by zh-CN pages).
 */
export function componentTranslations<K extends LocaleSection, S>(
  build: StringsBuilder<K, S>,
  zhCN: Pick<LocaleStrings, K>,
): Translations<S> {
  return lazyTranslations<S>(
    { 'zh-CN': build(zhCN) },
    {
      'zh-TW': () => import('./zh-TW.js').then(build),
      en: () => import('./en.js').then(build),
    },
  );
}
