import { expect } from '@open-wc/testing';
import catalogueSchema from '../../src/data/catalogue.schema.json';
import overlaySchema from '../../src/data/overlay.schema.json';
import data from '../../src/data/social-insurance.json';
import exampleOverlay from '../../demo/overlay.example.json';
import { validateCatalogue } from '../../src/data/validate.js';
import Ajv2020 from '../vendor/ajv2020.js';
import { minimalCatalogue, variant } from '../support/data-fixtures.js';

// ajv is for tests only (it compiles validators with new Function, which strict-CSP pages forbid);
// test/vendor/ajv2020.js is its 2020-12 build bundled as an ES module by scripts/vendor-ajv-for-tests.js.
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(catalogueSchema);
ajv.addSchema(overlaySchema);
const schemaAccepts = ajv.getSchema('urn:si-catalogue:catalogue')!;
const overlaySchemaAccepts = ajv.getSchema('urn:si-catalogue:overlay')!;

function ajvErrors(): string {
  return JSON.stringify(schemaAccepts.errors, null, 1);
}

describe('catalogue.schema.json', () => {
  it('is accepted by ajv in strict mode as JSON Schema 2020-12', () => {
    expect(catalogueSchema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schemaAccepts).to.be.a('function');
  });

  it('accepts the shipped social-insurance catalogue', () => {
    expect(schemaAccepts(data), ajvErrors()).to.equal(true);
  });

  it('does not hard-code the social-insurance domain: another domain with 7 working days passes', () => {
    expect(schemaAccepts(minimalCatalogue()), ajvErrors()).to.equal(true);
  });
});

describe('overlay.schema.json', () => {
  it('accepts the demo overlay', () => {
    expect(overlaySchemaAccepts(exampleOverlay), JSON.stringify(overlaySchemaAccepts.errors)).to.equal(true);
  });

  it('rejects an amended id and a change without an id', () => {
    expect(overlaySchemaAccepts({ items: [{ id: 'a', amend: { id: 'b' } }] })).to.equal(false);
    expect(overlaySchemaAccepts({ items: [{ hide: true }] })).to.equal(false);
  });
});

type Fixture = [name: string, value: unknown];
type Patch = Parameters<typeof variant>[0];
const bad = (name: string, change: Patch): Fixture => [name, variant(change)];

/** Inputs both must judge alike: the structural rules the schema expresses. */
const FIXTURES: Fixture[] = [
  ['the shipped catalogue', data],
  ['a minimal catalogue', minimalCatalogue()],
  ['extra fields', variant((c) => ((c.extra = { any: 1 }), (c.items[0].extra = [1])))],
  ['null deadline parts', variant((c) => (c.items[0].deadline = { text: '即时公开', workingDays: null, from: null }))],
  ['a local item', variant((c) => (c.items[1].local = true))],
  ['null', null],
  ['a string', 'catalogue'],
  ['an array', [minimalCatalogue()]],
  ['an empty object', {}],
  bad('a missing title', (c) => delete c.title),
  bad('a missing item name', (c) => delete c.items[1].name),
  bad('a missing notes', (c) => delete c.items[1].notes),
  bad('channels 42', (c) => (c.items[0].channels = 42)),
  bad('a number in content', (c) => (c.items[0].content = ['服务指南', 7])),
  bad('empty content', (c) => (c.items[0].content = [])),
  bad('empty channels', (c) => (c.items[0].channels = [])),
  bad('an empty name', (c) => (c.items[0].name = '')),
  bad('a blank subject', (c) => (c.items[0].subject = '   ')),
  bad('a string tick', (c) => ((c.items[0].audience as Record<string, unknown>).public = 'true')),
  bad('a numeric tick', (c) => ((c.items[0].levels as Record<string, unknown>).township = 0)),
  bad('a seq of 0', (c) => (c.items[0].seq = 0)),
  bad('a seq of 2.5', (c) => (c.items[0].seq = 2.5)),
  bad('a seq as text', (c) => (c.items[0].seq = '1')),
  bad('an id with capitals', (c) => (c.items[0].id = 'Example')),
  bad('an id with a double hyphen', (c) => (c.items[0].id = 'a--b')),
  bad('a catalogue id with spaces', (c) => (c.id = 'social insurance')),
  bad('workingDays 0', (c) => ((c.items[0].deadline as Record<string, unknown>).workingDays = 0)),
  bad('workingDays as text', (c) => ((c.items[0].deadline as Record<string, unknown>).workingDays = '20')),
  bad('an empty from', (c) => ((c.items[0].deadline as Record<string, unknown>).from = '')),
  bad('a missing deadline text', (c) => delete (c.items[0].deadline as Record<string, unknown>).text),
  bad('no groups', (c) => (c.groups = [])),
  bad('repeated groups', (c) => (c.groups = ['示例一级事项甲', '示例一级事项乙', '示例一级事项甲'])),
  bad('no items', (c) => (c.items = [])),
  bad('items as an object', (c) => (c.items = {} as never)),
  bad('local as text', (c) => (c.items[0].local = 'true')),
  bad('a version number', (c) => (c.version = 1)),
];

/** Inputs only the hand validator rejects: cross-item rules no JSON Schema keyword expresses. */
const BEYOND_SCHEMA: Fixture[] = [
  bad('a duplicate seq', (c) => (c.items[1].seq = 1)),
  bad('a duplicate id', (c) => (c.items[1].id = 'example-one')),
  bad('a group not among groups', (c) => (c.items[0].group = '未列出的事项')),
];

describe('the hand validator and ajv agree', () => {
  for (const [name, value] of FIXTURES) {
    it(`on ${name}`, () => {
      const schemaVerdict = schemaAccepts(value);
      const validatorResult = validateCatalogue(value);
      expect(validatorResult.ok, `ajv: ${ajvErrors()}\nvalidator: ${JSON.stringify(validatorResult)}`).to.equal(schemaVerdict);
    });
  }

  for (const [name, value] of BEYOND_SCHEMA) {
    it(`except on ${name}, which only the hand validator can reject`, () => {
      expect(schemaAccepts(value)).to.equal(true);
      expect(validateCatalogue(value).ok).to.equal(false);
    });
  }

  it('and point at the same places', () => {
    const value = variant((c) => {
      delete c.items[1].name;
      c.items[0].channels = 42;
      (c.items[0].levels as Record<string, unknown>).county = '√';
    });
    schemaAccepts(value);
    const ajvPlaces = new Set(
      schemaAccepts.errors!.map((error) => {
        const missing = (error.params as { missingProperty?: string }).missingProperty;
        return missing ? `${error.instancePath}/${missing}` : error.instancePath;
      }),
    );
    const result = validateCatalogue(value);
    const ourPlaces = result.ok ? [] : result.errors.map((error) => `/${error.path.replace(/\[(\d+)\]/g, '.$1').replace(/\./g, '/')}`);
    expect(new Set(ourPlaces)).to.deep.equal(ajvPlaces);
  });
});
