import { expect } from '@open-wc/testing';
import lexiconSchema from '../../src/data/search-lexicon.schema.json';
import lexiconFile from '../../src/data/search-lexicon.json';
import { compileLexicon } from '../../src/search/lexicon.js';
import { createSearcher } from '../../src/search/searcher.js';
import { intlWordSegmenter, splitQuery, wholeRun } from '../../src/search/segment.js';
import { builtinLexicon, builtinLexiconPinyin } from '../../src/catalogue/builtin-search.js';
import { rangesIn, searchItems } from '../../src/search/match.js';
import { tidyRanges } from '../../src/search/highlight.js';
import { pinyinFromTable, type PinyinTable } from '../../src/search/search-index.js';
import type { CatalogueItem } from '../../src/data/types.js';
import table from '../../src/data/social-insurance.search.json';
import queriesFile from '../fixtures/search-queries.json';
import { seqOf, standardItems, standardSearcher } from '../support/search.js';
import Ajv2020 from '../vendor/ajv2020.js';

const lexicon = compileLexicon([
  {
    entries: [
      { terms: ['社保卡'], means: ['社会保障卡'] },
      { terms: ['丢了'], means: ['补换'] },
    ],
    ignore: ['怎么', '了', '办'],
  },
]);
const texts = (query: string, segment = intlWordSegmenter() ?? wholeRun) => splitQuery(query, lexicon, segment).map((term) => term.text);

describe('search: segmentation', () => {
  it('takes lexicon words whole, longest first, and drops ignored words', () => {
    expect(texts('社保卡丢了怎么办')).to.deep.equal(['社保卡', '丢了']);
  });

  it('splits the rest into words with Intl.Segmenter', () => {
    expect(intlWordSegmenter()).to.be.a('function');
    expect(texts('企业职工参保登记')).to.include.members(['企业', '职工']);
  });

  it('keeps the rest whole without a segmenter (then bigrams match it)', () => {
    expect(texts('企业职工参保登记', wholeRun)).to.deep.equal(['企业职工参保登记']);
  });

  it('treats Latin runs as pinyin terms, splitting a chunk only when Chinese follows Latin letters', () => {
    expect(splitQuery('社保ka', lexicon).map((term) => [term.text, term.latin])).to.deep.equal([['社保ka', true]]);
    expect(splitQuery('人社通app认证', lexicon).map((term) => term.text)).to.deep.equal(['人社通', 'app', '认证']);
    expect(splitQuery('shebao ka', lexicon).map((term) => term.text)).to.deep.equal(['shebao', 'ka']);
  });
});

describe('search: lexicon', () => {
  it('the shipped lexicon follows its schema, every entry naming a known source', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const accepts = ajv.compile(lexiconSchema);
    expect(accepts(lexiconFile), JSON.stringify(accepts.errors)).to.equal(true);
    for (const entry of [...lexiconFile.general, ...lexiconFile.entries]) expect(Object.keys(lexiconFile.sources)).to.include(entry.from);
  });

  it('expands a term to the official words, and a later source adds meanings', () => {
    const merged = compileLexicon([{ entries: [{ terms: ['社保卡'], means: ['社会保障卡'] }] }, { entries: [{ terms: ['社保卡'], means: ['市民卡'] }] }]);
    expect(merged.meanings.get('社保卡')).to.deep.equal(['社会保障卡', '市民卡']);
  });

  it('applies domain entries only to catalogues of the lexicon’s domain', () => {
    const items = [{ name: '社会保障卡补换', group: '示例', content: [], basis: [] }];
    expect(createSearcher(items, { lexicon: builtinLexicon, domain: '社会保险' }).search('社保卡').results).to.have.length(1);
    expect(createSearcher(items, { lexicon: builtinLexicon, domain: '示例' }).search('社保卡').results).to.have.length(0);
    // General entries (task verbs) hold for every domain.
    expect(createSearcher(items, { lexicon: builtinLexicon, domain: '示例' }).search('补办').results).to.have.length(1);
  });

  it('gives lexicon terms pinyin: full, initials, a syllable being typed', () => {
    expect(builtinLexiconPinyin('养老金')).to.deep.equal(['yang', 'lao', 'jin']);
    expect(builtinLexiconPinyin('丢了')).to.deep.equal(['diu', 'le']);
    expect(builtinLexiconPinyin('银行卡')).to.deep.equal(['yin', 'hang', 'ka']);
    const searcher = standardSearcher();
    for (const query of ['yanglaojin', 'ylj', 'yanglaoj'])
      expect(
        searcher.search(query).results.map((r) => r.item.seq),
        query,
      ).to.include(seqOf('enterprise-pension-award'));
    expect(
      searcher
        .search('shebaoka')
        .results.slice(0, 3)
        .map((r) => r.item.seq),
    ).to.have.members([48, 49, 50]);
  });
});

describe('search: ranking', () => {
  const searcher = standardSearcher();
  const seqs = (query: string) => searcher.search(query).results.map((result) => result.item.seq);

  it('社保卡丢了 finds 社会保障卡补换 first and few others', () => {
    const found = seqs('社保卡丢了');
    expect(found[0]).to.equal(seqOf('social-security-card-replacement'));
    expect(found.length).to.be.at.most(3);
  });

  it('everyday names find the official items: 养老金, 失业金, 丧葬费', () => {
    expect(seqs('养老金').slice(0, 3)).to.include(seqOf('enterprise-pension-award'));
    expect(seqs('失业金')[0]).to.equal(seqOf('unemployment-benefit'));
    expect(seqs('丧葬费')[0]).to.equal(seqOf('enterprise-retiree-funeral-survivor-grant'));
  });

  it('ranks a name match over group, content and basis', () => {
    const item = (name: string, group: string, content: string[], basis: string[]) => ({ name, group, content, basis });
    const inName = item('稳岗示例', '示例', [], []);
    const inGroup = item('示例甲', '稳岗组', [], []);
    const inContent = item('示例乙', '示例', ['稳岗说明'], []);
    const inBasis = item('示例丙', '示例', [], ['稳岗条例']);
    const first = (items: ReturnType<typeof item>[]) => createSearcher(items, {}).search('稳岗').results[0].item;
    expect(first([inBasis, inContent, inGroup, inName])).to.equal(inName);
    expect(first([inBasis, inContent, inGroup])).to.equal(inGroup);
    expect(first([inBasis, inContent])).to.equal(inContent);
    expect(first([inBasis])).to.equal(inBasis);
  });

  it('ranks all terms over some, and a whole word over a partial one', () => {
    const items = [
      { name: '甲类登记', group: '示例', content: [], basis: [] },
      { name: '乙类变更', group: '示例', content: [], basis: [] },
      { name: '甲类变更', group: '示例', content: [], basis: [] },
    ];
    const search = createSearcher(items, {});
    expect(search.search('甲类 变更').results[0].item.name).to.equal('甲类变更');
    const partial = createSearcher(
      [
        { name: '缴费基数申报', group: '示例', content: [], basis: [] },
        { name: '缴费申报', group: '示例', content: [], basis: [] },
      ],
      { segment: wholeRun },
    );
    expect(partial.search('缴费基数').results.map((r) => r.item.name)).to.deep.equal(['缴费基数申报']);
    expect(partial.search('缴费基申报').results[0].item.name).to.equal('缴费基数申报');
  });

  it('marks the official words a lexicon term found', () => {
    const [first] = searcher.search('社保卡丢了').results;
    const name = first.item.name;
    expect(rangesIn(first, 'name').map((range) => name.slice(range.start, range.end))).to.deep.equal(['社会保障卡', '补换']);
  });

  it('returns nothing but the closest items for words the catalogue does not have', () => {
    const outcome = searcher.search('社保卡邮寄到家');
    expect(outcome.results.length).to.be.greaterThan(0);
    const none = searcher.search('完全无关');
    expect(none.results).to.deep.equal([]);
    expect(none.closest.length).to.be.at.most(3);
  });

  it('an empty query, or one of ignored words only, returns every item in catalogue order', () => {
    expect(seqs('')).to.have.length(50);
    expect(seqs('怎么')).to.deep.equal(Array.from({ length: 50 }, (_, at) => at + 1));
  });
});

describe('search: work kept across keystrokes', () => {
  const { queries } = queriesFile as { queries: { q: string }[] };
  const typed = [
    ...new Set(
      [...queries.map(({ q }) => q), 'yanglaojin', 'shebaoka', 'sbk', 'shebao ka', '社保ka', 'tuixiu'].flatMap((q) =>
        [...q].map((_, at) => q.slice(0, at + 1)),
      ),
    ),
  ];
  const textOf = (item: CatalogueItem, field: string, entry: number) =>
    field === 'name' ? item.name : field === 'group' ? item.group : (item as never)[field][entry];
  const outcome = (searcher: ReturnType<typeof standardSearcher>, query: string) => {
    const { results, closest } = searcher.search(query);
    const describe = (result: (typeof results)[number]) =>
      [
        result.item.id,
        result.score,
        ...result.matches
          .map((match) => `${match.field}${match.entry}:${JSON.stringify(tidyRanges(textOf(result.item, match.field, match.entry) as string, match.ranges))}`)
          .sort(),
      ].join(' ');
    return [...results.map(describe), '|', ...closest.map(describe)];
  };

  it('a query finds the same items, scores and highlights whatever was typed before it', () => {
    expect(typed.length).to.be.greaterThan(500);
    // Words scanned for earlier queries are kept per index: typing forward, then backward, in one
    // searcher must give exactly what a new searcher gives for each query alone.
    const shared = standardSearcher();
    const forward = typed.map((query) => outcome(shared, query));
    const backward = [...typed].reverse().map((query) => outcome(shared, query));
    backward.reverse();
    typed.forEach((query, at) => {
      expect(backward[at], query).to.deep.equal(forward[at]);
      if (at % 10 === 0) expect(outcome(standardSearcher(), query), query).to.deep.equal(forward[at]);
    });
  });

  it('marks in a pinyin term’s results what the pinyin matcher marks', () => {
    const searcher = createSearcher(standardItems, { pinyinOf: pinyinFromTable(table as unknown as PinyinTable) });
    for (const query of ['y', 'ya', 'shebao', 'sheb', 'sbk', 'shbx', 'yanglao', 'gongshang']) {
      const { results } = searcher.search(query);
      expect(results.length, query).to.be.greaterThan(0);
      const reference = new Map(searchItems(searcher.index, query).map((result) => [result.item, result] as const));
      for (const result of results) {
        const expected = reference.get(result.item)!;
        expect(expected, `${query}: ${result.item.name}`).to.not.equal(undefined);
        for (const match of expected.matches) {
          const text = textOf(result.item, match.field, match.entry) as string;
          expect(tidyRanges(text, rangesIn(result, match.field, match.entry)), `${query}: ${text}`).to.deep.equal(tidyRanges(text, match.ranges));
        }
        expect(result.matches.length, query).to.equal(expected.matches.length);
      }
    }
  });
});
