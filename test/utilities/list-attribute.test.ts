import { expect } from '@open-wc/testing';
import { parseList } from '../../src/utilities/list-attribute.js';

describe('parseList', () => {
  it('splits on ASCII and full-width separators and drops blanks', () => {
    expect(parseList('a, b，c、d;e；f\ng')).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(parseList(' , 、 ')).to.deep.equal([]);
    expect(parseList(null)).to.deep.equal([]);
  });
});
