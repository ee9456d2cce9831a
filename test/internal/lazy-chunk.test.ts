import { expect } from '@open-wc/testing';
import { lazyChunk } from '../../src/internal/lazy-chunk.js';

describe('lazyChunk', () => {
  it('imports once for every caller and knows the module once it has arrived', async () => {
    let imports = 0;
    const module = { name: 'chunk' };
    const chunk = lazyChunk(async () => {
      imports += 1;
      return module;
    });
    expect(chunk.arrived).to.equal(undefined);
    const [first, second] = await Promise.all([chunk.load(), chunk.load()]);
    expect(first).to.equal(module);
    expect(second).to.equal(module);
    expect(await chunk.load()).to.equal(module);
    expect(chunk.arrived).to.equal(module);
    expect(imports).to.equal(1);
  });

  it('imports again after a failure, and nothing has arrived until one succeeds', async () => {
    let attempt = 0;
    const chunk = lazyChunk(async () => {
      attempt += 1;
      if (attempt === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { attempt };
    });
    let failure: unknown;
    await chunk.load().catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(TypeError);
    expect(chunk.arrived).to.equal(undefined);
    expect(await chunk.load()).to.deep.equal({ attempt: 2 });
    expect(chunk.arrived).to.deep.equal({ attempt: 2 });
  });
});
