import { expect } from '@open-wc/testing';
import { immutableCopy } from '../../src/internal/immutable.js';

// immutableCopy copies without structuredClone (Safari before 15.4 lacks it; docs/browsers.md).
describe('immutableCopy', () => {
  it('copies and freezes plain data deeply, keeping shared and cyclic references', () => {
    const shared = { name: '示例' };
    const source: Record<string, unknown> = { items: [shared, shared], title: 't' };
    source.self = source;
    const copy = immutableCopy(source) as typeof source & { items: object[]; self: unknown };
    expect(copy).to.not.equal(source);
    expect(copy.items[0]).to.equal(copy.items[1]);
    expect(copy.items[0]).to.not.equal(shared);
    expect(copy.self).to.equal(copy);
    expect(Object.isFrozen(copy.items[0])).to.be.true;
    shared.name = 'changed';
    expect((copy.items[0] as { name: string }).name).to.equal('示例');
  });

  it('keeps "__proto__" from JSON as a key, never as the prototype', () => {
    const copy = immutableCopy(JSON.parse('{"__proto__": {"polluted": true}, "a": 1}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).to.equal(Object.prototype);
    expect(Object.keys(copy)).to.deep.equal(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('immutableCopy', () => {
  it('copies plain data deeply and freezes the copy, keeping __proto__ keys as data', async () => {
    const { immutableCopy } = await import('../../src/internal/immutable.js');
    const source = JSON.parse('{"items":[{"name":"示例","channels":["政府网站"]}],"__proto__":{"polluted":true}}') as {
      items: Array<{ name: string; channels: string[] }>;
    };
    const copy = immutableCopy(source);
    expect(copy).to.not.equal(source);
    expect(copy).to.deep.equal(source);
    expect(Object.isFrozen(copy.items[0].channels)).to.equal(true);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(copy)).to.equal(Object.prototype);
    source.items[0].name = 'changed';
    expect(copy.items[0].name).to.equal('示例');
    expect(immutableCopy(copy)).to.equal(copy);
  });
});
