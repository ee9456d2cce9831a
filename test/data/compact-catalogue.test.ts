// The compact form the built-in catalogue ships in (vite.config.ts encodes it at build time):
// it must rebuild the committed data exactly.
import { expect } from '@open-wc/testing';
import catalogue from '../../src/data/social-insurance.json';
import { decodeCatalogue, encodeCatalogue } from '../../src/data/compact-catalogue.js';
import type { Catalogue } from '../../src/data/types.js';

const standard = catalogue as unknown as Catalogue;
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('the compact built-in catalogue', () => {
  it('decodes to the committed catalogue, notes included', () => {
    expect(decodeCatalogue(copy(encodeCatalogue(standard)))).to.deep.equal(standard);
  });

  it('is smaller than the JSON it replaces', () => {
    expect(JSON.stringify(encodeCatalogue(standard)).length).to.be.below(JSON.stringify(standard).length * 0.8);
  });

  it('carries fields it does not know and merges them back', () => {
    const changed = copy(standard);
    (changed.items[0] as unknown as Record<string, unknown>).guide = { href: 'https://example.invalid/guide.html' };
    expect(decodeCatalogue(copy(encodeCatalogue(changed))).items[0]).to.deep.equal(changed.items[0]);
  });

  it('refuses data it would not rebuild exactly', () => {
    const strange = copy(standard);
    (strange.items[1]!.deadline as unknown as Record<string, unknown>).unit = 'calendar days';
    expect(() => encodeCatalogue(strange)).to.throw(/item public-sector-employee-enrolment/);
    const orphan = copy(standard);
    orphan.items[2]!.group = '不在 groups 里';
    expect(() => encodeCatalogue(orphan)).to.throw(/does not survive/);
  });
});
