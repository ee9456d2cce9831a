import catalogue from '../../src/data/social-insurance.json';
import table from '../../src/data/social-insurance.search.json';
import { builtinLexicon, builtinLexiconPinyin } from '../../src/catalogue/builtin.js';
import type { CatalogueItem } from '../../src/data/types.js';
import { pinyinFromTable, type PinyinTable } from '../../src/search/search-index.js';
import { createSearcher } from '../../src/search/searcher.js';

export const standardItems = catalogue.items as unknown as CatalogueItem[];

/** The search <si-catalogue> runs on the built-in catalogue, outside the element. */
export const standardSearcher = () =>
  createSearcher(standardItems, {
    lexicon: builtinLexicon,
    domain: catalogue.domain,
    pinyinOf: pinyinFromTable(table as unknown as PinyinTable),
    termPinyinOf: builtinLexiconPinyin,
  });

export const seqOf = (id: string) => standardItems.find((item) => item.id === id)!.seq;
