import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { pinyin } from 'pinyin-pro';
import { highlight, tidyRanges } from '../../src/search/highlight.js';
import { rangesIn, searchItems, type SearchResult } from '../../src/search/match.js';
import { normaliseQuery } from '../../src/search/normalise.js';
import { pinyinOfWith } from '../../src/search/pinyin-runtime.js';
import { buildSearchIndex, containsHan, pinyinFromTable, type PinyinTable, type SearchableItem } from '../../src/search/search-index.js';
import catalogue from '../fixtures/search-catalogue.json';
import table from '../fixtures/search-catalogue.search.json';

type FixtureItem = (typeof catalogue.items)[number];
const index = buildSearchIndex(catalogue.items, pinyinFromTable(table as PinyinTable));

const ids = (results: SearchResult<FixtureItem>[]) => results.map((result) => result.item.id);

/** Each highlighted substring of a result, e.g. "name: 社保卡", in result order. */
function marked(results: SearchResult<FixtureItem>[]): string[] {
  return results.flatMap((result) =>
    result.matches.flatMap(({ field, entry, ranges }) => {
      const value = field === 'name' || field === 'group' ? result.item[field] : result.item[field][entry];
      return ranges.map(
        (range) => `${result.item.id} ${field}${field === 'name' || field === 'group' ? '' : `[${entry}]`}: ${value.slice(range.start, range.end)}`,
      );
    }),
  );
}

describe('searchItems', () => {
  it('matches Chinese characters as a substring of name, group, content and basis', () => {
    expect(marked(searchItems(index, '社保卡'))).to.deep.equal(['card-offices name: 社保卡']);
    expect(ids(searchItems(index, '登记'))).to.deep.equal(['enterprise-registration', 'rural-pension-registration']);
    expect(marked(searchItems(index, '指南')).length).to.equal(4);
    expect(marked(searchItems(index, '失业保险条例'))).to.deep.equal(['unemployment-account basis[0]: 失业保险条例']);
  });

  it('matches full pinyin on syllable boundaries', () => {
    expect(marked(searchItems(index, 'shebao'))).to.deep.equal(['card-offices name: 社保']);
    expect(marked(searchItems(index, 'shebaoka'))).to.deep.equal(['card-offices name: 社保卡']);
    // "xian" is 险, and also 西安-like runs of two syllables; "ianx" starts inside a syllable: no match.
    expect(searchItems(index, 'ianx')).to.deep.equal([]);
    expect(searchItems(index, 'haobao')).to.deep.equal([]);
  });

  it('accepts a prefix of the last syllable, so results stay while a syllable is typed', () => {
    expect(marked(searchItems(index, 'sheb'))).to.deep.equal(['card-offices name: 社保']);
    expect(marked(searchItems(index, 'shebaok'))).to.deep.equal(['card-offices name: 社保卡']);
    for (const typed of ['y', 'ya', 'yan', 'yang', 'yangl', 'yangla', 'yanglao']) {
      expect(ids(searchItems(index, typed)), typed).to.include('pension-transfer');
    }
    // Only the last syllable may be cut short: "ba" is not 保 (bao) before 卡.
    expect(ids(searchItems(index, 'shebaka'))).to.deep.equal([]);
  });

  it('matches initials, zh/ch/sh initials, and mixes of initials, syllables and characters', () => {
    expect(marked(searchItems(index, 'sbk'))).to.deep.equal(['card-offices name: 社保卡']);
    expect(marked(searchItems(index, 'shbk'))).to.deep.equal(['card-offices name: 社保卡']);
    expect(marked(searchItems(index, 'sbka'))).to.deep.equal(['card-offices name: 社保卡']);
    expect(marked(searchItems(index, '社保ka'))).to.deep.equal(['card-offices name: 社保卡']);
    expect(marked(searchItems(index, 'sb卡'))).to.deep.equal(['card-offices name: 社保卡']);
    expect(marked(searchItems(index, 'zhn')).slice(0, 1)).to.deep.equal(['enterprise-registration content[0]: 指南']);
    expect(marked(searchItems(index, 'ylbx'))).to.deep.equal([
      'rural-pension-registration name: 养老保险',
      'rural-pension-registration basis[1]: 养老保险',
      'pension-transfer name: 养老保险',
      'pension-transfer basis[1]: 养老保险',
    ]);
  });

  it('ranks name matches before group, content and basis matches, then keeps catalogue order', () => {
    expect(ids(searchItems(index, 'yanglao'))).to.deep.equal(['rural-pension-registration', 'pension-transfer', 'enterprise-registration']);
    expect(ids(searchItems(index, '社会保险法'))).to.deep.equal(['enterprise-registration', 'rural-pension-registration', 'pension-transfer']);
    expect(ids(searchItems(index, '保障卡'))).to.deep.equal(['card-offices']);
    expect(searchItems(index, '保障卡')[0].matches.map((match) => match.field)).to.deep.equal(['group', 'basis']);
  });

  it('finds every occurrence in a string', () => {
    const [result] = searchItems(index, 'bao').filter((each) => each.item.id === 'rural-pension-registration');
    expect(rangesIn(result, 'name')).to.deep.equal([
      { start: 6, end: 7 },
      { start: 9, end: 10 },
    ]);
  });

  it('ignores case, full/half width, spaces and punctuation in the query and the text', () => {
    expect(marked(searchItems(index, 'SBK'))).to.deep.equal(['card-offices name: 社保卡']);
    expect(marked(searchItems(index, '社 保 卡'))).to.deep.equal(['card-offices name: 社保卡']);
    expect(marked(searchItems(index, 'ｓｂｋ'))).to.deep.equal(['card-offices name: 社保卡']);
    expect(marked(searchItems(index, 'app'))).to.deep.equal(['card-offices content[2]: ＡＰＰ']);
    expect(marked(searchItems(index, 'appxz'))).to.deep.equal(['card-offices content[2]: ＡＰＰ下载']);
    expect(marked(searchItems(index, '１２３３３'))).to.deep.equal(['card-offices content[1]: 12333']);
    expect(marked(searchItems(index, '咨询电话12333'))).to.deep.equal(['card-offices content[1]: 咨询电话 12333']);
    expect(marked(searchItems(index, '养老,失业'))).to.deep.equal(['enterprise-registration content[1]: 养老、失业']);
    expect(marked(searchItems(index, '《城乡养老保险制度'))).to.deep.equal([
      'rural-pension-registration basis[1]: 城乡养老保险制度',
      'pension-transfer basis[1]: 城乡养老保险制度',
    ]);
  });

  it('writes ü as v, as pinyin keyboards do', () => {
    expect(marked(searchItems(index, 'lvse'))).to.deep.equal(['unemployment-account content[1]: 绿色']);
  });

  it('returns nothing for a query that matches nothing', () => {
    expect(searchItems(index, '医疗')).to.deep.equal([]);
    expect(searchItems(index, 'xyzq')).to.deep.equal([]);
    expect(searchItems(index, 'sbkz')).to.deep.equal([]);
  });

  it('returns every item, unmarked, for an empty query', () => {
    for (const query of ['', '   ', '、，']) {
      const results = searchItems(index, query);
      expect(ids(results)).to.deep.equal(catalogue.items.map((item) => item.id));
      expect(results.every((result) => result.matches.length === 0)).to.equal(true);
    }
  });

  it('never lets a match span two strings of an item', () => {
    // The name ends in 登记 and the group starts with 社会; "登记社会" is in neither.
    expect(searchItems(index, '登记社会')).to.deep.equal([]);
    expect(searchItems(index, 'djsh')).to.deep.equal([]);
  });

  it('maps character-query ranges back to characters that fold to the query', () => {
    for (const query of ['保险', '服务', '12333', '养老、失业', 'ＡＰＰ', '办法']) {
      for (const line of marked(searchItems(index, query))) {
        expect(normaliseQuery(line.slice(line.indexOf(': ') + 2)), line).to.equal(normaliseQuery(query));
      }
    }
  });

  it('without pinyin, matches characters and literal Latin text only', () => {
    const plain = buildSearchIndex(catalogue.items);
    expect(plain.pinyinComplete).to.equal(false);
    expect(ids(searchItems(plain, '社保卡'))).to.deep.equal(['card-offices']);
    expect(ids(searchItems(plain, 'app'))).to.deep.equal(['card-offices']);
    expect(searchItems(plain, 'sbk')).to.deep.equal([]);
  });

  it('stays fast on text and queries built to make matching backtrack', () => {
    // 吧 (ba) then 啊 (a): "ba" is either 吧 alone or 吧 + 啊, at every step of the query.
    const text = '吧啊'.repeat(200);
    const trap = buildSearchIndex([{ name: text, group: '', content: [], basis: [] }], (source) =>
      Array.from(source, (character) => (character === '吧' ? 'ba' : 'a')),
    );
    const started = performance.now();
    expect(searchItems(trap, 'ba'.repeat(31) + 'x')).to.deep.equal([]);
    expect(searchItems(trap, 'x'.repeat(1000))).to.deep.equal([]);
    expect(performance.now() - started).to.be.below(200);
    expect(rangesIn(searchItems(trap, 'baba')[0], 'name')[0]).to.deep.equal({ start: 0, end: 3 });
  });

  it('skips malformed entries of run-time items instead of failing', () => {
    const broken = [{ name: '社保卡', group: 42, content: 'not a list', basis: [null, '社会保险法'] }] as unknown as SearchableItem[];
    const results = searchItems(buildSearchIndex(broken), '社');
    expect(results[0].matches.map(({ field, entry }) => `${field}[${entry}]`)).to.deep.equal(['name[0]', 'basis[1]']);
  });
});

describe('the precomputed pinyin table', () => {
  it('agrees with pinyin-pro at run time, text by text', () => {
    const runtime = pinyinOfWith({ pinyin });
    const texts = catalogue.items.flatMap((item) => [item.name, item.group, ...item.content, ...item.basis]).filter(containsHan);
    const precomputed = pinyinFromTable(table as PinyinTable);
    for (const text of texts) expect(precomputed(text), text).to.deep.equal(runtime(text));
    expect(Object.keys(table.pinyin).sort()).to.deep.equal([...new Set(texts)].sort());
  });

  it('refuses an entry whose syllable count does not fit the text', () => {
    const stale = pinyinFromTable({ format: 1, generator: 'test', pinyin: { 社保卡: 'she bao' } });
    expect(stale('社保卡')).to.equal(undefined);
    expect(stale('养老')).to.equal(undefined);
    expect(stale('constructor')).to.equal(undefined);
  });
});

/** Renders with Lit's own render(), as the components do, into a fresh paragraph. */
function renderInParagraph(content: TemplateResult | string): HTMLElement {
  const paragraph = document.createElement('p');
  render(content, paragraph);
  return paragraph;
}

describe('highlight', () => {
  it('wraps ranges in <mark> and keeps the rest as text', () => {
    const element = renderInParagraph(
      highlight('社保卡经办机构信息', [
        { start: 0, end: 3 },
        { start: 5, end: 7 },
      ]),
    );
    expect([...element.querySelectorAll('mark')].map((mark) => mark.textContent)).to.deep.equal(['社保卡', '机构']);
    expect(element.textContent).to.equal('社保卡经办机构信息');
  });

  it('shows markup in data as text, inside and outside marks', () => {
    const basis = catalogue.items[1].basis[1];
    const [result] = searchItems(index, 'cxyl').filter((each) => each.item.id === 'rural-pension-registration');
    const element = renderInParagraph(highlight(basis, rangesIn(result, 'basis', 1)));
    expect(element.children.length).to.equal(1);
    expect(element.querySelector('mark')!.textContent).to.equal('城乡养老');
    expect(element.textContent).to.equal('<城乡养老保险制度衔接暂行办法>');
    const injected = renderInParagraph(highlight('<img src=x onerror=alert(1)>', [{ start: 0, end: 4 }]));
    expect(injected.querySelector('img')).to.equal(null);
    expect(injected.textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it('returns the plain string when nothing is marked', () => {
    expect(highlight('服务指南', [])).to.equal('服务指南');
  });

  it('tidies ranges: clipped, sorted, merged, empty ones dropped', () => {
    expect(
      tidyRanges('abcdef', [
        { start: 4, end: 9 },
        { start: 0, end: 2 },
        { start: 1, end: 3 },
        { start: 3, end: 3 },
        { start: -2, end: 0 },
      ]),
    ).to.deep.equal([
      { start: 0, end: 3 },
      { start: 4, end: 6 },
    ]);
    expect(
      tidyRanges('abc', [
        { start: 0, end: 1 },
        { start: 1, end: 2 },
      ]),
    ).to.deep.equal([{ start: 0, end: 2 }]);
  });
});
