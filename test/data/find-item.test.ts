import { expect } from '@open-wc/testing';
import { builtinCatalogue } from '../../src/catalogue/builtin.js';
import { findItem, parseItemRef } from '../../src/data/find-item.js';
import type { Catalogue, CatalogueItem } from '../../src/data/types.js';

/** A fictional (示例) catalogue: the built-in first item's fields under other names and ids. */
function exampleCatalogue(items: Array<Pick<CatalogueItem, 'name' | 'id'>>): Catalogue {
  const base = builtinCatalogue.items[0];
  return {
    ...builtinCatalogue,
    id: 'example',
    title: '示例目录',
    items: items.map((item, index) => ({ ...base, ...item, seq: index + 1 })),
  };
}

describe('findItem', () => {
  it('finds an item of the built-in catalogue by 序号, as a number or a string', () => {
    expect(findItem(builtinCatalogue, 1)?.id).to.equal('enterprise-registration');
    expect(findItem(builtinCatalogue, '1')?.id).to.equal('enterprise-registration');
    expect(findItem(builtinCatalogue, 50)?.seq).to.equal(50);
  });

  it('reads 序号 as editors type them: spaces, leading zeros, full-width digits', () => {
    for (const ref of [' 3 ', '03', '３', '０３']) expect(findItem(builtinCatalogue, ref)?.seq, ref).to.equal(3);
  });

  it('finds an item by id, exactly and then ignoring case', () => {
    expect(findItem(builtinCatalogue, 'enterprise-registration')?.seq).to.equal(1);
    expect(findItem(builtinCatalogue, ' Enterprise-Registration ')?.seq).to.equal(1);
  });

  it('gives undefined for an unknown 序号 or id, and for empty or odd references', () => {
    for (const ref of [99, '99', 0, -1, 2.5, '2.5', '', '   ', 'no-such-item', 'NaN', '1e3']) {
      expect(findItem(builtinCatalogue, ref), String(ref)).to.equal(undefined);
    }
  });

  it('prefers the 序号 for digits, and falls back to an id made of digits', () => {
    const catalogue = exampleCatalogue([
      { name: '示例事项一', id: '2' },
      { name: '示例事项二', id: '1001' },
    ]);
    expect(findItem(catalogue, '2')?.name).to.equal('示例事项二');
    expect(findItem(catalogue, '1001')?.name).to.equal('示例事项二');
  });

  it('never throws on a missing or malformed catalogue', () => {
    expect(findItem(undefined, 1)).to.equal(undefined);
    expect(findItem(null, 1)).to.equal(undefined);
    expect(findItem({ items: 'x' } as unknown as Catalogue, 1)).to.equal(undefined);
    const odd = { items: [null, 5, { seq: 'one' }, { seq: 1, id: 'ok', name: '示例' }] } as unknown as Catalogue;
    expect(findItem(odd, 1)?.id).to.equal('ok');
    expect(findItem(odd, 'ok')?.seq).to.equal(1);
  });
});

describe('parseItemRef', () => {
  it('tells a 序号 from an id and keeps what was written', () => {
    expect(parseItemRef('０７')).to.deep.equal({ kind: 'seq', seq: 7, text: '０７' });
    expect(parseItemRef(7)).to.deep.equal({ kind: 'seq', seq: 7, text: '7' });
    expect(parseItemRef(' abc ')).to.deep.equal({ kind: 'id', id: 'abc', text: 'abc' });
    expect(parseItemRef('-1')).to.deep.equal({ kind: 'id', id: '-1', text: '-1' });
    expect(parseItemRef('')).to.equal(undefined);
    expect(parseItemRef(null)).to.equal(undefined);
    expect(parseItemRef(undefined)).to.equal(undefined);
  });
});
