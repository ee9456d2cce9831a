// Search over the shipped catalogue with its committed, build-time pinyin table.
import { expect } from '@open-wc/testing';
import { pinyin } from 'pinyin-pro';
import { rangesIn, searchItems } from '../../src/search/match.js';
import { ensurePinyin } from '../../src/search/pinyin-lazy.js';
import { pinyinOfWith } from '../../src/search/pinyin-runtime.js';
import { buildSearchIndex, containsHan, pinyinFromTable, type PinyinTable } from '../../src/search/search-index.js';
import catalogue from '../../src/data/social-insurance.json';
import table from '../../src/data/social-insurance.search.json';

const index = buildSearchIndex(catalogue.items, pinyinFromTable(table as PinyinTable));
const texts = catalogue.items.flatMap((item) => [item.name, item.group, ...item.content, ...item.basis]);

function namesFor(query: string): string[] {
  return searchItems(index, query).map((result) => result.item.name);
}

describe('search over the shipped catalogue', () => {
  it('has precomputed syllables for every searchable text with Chinese, and no others', () => {
    expect(index.pinyinComplete).to.equal(true);
    expect(Object.keys(table.pinyin).sort()).to.deep.equal([...new Set(texts.filter(containsHan))].sort());
  });

  it('has the syllables pinyin-pro gives at run time (the table is not stale)', () => {
    const runtime = pinyinOfWith({ pinyin });
    for (const [text, syllables] of Object.entries(table.pinyin)) expect(syllables.split(' '), text).to.deep.equal(runtime(text));
  });

  it('never needs pinyin-pro, whatever is typed', async () => {
    let loads = 0;
    const load = async () => {
      loads++;
      return pinyinOfWith({ pinyin });
    };
    for (const query of ['sbk', 'shebao', 'yanglao', 'ylbx', '社保卡']) expect(await ensurePinyin(index, query, load)).to.equal(index);
    expect(loads).to.equal(0);
  });

  it('finds items by characters, full pinyin, initials and a mix', () => {
    expect(namesFor('社保卡')).to.deep.equal(['社会保障卡申领', '社会保障卡密码重置']);
    // Initials are loose by nature: 即时补卡 (ji shi bu ka) holds 时补卡, s-b-k too.
    expect(namesFor('sbk')).to.deep.equal(['社会保障卡申领', '社会保障卡补换', '社会保障卡密码重置']);
    expect(namesFor('shebao')).to.deep.equal(['社会保障卡申领', '社会保障卡密码重置']);
    // Name matches first: the three 社会保障卡 items come before items matching only in content or basis.
    expect(namesFor('shbzk').slice(0, 3)).to.deep.equal(['社会保障卡申领', '社会保障卡补换', '社会保障卡密码重置']);
    expect(namesFor('yanglao')[0]).to.equal('城乡居民养老保险参保登记');
    // ylbx is also 医疗保险 (yi liao bao xian); full syllables narrow it down.
    expect(namesFor('ylbx')).to.include.members([...namesFor('养老保险'), '代缴基本医疗保险费']);
    expect(namesFor('yanglaobx')).to.deep.equal(namesFor('养老保险'));
    expect(namesFor('养老bx')).to.deep.equal(namesFor('养老保险'));
  });

  it('reads 重置 as chong zhi, the reading people type', () => {
    expect(namesFor('chongzhi')).to.deep.equal(['社会保障卡密码重置']);
    expect(namesFor('mmcz')).to.deep.equal(['社会保障卡密码重置']);
  });

  it('highlights inside a basis title printed with <…>, which stays text', () => {
    const result = searchItems(index, '城乡养老保险制度').find((each) => each.item.id === 'resident-pension-application')!;
    const title = result.item.basis[2];
    expect(rangesIn(result, 'basis', 2).map(({ start, end }) => title.slice(start, end))).to.deep.equal(['城乡养老保险制度']);
  });
});
