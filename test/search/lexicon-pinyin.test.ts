// Pinyin of lexicon terms without pinyin-pro (src/search/lexicon-pinyin.ts): the built-in terms
// from their table, any other term (a site's synonyms) character by character.
import { expect } from '@open-wc/testing';
import catalogueTable from '../../src/data/social-insurance.search.json';
import termTable from '../../src/data/search-lexicon.search.json';
import { lexiconPinyin } from '../../src/search/lexicon-pinyin.js';
import type { PinyinTable } from '../../src/search/search-index.js';

const pinyinOf = lexiconPinyin(catalogueTable as unknown as PinyinTable, termTable as unknown as PinyinTable);

describe('lexicon term pinyin', () => {
  it('reads a built-in term from its table, in context', () => {
    // 行 reads xing in the catalogue (行政); in 银行卡 it is hang.
    expect(pinyinOf('银行卡')).to.deep.equal(['yin', 'hang', 'ka']);
  });

  it("reads a site's term from the readings of both tables, the catalogue's first", () => {
    // 市 and 民 are printed by the catalogue, 丢 only in lexicon terms (丢了).
    expect(pinyinOf('市民卡丢')).to.deep.equal(['shi', 'min', 'ka', 'diu']);
    expect(pinyinOf('一卡通app')).to.deep.equal(['yi', 'ka', 'tong', '', '', '']);
  });

  it('has no pinyin for a term with a character neither table knows (pinyin-pro is loaded for it)', () => {
    expect(pinyinOf('鑫卡')).to.equal(undefined);
  });
});
