// The compact form the built-in catalogue's pinyin table ships in (vite.config.ts encodes it at
// build time): it must rebuild the committed table exactly.
import { expect } from '@open-wc/testing';
import catalogue from '../../src/data/social-insurance.json';
import table from '../../src/data/social-insurance.search.json';
import { decodePinyin, encodePinyin, type ExpandedPinyinTable } from '../../src/data/compact-pinyin.js';
import type { Catalogue } from '../../src/data/types.js';

const standard = catalogue as unknown as Catalogue;
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('the compact pinyin table', () => {
  const expanded = table as unknown as ExpandedPinyinTable;

  it('decodes to the committed table for the catalogue it ships with', () => {
    expect(decodePinyin(copy(encodePinyin(expanded, standard)), standard)).to.deep.equal(expanded);
  });

  it('keeps texts read differently in context as whole words', () => {
    // A text with a character an earlier text (sorted) has: that one's reading is the character's.
    const texts = Object.keys(expanded.pinyin).sort();
    const han = /\p{Script=Han}/u;
    let text = '';
    let at = -1;
    texts.forEach((candidate, index) => {
      const shared = Array.from(candidate).findIndex(
        (character) => han.test(character) && texts.slice(0, index).some((earlier) => earlier.includes(character)),
      );
      if (shared !== -1) [text, at] = [candidate, shared];
    });
    const syllables = expanded.pinyin[text]!.split(' ');
    syllables[at] = 'zzz';
    const reread = { ...expanded, pinyin: { ...expanded.pinyin, [text]: syllables.join(' ') } };
    const packed = encodePinyin(reread, standard);
    expect(Object.keys(packed.words)).to.deep.equal([text]);
    expect(decodePinyin(packed, standard)).to.deep.equal(reread);
  });

  it("refuses a table that is not the catalogue's texts", () => {
    const fewer = copy(standard);
    fewer.items = fewer.items.slice(1);
    expect(() => encodePinyin(expanded, fewer)).to.throw(/exactly the catalogue/);
  });
});
