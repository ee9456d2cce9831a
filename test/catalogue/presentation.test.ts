import { expect } from '@open-wc/testing';
import { everyItemAtBothLevels, groupEntries } from '../../src/catalogue/presentation.js';
import { exampleCatalogue } from '../support/catalogue.js';

describe('catalogue presentation helpers', () => {
  it('groups items in first-appearance order with counts and each group’s first item', () => {
    const { items } = exampleCatalogue([
      { name: '示例一', group: '乙' },
      { name: '示例二', group: '甲' },
      { name: '示例三', group: '乙' },
    ]);
    expect(groupEntries(items)).to.deep.equal([
      { group: '乙', count: 2, firstId: 'example-1' },
      { group: '甲', count: 1, firstId: 'example-2' },
    ]);
    expect(groupEntries([])).to.deep.equal([]);
  });

  it('knows when every item is published at both levels (and an empty catalogue is not)', () => {
    const both = { county: true, township: true };
    expect(
      everyItemAtBothLevels(
        exampleCatalogue([
          { name: '示例一', levels: both },
          { name: '示例二', levels: both },
        ]).items,
      ),
    ).to.equal(true);
    expect(everyItemAtBothLevels(exampleCatalogue([{ name: '示例一', levels: both }, { name: '示例二' }]).items)).to.equal(false);
    expect(everyItemAtBothLevels([])).to.equal(false);
  });
});
