import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import catalogueSchema from '../../src/data/catalogue.schema.json';
import data from '../../src/data/social-insurance.json';
import { applyOverlay } from '../../src/data/overlay.js';
import type { Catalogue, CatalogueItem } from '../../src/data/types.js';
import { validateCatalogue, type ValidationError } from '../../src/data/validate.js';
import Ajv2020 from '../vendor/ajv2020.js';

// A fixed seed keeps CI deterministic (a red run must be reproducible); change it locally to
// explore further, and turn any failure it finds into a plain test.
fc.configureGlobal({ seed: 20261201 });

const schemaAccepts = new Ajv2020({ allErrors: true }).compile(catalogueSchema);
const RUNS = { numRuns: 300 };

/** Splits `items[3].levels.county` into ['items', 3, 'levels', 'county']. */
function segments(path: string): Array<string | number> {
  const parts: Array<string | number> = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)) {
    if (match[2] !== undefined) parts.push(Number(match[2]));
    else parts.push(match[3] !== undefined ? JSON.parse(`"${match[3]}"`) : match[1]);
  }
  return parts;
}

/** True when the path names a place in `value`: all but the last step must exist. */
function pointsInto(value: unknown, path: string): boolean {
  let current: unknown = value;
  const steps = segments(path);
  for (const [index, step] of steps.entries()) {
    if (typeof current !== 'object' || current === null) return false;
    if (index === steps.length - 1) return true;
    current = (current as Record<string | number, unknown>)[step];
  }
  return true;
}

function expectWellFormed(errors: ValidationError[], value: unknown): void {
  expect(errors.length).to.be.above(0);
  for (const error of errors) {
    expect(error.path).to.be.a('string');
    expect(error.message.startsWith(`${error.path === '' ? '(root)' : error.path}: `), error.message).to.equal(true);
    expect(pointsInto(value, error.path), `${error.path} in ${JSON.stringify(value)?.slice(0, 200)}`).to.equal(true);
  }
}

const text = fc.string({ minLength: 1, maxLength: 8 }).filter((value) => /\S/.test(value));
const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);

const validItem = (groups: string[]): fc.Arbitrary<Omit<CatalogueItem, 'seq' | 'id'>> =>
  fc.record({
    group: fc.constantFrom(...groups),
    name: text,
    content: fc.array(text, { minLength: 1, maxLength: 3 }),
    basis: fc.array(text, { maxLength: 3 }),
    deadline: fc.record({ text, workingDays: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }), from: fc.option(text, { nil: null }) }),
    subject: text,
    channels: fc.array(text, { minLength: 1, maxLength: 3 }),
    audience: fc.record({ public: fc.boolean(), specific: fc.boolean() }),
    method: fc.record({ proactive: fc.boolean(), onRequest: fc.boolean() }),
    levels: fc.record({ county: fc.boolean(), township: fc.boolean() }),
    notes: fc.array(text, { maxLength: 2 }),
  });

/** Valid catalogues of random domains, sizes and wording. */
const validCatalogue: fc.Arbitrary<Catalogue> = fc.uniqueArray(text, { minLength: 1, maxLength: 4 }).chain((groups) =>
  fc.record({
    id: slug,
    title: text,
    domain: text,
    version: text,
    source: text,
    groups: fc.constant(groups),
    notes: fc.array(text, { maxLength: 2 }),
    items: fc
      .uniqueArray(slug, { minLength: 1, maxLength: 6 })
      .chain((ids) => fc.tuple(...ids.map((id, index) => validItem(groups).map((item) => ({ seq: index + 1, id, ...item }))))),
  }),
);

/** A random JSON value to plant somewhere. */
const junk = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('', '  ', 0, -1, 1.5, null, true, [], {}, '√'));

/** A valid catalogue with one random place replaced by junk, or deleted. */
const mutatedCatalogue = fc.tuple(validCatalogue, fc.nat(), fc.nat(), junk, fc.boolean()).map(([catalogue, pick, depthPick, replacement, remove]) => {
  const copy = structuredClone(catalogue) as unknown as Record<string, unknown>;
  const places: Array<[Record<string, unknown> | unknown[], string | number]> = [];
  const visit = (node: unknown, depth: number): void => {
    if (typeof node !== 'object' || node === null || depth > 4) return;
    for (const key of Object.keys(node)) {
      const step = Array.isArray(node) ? Number(key) : key;
      places.push([node as Record<string, unknown>, step]);
      visit((node as Record<string, unknown>)[key], depth + 1);
    }
  };
  visit(copy, 0);
  const [parent, key] = places[(pick + depthPick) % places.length];
  if (remove && !Array.isArray(parent)) delete (parent as Record<string, unknown>)[key];
  else (parent as Record<string | number, unknown>)[key] = replacement;
  return copy;
});

/** The cross-item rules the schema cannot express. */
function crossItemRulesHold(value: Catalogue): boolean {
  const seqs = value.items.map((item) => item.seq);
  const ids = value.items.map((item) => item.id);
  return new Set(seqs).size === seqs.length && new Set(ids).size === ids.length && value.items.every((item) => value.groups.includes(item.group));
}

describe('validateCatalogue on random input (fast-check)', () => {
  it('accepts every generated valid catalogue', () => {
    fc.assert(
      fc.property(validCatalogue, (catalogue) => {
        const result = validateCatalogue(catalogue);
        expect(result.ok, JSON.stringify(result)).to.equal(true);
      }),
      RUNS,
    );
  });

  it('on any JSON: never throws; either validates or every error has a path into the value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const result = validateCatalogue(value);
        if (!result.ok) expectWellFormed(result.errors, value);
      }),
      RUNS,
    );
  });

  it('on mutated catalogues: agrees with the schema plus the cross-item rules, with well-formed errors', () => {
    fc.assert(
      fc.property(mutatedCatalogue, (value) => {
        const result = validateCatalogue(value);
        const expected = schemaAccepts(value) && crossItemRulesHold(value as unknown as Catalogue);
        expect(result.ok, JSON.stringify(value)).to.equal(expected);
        if (!result.ok) expectWellFormed(result.errors, value);
      }),
      RUNS,
    );
  });

  it('on anything at all (functions, symbols, sparse arrays): never throws', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withSparseArray: true, withNullPrototype: true }), (value) => {
        const result = validateCatalogue(value);
        if (!result.ok) for (const error of result.errors) expect(error.path).to.be.a('string');
      }),
      RUNS,
    );
  });
});

describe('applyOverlay on random overlays (fast-check)', () => {
  const ids = (data as Catalogue).items.map((item) => item.id);
  const change = fc.record(
    {
      id: fc.oneof(fc.constantFrom(...ids), slug),
      hide: fc.oneof(fc.boolean(), junk),
      amend: fc.oneof(
        fc.record({ subject: fc.oneof(text, junk), levels: fc.record({ township: fc.oneof(fc.boolean(), junk) }, { requiredKeys: [] }) }, { requiredKeys: [] }),
        junk,
      ),
      appendContent: fc.oneof(fc.array(text, { maxLength: 2 }), junk),
    },
    { requiredKeys: ['id'] },
  );
  const overlay = fc.oneof(
    fc.record({ title: fc.oneof(text, junk), items: fc.array(change, { maxLength: 4 }), notes: fc.oneof(fc.array(text), junk) }, { requiredKeys: [] }),
    fc.jsonValue({ maxDepth: 3 }),
  );

  it('never throws; either gives a valid catalogue or errors that all have paths', () => {
    fc.assert(
      fc.property(overlay, (value) => {
        const result = applyOverlay(data, value);
        if (result.ok) expect(validateCatalogue(result.catalogue).ok).to.equal(true);
        else for (const error of result.errors) expect(error.message.startsWith(`${error.path || '(root)'}: `), error.message).to.equal(true);
      }),
      RUNS,
    );
  });
});
