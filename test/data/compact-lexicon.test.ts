// The compact form the built-in search lexicon and its terms' pinyin ship in
// (src/data/compact-lexicon.ts, served by scripts/compact-lexicon.js): they must rebuild the
// committed files exactly, and refuse what they would not.
import { expect } from '@open-wc/testing';
import lexiconJson from '../../src/data/search-lexicon.json';
import lexiconPinyinJson from '../../src/data/search-lexicon.search.json';
import catalogueTableJson from '../../src/data/social-insurance.search.json';
import { decodeLexicon, decodeLexiconPinyin, encodeLexicon, encodeLexiconPinyin, type LexiconFile } from '../../src/data/compact-lexicon.js';
import type { ExpandedPinyinTable } from '../../src/data/compact-pinyin.js';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const lexicon = lexiconJson as unknown as LexiconFile;
const termTable = lexiconPinyinJson as unknown as ExpandedPinyinTable;
const catalogueTable = catalogueTableJson as unknown as ExpandedPinyinTable;

describe('the compact lexicon', () => {
  it('decodes to the words of the committed lexicon, without kinds and sources', () => {
    const decoded = decodeLexicon(copy(encodeLexicon(lexicon)));
    expect(decoded.domain).to.equal(lexicon.domain);
    expect(decoded.ignore).to.deep.equal(lexicon.ignore);
    expect(decoded.popular).to.deep.equal(lexicon.popular);
    for (const part of ['general', 'entries'] as const) expect(decoded[part]).to.deep.equal(lexicon[part]!.map(({ terms, means }) => ({ terms, means })));
  });

  it('refuses a field it does not know, and words it cannot separate', () => {
    expect(() => encodeLexicon({ ...copy(lexicon), weights: {} } as LexiconFile)).to.throw(/unknown field "weights"/);
    const withEntryField = copy(lexicon) as unknown as { general: Record<string, unknown>[] };
    withEntryField.general[0]!.weight = 2;
    expect(() => encodeLexicon(withEntryField as unknown as LexiconFile)).to.throw(/unknown entry field "weight"/);
    const spaced = copy(lexicon) as unknown as { entries: { terms: string[] }[] };
    spaced.entries[0]!.terms.push('社保 卡');
    expect(() => encodeLexicon(spaced as unknown as LexiconFile)).to.throw(/has a space or "="/);
    const equals = copy(lexicon) as unknown as { ignore: string[] };
    equals.ignore.push('a=b');
    expect(() => encodeLexicon(equals as unknown as LexiconFile)).to.throw(/has a space or "="/);
    const empty = copy(lexicon) as unknown as { entries: { means: string[] }[] };
    empty.entries[0]!.means = [];
    expect(() => encodeLexicon(empty as unknown as LexiconFile)).to.throw(/needs terms and means/);
  });
});

describe("the compact pinyin of the lexicon's terms", () => {
  const words = decodeLexicon(encodeLexicon(lexicon));

  it('decodes to the committed table, keeping only what the catalogue table lacks', () => {
    const packed = copy(encodeLexiconPinyin(termTable, words, catalogueTable));
    expect(decodeLexiconPinyin(packed, words, catalogueTable)).to.deep.equal(termTable);
    // 银行 is read yin hang in context, not as 行 reads in the catalogue (xing).
    expect(packed.words['银行卡']).to.equal('yin hang ka');
    // A character the catalogue prints is not packed again.
    expect(packed.readings).not.to.contain('社');
  });

  it('refuses a table that is not exactly the lexicon terms', () => {
    const fewer = copy(termTable) as { pinyin: Record<string, string> };
    delete fewer.pinyin['养老金'];
    expect(() => encodeLexiconPinyin(fewer as ExpandedPinyinTable, words, catalogueTable)).to.throw(/exactly the lexicon's terms/);
  });

  it('refuses a reading that is not a syllable', () => {
    const odd = copy(termTable) as { pinyin: Record<string, string> };
    odd.pinyin['丢了'] = 'diū le';
    expect(() => encodeLexiconPinyin(odd as ExpandedPinyinTable, words, catalogueTable)).to.throw(/not a toneless syllable/);
  });
});
