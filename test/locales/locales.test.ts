import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { LocaleStrings } from '../../src/locales/locale.js';
import { componentBuilders } from '../../src/locales/translations.js';
import * as zhCN from '../../src/locales/zh-CN.js';
import { UI_LOCALES } from '../../src/utilities/localize.js';

// The locale files (src/locales/) against the components' declarations of the keys they use
// (the builders in each *.strings.ts): no key missing in any locale, none that no component uses.

/** Every component's builder (each table made with componentTranslations, all imported above), by name. */
const BUILDERS: Record<string, (locale: LocaleStrings) => unknown> = Object.fromEntries(
  [...componentBuilders().values()].map((build, index) => [build.name || `builder ${index}`, build]),
);

const LOADERS: Record<string, () => Promise<LocaleStrings>> = {
  'zh-CN': () => Promise.resolve(zhCN),
  'zh-TW': () => import('../../src/locales/zh-TW.js'),
  en: () => import('../../src/locales/en.js'),
};

/** `path → text` of every text in a nested object; anything that is neither is listed as `path → typeof`. */
function leaves(value: unknown, path = '', into: Record<string, string> = {}): Record<string, string> {
  if (typeof value === 'string') into[path] = value;
  else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) leaves(inner, path === '' ? key : `${path}.${key}`, into);
  } else into[path] = `<${typeof value}>`;
  return into;
}

/** The same nested object with every text replaced by its own path, marked. */
function probe(value: unknown, path = ''): unknown {
  if (typeof value === 'string') return `⟦${path}⟧`;
  return Object.fromEntries(Object.entries(value as object).map(([key, inner]) => [key, probe(inner, path === '' ? key : `${path}.${key}`)]));
}

/** The top-level placeholder names of a template (`{n}`, `{n, plural, …}`, `{n:a|b}` → n). */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)/g)].map((match) => match[1]))].sort().join(',');

/** The sections of a locale module (its exports), as a plain object. */
const sections = (module: LocaleStrings) => ({ ...module }) as LocaleStrings;

describe('the locale files', () => {
  const loaded: Record<string, LocaleStrings> = {};
  before(async () => {
    for (const [locale, load] of Object.entries(LOADERS)) loaded[locale] = sections(await load());
  });

  it('are one for each interface language', () => {
    expect(Object.keys(LOADERS).sort()).to.deep.equal([...UI_LOCALES].sort());
  });

  it('are read by every component (each builds its table with componentTranslations)', () => {
    expect(Object.keys(BUILDERS)).to.include.members([
      'catalogueStringsFrom',
      'channelBadgesStringsFrom',
      'deadlineStringsFrom',
      'itemCardStringsFrom',
      'serviceGuideStringsFrom',
    ]);
  });

  it('have exactly the keys of zh-CN in every locale: none missing, none extra', () => {
    const reference = Object.keys(leaves(loaded['zh-CN'])).sort();
    const problems: Record<string, { missing: string[]; extra: string[] }> = {};
    const none: typeof problems = {};
    for (const locale of UI_LOCALES) {
      const keys = Object.keys(leaves(loaded[locale])).sort();
      problems[locale] = { missing: reference.filter((key) => !keys.includes(key)), extra: keys.filter((key) => !reference.includes(key)) };
      none[locale] = { missing: [], extra: [] };
    }
    expect(problems).to.deep.equal(none);
  });

  it('give every locale the placeholders of zh-CN, text by text', () => {
    const reference = leaves(loaded['zh-CN']);
    for (const locale of UI_LOCALES) {
      const texts = leaves(loaded[locale]);
      const differing = Object.keys(reference).filter((key) => key in texts && placeholders(texts[key]!) !== placeholders(reference[key]!));
      expect(differing, locale).to.deep.equal([]);
    }
  });

  it('give each component a text for every key it uses, in every locale', () => {
    for (const locale of UI_LOCALES) {
      for (const [component, build] of Object.entries(BUILDERS)) {
        const notText = Object.entries(leaves(build(loaded[locale]!))).filter(([, text]) => /^<\w+>$/.test(text));
        expect(
          notText.map(([key]) => key),
          `${component} in ${locale}`,
        ).to.deep.equal([]);
      }
    }
  });

  it('hold no key that no component uses', () => {
    const used = new Set<string>();
    const probed = probe(loaded['zh-CN']) as LocaleStrings;
    for (const build of Object.values(BUILDERS)) {
      for (const text of Object.values(leaves(build(probed)))) for (const [, key] of text.matchAll(/⟦([^⟧]+)⟧/g)) used.add(key!);
    }
    const unused = Object.keys(leaves(loaded['zh-CN'])).filter((key) => !used.has(key));
    expect(unused).to.deep.equal([]);
  });

  it('share in `columns`, `common` and `loading` only words more than one component uses', () => {
    const users = new Map<string, Set<string>>();
    const probed = probe(loaded['zh-CN']) as LocaleStrings;
    for (const [component, build] of Object.entries(BUILDERS)) {
      for (const text of Object.values(leaves(build(probed)))) {
        for (const [, key] of text.matchAll(/⟦([^⟧]+)⟧/g)) users.set(key!, (users.get(key!) ?? new Set()).add(component));
      }
    }
    const { columns, common, loading } = loaded['zh-CN']!;
    const shared = Object.keys(leaves({ columns, common, loading }));
    expect(shared.filter((key) => (users.get(key)?.size ?? 0) < 2)).to.deep.equal([]);
  });
});
