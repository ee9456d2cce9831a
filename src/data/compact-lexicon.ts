/**
 * The compact form the built-in search lexicon ships in. src/data/search-lexicon.json, edited by
 * people, stays the source (schema, a `kind` and a `from` source per entry, the `sources`
 * themselves); the search reads only its words. Its pinyin, src/data/search-lexicon.search.json
 * (written by scripts/build-search-index.js: each term → its syllables), mostly repeats readings
 * the catalogue's table has. scripts/compact-lexicon.js (a Vite plugin) serves both files to the
 * bundle in the forms below, decoded when the search chunk loads (< 1 ms); the encoders refuse
 * data they would not rebuild exactly, so nothing vanishes silently.
 *
 * - Lexicon: `{ domain, ignore, general, entries, popular }` of strings; words separated by
 *   spaces, an entry `terms=means` (`补办 挂失=补换 补卡`), entries by line breaks.
 * - Pinyin of the terms: a character the catalogue prints takes the reading it has there; the
 *   others are packed without the characters (compact-readings.ts); the few terms read
 *   differently in context are kept whole (`words`: 银行卡 yin hang ka).
 */
import type { LexiconSource, SynonymEntry } from '../search/lexicon.js';
import type { ExpandedPinyinTable } from './compact-pinyin.js';
import { characterReadings, chineseTexts, decodeReadings, encodeReadings, hanCharacters, pinyinTableOf, readText } from './compact-readings.js';

/** src/data/search-lexicon.json: what search reads, and the fields only people read. */
export interface LexiconFile extends LexiconSource {
  readonly $schema?: string;
  readonly format?: number;
  readonly sources?: Readonly<Record<string, string>>;
}

/** The fields of the file and of its entries that the compact form drops (documentation only). */
const DOCUMENTATION = new Set(['$schema', 'format', 'sources']);
const ENTRY_DOCUMENTATION = new Set(['kind', 'from']);
const LISTS = ['ignore', 'general', 'entries', 'popular'] as const;

export interface PackedLexicon {
  readonly domain?: string;
  readonly ignore: string;
  readonly general: string;
  readonly entries: string;
  readonly popular: string;
}

const split = (text: string) => (text === '' ? [] : text.split(' '));
const entriesOf = (text: string): SynonymEntry[] =>
  text === ''
    ? []
    : text.split('\n').map((line) => {
        const [terms = '', means = ''] = line.split('=');
        return { terms: split(terms), means: split(means) };
      });

/** The lexicon search reads, from its compact form. */
export function decodeLexicon(packed: PackedLexicon): LexiconSource {
  const { domain, ignore, general, entries, popular } = packed;
  return {
    ...(domain === undefined ? {} : { domain }),
    ignore: split(ignore),
    general: entriesOf(general),
    entries: entriesOf(entries),
    popular: split(popular),
  };
}

/** `source` without what the compact form drops: the lexicon `decodeLexicon` must give back. */
function searchedPart(source: LexiconFile): LexiconSource {
  const entries = (list: readonly SynonymEntry[] | undefined) => (list ?? []).map(({ terms, means }) => ({ terms: [...terms], means: [...means] }));
  return {
    ...(source.domain === undefined ? {} : { domain: source.domain }),
    ignore: [...(source.ignore ?? [])],
    general: entries(source.general),
    entries: entries(source.entries),
    popular: [...(source.popular ?? [])],
  };
}

/**
 * The compact form of `source` (build time). Throws on a field it does not know (a new one must
 * be added here, not dropped), a word with a space or `=`, an entry without terms or meanings,
 * or anything else that would not decode to the same lexicon.
 */
export function encodeLexicon(source: LexiconFile): PackedLexicon {
  for (const key of Object.keys(source))
    if (!DOCUMENTATION.has(key) && key !== 'domain' && !(LISTS as readonly string[]).includes(key))
      throw new Error(`compact lexicon: unknown field ${JSON.stringify(key)}; teach src/data/compact-lexicon.ts to keep it`);
  for (const entry of [...(source.general ?? []), ...(source.entries ?? [])])
    for (const key of Object.keys(entry))
      if (!ENTRY_DOCUMENTATION.has(key) && key !== 'terms' && key !== 'means')
        throw new Error(`compact lexicon: unknown entry field ${JSON.stringify(key)}; teach src/data/compact-lexicon.ts to keep it`);
  const words = (list: readonly string[]) => {
    for (const word of list) if (word === '' || /[\s=]/.test(word)) throw new Error(`compact lexicon: ${JSON.stringify(word)} is empty or has a space or "="`);
    return list.join(' ');
  };
  const entries = (list: readonly SynonymEntry[] | undefined) =>
    (list ?? [])
      .map((entry) => {
        if (entry.terms.length === 0 || entry.means.length === 0) throw new Error(`compact lexicon: an entry needs terms and means (${JSON.stringify(entry)})`);
        return `${words(entry.terms)}=${words(entry.means)}`;
      })
      .join('\n');
  const packed: PackedLexicon = {
    ...(source.domain === undefined ? {} : { domain: source.domain }),
    ignore: words(source.ignore ?? []),
    general: entries(source.general),
    entries: entries(source.entries),
    popular: words(source.popular ?? []),
  };
  if (JSON.stringify(decodeLexicon(packed)) !== JSON.stringify(searchedPart(source)))
    throw new Error('compact lexicon: the lexicon does not survive the compact form');
  return packed;
}

export interface PackedLexiconPinyin {
  readonly generator: string;
  /** Readings of the characters the catalogue's table lacks, packed by `encodeReadings`. */
  readonly readings: string;
  /** Terms whose syllables are not their characters' readings, with their syllables. */
  readonly words: Readonly<Record<string, string>>;
}

/** The terms of `lexicon` that have Chinese characters (the ones with pinyin), sorted. */
const chineseTerms = (lexicon: LexiconSource): string[] =>
  chineseTexts([...(lexicon.general ?? []), ...(lexicon.entries ?? [])].flatMap((entry) => entry.terms));

/**
 * The pinyin table of the lexicon's terms again, from its compact form, the lexicon and the
 * catalogue's table. A term a character of which has no reading (no GBK decoder) is left out.
 */
export function decodeLexiconPinyin(packed: PackedLexiconPinyin, lexicon: LexiconSource, catalogueTable: ExpandedPinyinTable): ExpandedPinyinTable {
  const terms = chineseTerms(lexicon);
  const readings = characterReadings(catalogueTable.pinyin);
  const others = new Set([...hanCharacters(terms)].filter((character) => !readings.has(character)));
  for (const [character, syllable] of decodeReadings(packed.readings, others)) readings.set(character, syllable);
  return pinyinTableOf(terms, readings, packed.words, packed.generator);
}

/**
 * The compact form of `table`, the terms' pinyin (build time). Throws when the table is not
 * exactly the lexicon's terms with Chinese, or would not decode to itself.
 */
export function encodeLexiconPinyin(table: ExpandedPinyinTable, lexicon: LexiconSource, catalogueTable: ExpandedPinyinTable): PackedLexiconPinyin {
  const terms = chineseTerms(lexicon);
  if (Object.keys(table.pinyin).sort().join('\n') !== terms.join('\n'))
    throw new Error('compact lexicon: its pinyin does not list exactly the lexicon\'s terms; run "npm run search:index"');
  const known = characterReadings(catalogueTable.pinyin);
  const others = [...hanCharacters(terms)].filter((character) => !known.has(character));
  const own = characterReadings(table.pinyin);
  const readings = new Map(others.map((character) => [character, own.get(character) ?? ''] as const));
  const all = new Map([...known, ...readings]);
  const words: Record<string, string> = {};
  for (const term of terms) if (readText(term, all)?.join(' ') !== table.pinyin[term]) words[term] = table.pinyin[term]!;
  const packed: PackedLexiconPinyin = { generator: table.generator, readings: encodeReadings(readings, new Set(others)), words };
  const decoded = decodeLexiconPinyin(packed, lexicon, catalogueTable);
  if (
    JSON.stringify(decoded) !==
    JSON.stringify({ format: 1, generator: table.generator, pinyin: Object.fromEntries(terms.map((term) => [term, table.pinyin[term]])) })
  )
    throw new Error('compact lexicon: its pinyin does not survive the compact form');
  return packed;
}
