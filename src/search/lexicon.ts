/**
 * The search lexicon: what people say (`terms`) mapped to the words the catalogue prints
 * (`means`). The built-in one is `src/data/search-lexicon.json` (see its schema and
 * docs/search.md); a catalogue or overlay adds its own through `synonyms`.
 */
import { normaliseQuery } from './normalise.js';

/** One entry: any of `terms`, typed by a person, also looks for each of `means` in the catalogue. */
export interface SynonymEntry {
  readonly terms: readonly string[];
  readonly means: readonly string[];
}

/** The parts of a lexicon search reads (the JSON file also has `sources`, `kind` and `from`). */
export interface LexiconSource {
  /** Entries that hold for any catalogue (task verbs, 公司/单位). */
  readonly general?: readonly SynonymEntry[];
  /** Entries for catalogues of `domain` only. */
  readonly entries?: readonly SynonymEntry[];
  /** Words that carry no meaning for search (怎么, 了, 我的); dropped from queries. */
  readonly ignore?: readonly string[];
  readonly domain?: string;
  /** Suggested searches, shown as 常用查询 chips unless the site sets its own. */
  readonly popular?: readonly string[];
}

/** A lexicon ready for lookups: every key folded like queries are. */
export interface CompiledLexicon {
  /** Folded term → folded official words it also looks for (never including the term itself). */
  readonly meanings: ReadonlyMap<string, readonly string[]>;
  /** Folded words dropped from queries. */
  readonly ignore: ReadonlySet<string>;
  /** The longest key in `meanings` or `ignore`, in UTF-16 units, bounding the longest-match scan. */
  readonly longestKey: number;
  /** Every term as written (not folded), for the pinyin index of terms. */
  readonly terms: readonly string[];
}

/**
 * Merges lexicons and site synonyms into one lookup. Later sources add meanings to a term that an
 * earlier one already has, so a site can widen a built-in term but never silently drop one.
 */
export function compileLexicon(sources: readonly { entries?: readonly SynonymEntry[]; ignore?: readonly string[] }[]): CompiledLexicon {
  const meanings = new Map<string, string[]>();
  const ignore = new Set<string>();
  const terms: string[] = [];
  let longestKey = 0;
  for (const source of sources) {
    for (const word of source.ignore ?? []) {
      const key = normaliseQuery(word);
      if (key === '') continue;
      ignore.add(key);
      longestKey = Math.max(longestKey, key.length);
    }
    for (const entry of source.entries ?? []) {
      const means = entry.means.map(normaliseQuery).filter((word) => word !== '');
      for (const term of entry.terms) {
        const key = normaliseQuery(term);
        if (key === '') continue;
        let known = meanings.get(key);
        if (known === undefined) {
          meanings.set(key, (known = []));
          terms.push(term);
        }
        for (const word of means) if (word !== key && !known.includes(word)) known.push(word);
        longestKey = Math.max(longestKey, key.length);
      }
    }
  }
  return { meanings, ignore, longestKey, terms };
}

/**
 * The lexicon parts that apply to a catalogue of `domain`: the general entries always, the
 * domain entries when the domain is the lexicon's own.
 */
export function lexiconFor(lexicon: LexiconSource, domain: string | undefined): { entries: SynonymEntry[]; ignore: readonly string[] } {
  const ownDomain = lexicon.domain === undefined || lexicon.domain === domain;
  return { entries: [...(lexicon.general ?? []), ...(ownDomain ? (lexicon.entries ?? []) : [])], ignore: lexicon.ignore ?? [] };
}

/** A lexicon term as an item of its own search index, so pinyin matching works on terms too. */
export interface LexiconTermItem {
  readonly name: string;
  readonly group: string;
  readonly content: readonly string[];
  readonly basis: readonly string[];
  /** The folded term, its key in `CompiledLexicon.meanings`. */
  readonly key: string;
}

/** The lexicon's terms as items for `buildSearchIndex`, so `yanglaojin` and `ylj` find 养老金. */
export function lexiconTermItems(lexicon: CompiledLexicon): LexiconTermItem[] {
  return lexicon.terms.map((term) => ({ name: term, group: '', content: [], basis: [], key: normaliseQuery(term) }));
}
