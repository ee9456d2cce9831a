import { expect } from '@open-wc/testing';
import { buildSearchIndex, SEARCH_FIELDS } from '../../src/search/search-index.js';
import { wordScans } from '../../src/search/word-scans.js';
import { standardItems } from '../support/search.js';

describe('search: words kept across keystrokes (word-scans.ts)', () => {
  const index = buildSearchIndex(standardItems);

  it('finds every occurrence that does not overlap, and the items and fields it is in', () => {
    for (const word of ['社会保险', '保险', '申请', '办法', '卡']) {
      const hits = wordScans(index).get(word);
      const positions: number[] = [];
      for (let at = index.folded.indexOf(word); at !== -1; at = index.folded.indexOf(word, at + word.length)) positions.push(at);
      expect([...hits.positions], word).to.deep.equal(positions);
      // The items and fields, worked out from the items' own texts.
      const expected = new Map<number, number>();
      for (const text of index.texts) {
        if (!index.folded.slice(text.start, text.start + text.normalised.text.length).includes(word)) continue;
        expected.set(text.itemIndex, (expected.get(text.itemIndex) ?? 0) | (1 << SEARCH_FIELDS.indexOf(text.field)));
      }
      expect([...hits.items], word).to.deep.equal([...expected.keys()]);
      expect([...hits.fields], word).to.deep.equal([...expected.values()]);
    }
  });

  it('keeps a word for the next query of the same index, not of another', () => {
    const first = wordScans(index).get('参保登记');
    expect(wordScans(index).get('参保登记')).to.equal(first);
    expect(wordScans(buildSearchIndex(standardItems)).get('参保登记')).to.not.equal(first);
  });

  it('finds nothing for a word the index lacks', () => {
    const hits = wordScans(index).get('火星');
    expect(hits.positions.length + hits.items.length + hits.fields.length).to.equal(0);
  });
});
