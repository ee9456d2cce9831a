import { expect } from '@open-wc/testing';
import data from '../../src/data/social-insurance.json';
import { validateCatalogue, type ValidationError } from '../../src/data/validate.js';
import { MAX_LISTED_ERRORS } from '../../src/data/validation-core.js';
import { minimalCatalogue, variant } from '../support/data-fixtures.js';

function messagesFor(value: unknown): string[] {
  const result = validateCatalogue(value);
  if (result.ok) return [];
  for (const error of result.errors) expect(error.message.startsWith(`${error.path || '(root)'}: `), error.message).to.equal(true);
  return result.errors.map((error: ValidationError) => error.message);
}

describe('validateCatalogue', () => {
  it('accepts the shipped catalogue and returns it', () => {
    const result = validateCatalogue(data);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.catalogue).to.equal(data);
  });

  it('accepts a catalogue of another domain with other deadlines, and unknown extra fields', () => {
    expect(messagesFor(minimalCatalogue())).to.deep.equal([]);
    const extended = variant((c) => {
      c.publisher = '示例县人民政府';
      c.items[0].hotline = '0000-0000000';
      (c.items[0].deadline as Record<string, unknown>).workingDays = null;
      (c.items[0].deadline as Record<string, unknown>).from = null;
      c.items[1].local = true;
    });
    expect(messagesFor(extended)).to.deep.equal([]);
  });

  const cases: Array<[string, unknown, string[]]> = [
    ['null', null, ['(root): expected a catalogue object, got null']],
    ['an array', [], ['(root): expected a catalogue object, got an empty array']],
    ['a number', 42, ['(root): expected a catalogue object, got 42']],
    [
      'an empty object',
      {},
      ['id: missing', 'title: missing', 'domain: missing', 'version: missing', 'source: missing', 'groups: missing', 'notes: missing', 'items: missing'],
    ],
    ['a missing item field', variant((c) => delete c.items[1].name), ['items[1].name: missing']],
    ['channels that are not an array', variant((c) => (c.items[0].channels = 42)), ['items[0].channels: expected an array of strings, got 42']],
    ['a non-string channel', variant((c) => (c.items[0].channels = ['政府网站', 42])), ['items[0].channels[1]: expected a non-empty string, got 42']],
    ['an empty string', variant((c) => (c.items[0].subject = '')), ['items[0].subject: expected a non-empty string, got ""']],
    ['a whitespace-only string', variant((c) => (c.title = ' \u3000 ')), ['title: expected a non-empty string, got " \u3000 "']],
    ['empty content', variant((c) => (c.items[1].content = [])), ['items[1].content: expected at least 1 entry, got an empty array']],
    [
      'a tick that is not boolean',
      variant((c) => ((c.items[0].levels as Record<string, unknown>).county = '√')),
      ['items[0].levels.county: expected true or false, got "√"'],
    ],
    ['a missing tick', variant((c) => delete (c.items[0].audience as Record<string, unknown>).specific), ['items[0].audience.specific: missing']],
    ['a tick pair that is not an object', variant((c) => (c.items[0].method = true)), ['items[0].method: expected an object, got true']],
    ['a fractional seq', variant((c) => (c.items[0].seq = 1.5)), ['items[0].seq: expected a positive integer, got 1.5']],
    ['a zero seq', variant((c) => (c.items[0].seq = 0)), ['items[0].seq: expected a positive integer, got 0']],
    ['a duplicate seq', variant((c) => (c.items[1].seq = 1)), ['items[1].seq: duplicate seq 1, also used by items[0]']],
    ['a duplicate id', variant((c) => (c.items[1].id = 'example-one')), ['items[1].id: duplicate id "example-one", also used by items[0]']],
    [
      'an id that is not URL-safe',
      variant((c) => (c.items[0].id = '示例 One')),
      ['items[0].id: expected a URL-safe id (lowercase letters and digits, words joined by single hyphens), got "示例 One"'],
    ],
    ['a group not among groups', variant((c) => (c.items[0].group = '别的事项')), ['items[0].group: "别的事项" is not one of the catalogue\'s groups']],
    [
      'a duplicate group',
      variant((c) => (c.groups = ['甲', '乙', '甲'])),
      [
        'groups[2]: duplicate group "甲", also at groups[0]',
        'items[0].group: "示例一级事项甲" is not one of the catalogue\'s groups',
        'items[1].group: "示例一级事项乙" is not one of the catalogue\'s groups',
      ],
    ],
    [
      'a negative workingDays',
      variant((c) => ((c.items[0].deadline as Record<string, unknown>).workingDays = -3)),
      ['items[0].deadline.workingDays: expected a positive integer or null, got -3'],
    ],
    ['a deadline as a string', variant((c) => (c.items[0].deadline = '20个工作日')), ['items[0].deadline: expected an object, got "20个工作日"']],
    ['items as an object', variant((c) => (c.items = {} as never)), ['items: expected an array of items, got an object']],
    ['no items', variant((c) => (c.items = [])), ['items: expected at least 1 entry, got an empty array']],
    ['an item that is not an object', variant((c) => (c.items[1] = 'x' as never)), ['items[1]: expected an item object, got "x"']],
    ['local that is not boolean', variant((c) => (c.items[0].local = 'yes')), ['items[0].local: expected true or false, got "yes"']],
  ];

  for (const [kind, value, expected] of cases) {
    it(`reports ${kind}`, () => {
      expect(messagesFor(value)).to.deep.equal(expected);
    });
  }

  it('collects every problem rather than stopping at the first', () => {
    const messages = messagesFor(
      variant((c) => {
        c.title = '';
        delete c.items[0].name;
        c.items[1].channels = 42;
        (c.items[1].levels as Record<string, unknown>).township = 1;
      }),
    );
    expect(messages).to.deep.equal([
      'title: expected a non-empty string, got ""',
      'items[0].name: missing',
      'items[1].channels: expected an array of strings, got 42',
      'items[1].levels.township: expected true or false, got 1',
    ]);
  });

  it('quotes long values briefly', () => {
    const [message] = messagesFor(variant((c) => (c.items[0].seq = 'x'.repeat(100_000))));
    expect(message.length).to.be.below(120);
    expect(message).to.match(/got "x{40}…"$/);
  });

  it('never throws, whatever it is given', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        has() {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor() {
          throw new Error('boom');
        },
      },
    );
    const inputs: unknown[] = [
      undefined,
      '',
      'catalogue',
      0,
      NaN,
      true,
      Symbol('s'),
      () => 1,
      10n,
      new Date(),
      hostile,
      { items: new Array(5) },
      Object.create(null),
    ];
    for (const input of inputs) {
      const result = validateCatalogue(input);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.errors.length).to.be.above(0);
    }
  });

  it('ignores inherited properties: only own fields count', () => {
    const inherited = Object.create(minimalCatalogue());
    expect(messagesFor(inherited)).to.include('items: missing');
  });

  it(`lists at most ${MAX_LISTED_ERRORS} problems of a huge input and counts the rest`, () => {
    const huge = variant((c) => (c.items = Array.from({ length: 5000 }, () => 42) as never));
    const result = validateCatalogue(huge);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors).to.have.length(MAX_LISTED_ERRORS + 1);
    expect(result.errors.at(-1)!.message).to.equal('(root): 4000 more problems not listed');
  });
});
