import { expect } from '@open-wc/testing';
import guideSchema from '../../src/data/service-guide.schema.json';
import exampleGuide from '../../demo/guide.example.json';
import { GUIDE_SECTIONS } from '../../src/data/service-guide-types.js';
import { validateGuide } from '../../src/data/validate-guide.js';
import { safeHref } from '../../src/internal/safe-url.js';
import Ajv2020 from '../vendor/ajv2020.js';

// ajv is for tests only; see data-schema.test.ts.
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(guideSchema);
const schemaAccepts = ajv.getSchema('urn:si-catalogue:service-guide')!;

function messagesFor(value: unknown): string[] {
  const result = validateGuide(value);
  if (result.ok) return [];
  for (const error of result.errors) expect(error.message.startsWith(`${error.path || '(root)'}: `), error.message).to.equal(true);
  return result.errors.map((error) => error.message);
}

/** A complete, valid guide (fictional, 示例). */
function fullGuide(): Record<string, unknown> {
  return {
    item: 48,
    name: '示例事项',
    basis: ['《示例条例》'],
    agency: '示例县示例局',
    audience: '示例对象',
    conditions: ['示例条件'],
    materials: [{ name: '示例材料', form: '原件', copies: 1, note: '示例备注', sampleHref: '/示例/样表.pdf' }],
    process: ['申请', '受理', '办结'],
    channels: { counter: { text: '示例窗口' }, online: { text: '示例网站', href: 'https://www.example.gov.cn/' } },
    timeLimit: { statutory: '示例：20个工作日', promised: '示例：即时办结' },
    fees: '不收费（示例）',
    location: '示例县政务服务中心（示例地址）',
    hours: '示例：工作日',
    contact: '示例电话：0000-0000000',
    complaint: '示例监督电话：0000-0000000',
    delivery: '示例：窗口领取',
    faq: [{ question: '示例问题？', answer: '示例回答。' }],
    disclosures: [
      { element: '制卡网点', text: '示例网点' },
      { element: '社保卡经办机构信息', section: 'agency' },
    ],
  };
}

function variant(change: (guide: Record<string, unknown>) => unknown): Record<string, unknown> {
  const guide = fullGuide();
  change(guide);
  return guide;
}

const cases: Array<[string, unknown, string[]]> = [
  ['null', null, ['(root): expected a service guide object, got null']],
  ['an array', [], ['(root): expected a service guide object, got an empty array']],
  ['a string', '服务指南', ['(root): expected a service guide object, got "服务指南"']],
  ['a material without a name', variant((g) => ((g.materials as unknown[])[0] = { form: '原件' })), ['materials[0].name: missing']],
  [
    'a bad third material',
    variant((g) => (g.materials = [{ name: 'a' }, { name: 'b' }, { name: '', copies: 0 }])),
    ['materials[2].name: expected a non-empty string, got ""', 'materials[2].copies: expected a positive integer, got 0'],
  ],
  ['materials that are not a list', variant((g) => (g.materials = '身份证')), ['materials: expected an array of materials, got "身份证"']],
  ['empty materials', variant((g) => (g.materials = [])), ['materials: expected at least 1 entry, got an empty array']],
  [
    'a javascript: sample link',
    variant((g) => ((g.materials as Array<Record<string, unknown>>)[0].sampleHref = 'javascript:alert(1)')),
    ['materials[0].sampleHref: expected an http(s) or relative URL, got "javascript:alert(1)"'],
  ],
  [
    'a data: link on a channel',
    variant((g) => (g.channels = { online: { text: '网上', href: 'data:text/html,x' } })),
    ['channels.online.href: expected an http(s) or relative URL, got "data:text/html,x"'],
  ],
  ['no way of applying', variant((g) => (g.channels = {})), ['channels: expected at least one of counter, online, selfService']],
  ['a channel way without text', variant((g) => (g.channels = { counter: {} })), ['channels.counter.text: missing']],
  ['an empty time limit', variant((g) => (g.timeLimit = {})), ['timeLimit: expected at least one of statutory, promised']],
  ['a numeric fee', variant((g) => (g.fees = 0)), ['fees: expected a non-empty string, got 0']],
  ['a blank contact', variant((g) => (g.contact = ' \u3000 ')), ['contact: expected a non-empty string, got " \u3000 "']],
  ['a non-string step', variant((g) => (g.process = ['申请', 2])), ['process[1]: expected a non-empty string, got 2']],
  ['a question without an answer', variant((g) => (g.faq = [{ question: '问？' }])), ['faq[0].answer: missing']],
  ['a bad item', variant((g) => (g.item = 0)), ["item: expected a catalogue item's seq (a positive integer) or id, got 0"]],
  ['a disclosure with nothing', variant((g) => (g.disclosures = [{ element: '制卡网点' }])), ['disclosures[0]: expected at least one of text, href, section']],
  [
    'a disclosure pointing to an unknown section',
    variant((g) => (g.disclosures = [{ element: '咨询电话', section: 'phone' }])),
    [`disclosures[0].section: expected one of ${GUIDE_SECTIONS.join(', ')}, got "phone"`],
  ],
  [
    'a disclosure listed twice',
    variant(
      (g) =>
        (g.disclosures = [
          { element: '制卡网点', text: 'a' },
          { element: '制卡网点', text: 'b' },
        ]),
    ),
    ['disclosures[1].element: duplicate element "制卡网点", also at disclosures[0]'],
  ],
];

describe('validateGuide', () => {
  it('accepts a complete guide and returns the same object', () => {
    const guide = fullGuide();
    const result = validateGuide(guide);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.guide).to.equal(guide);
  });

  it('accepts the demo guide, an empty guide (every section optional), an id as item, and extra fields', () => {
    expect(messagesFor(exampleGuide)).to.deep.equal([]);
    expect(messagesFor({})).to.deep.equal([]);
    expect(messagesFor({ item: 'social-security-card-application', $comment: '示例', extra: [1] })).to.deep.equal([]);
  });

  for (const [name, value, expected] of cases) {
    it(`reports ${name} with its path`, () => {
      expect(messagesFor(value)).to.deep.equal(expected);
    });
  }

  it('reports every problem, in section order', () => {
    const messages = messagesFor({ name: 1, materials: [{}], faq: 'x', hours: null });
    expect(messages).to.deep.equal([
      'name: expected a non-empty string, got 1',
      'materials[0].name: missing',
      'hours: expected a non-empty string, got null',
      'faq: expected an array of question/answer pairs, got "x"',
    ]);
  });

  it('never throws, even on a throwing getter or a revoked proxy', () => {
    const throwing = Object.defineProperty({}, 'materials', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const value of [throwing, proxy]) {
      const result = validateGuide(value);
      expect(result.ok).to.equal(false);
    }
  });

  it('ignores inherited fields (a polluted prototype is not data)', () => {
    const guide = Object.create({ fees: 42 }) as object;
    expect(messagesFor(guide)).to.deep.equal([]);
  });
});

describe('service-guide.schema.json', () => {
  it('is accepted by ajv in strict mode as JSON Schema 2020-12', () => {
    expect(guideSchema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schemaAccepts).to.be.a('function');
  });

  it('lists the sections in the order of GUIDE_SECTIONS', () => {
    const keys = Object.keys(guideSchema.properties).filter((key) => (GUIDE_SECTIONS as readonly string[]).includes(key));
    expect(keys).to.deep.equal([...GUIDE_SECTIONS]);
  });

  it('agrees with the validator on valid and invalid guides', () => {
    const inputs: unknown[] = [fullGuide(), exampleGuide, {}, ...cases.map(([, value]) => value)];
    for (const value of inputs) {
      // The duplicate-element rule is the validator's only addition to the schema.
      const duplicate = JSON.stringify(value).includes('"element":"制卡网点","text":"b"');
      expect(schemaAccepts(value), JSON.stringify(value)).to.equal(validateGuide(value).ok || duplicate);
    }
  });

  it('accepts only links that safeHref keeps', () => {
    const links = [
      'https://www.example.gov.cn/',
      'HTTP://x',
      '/a/b',
      'a/b.pdf',
      '?q',
      '#x',
      '//example.gov.cn/',
      'b.pdf',
      'javascript:alert(1)',
      'java\tscript:x',
      'data:x',
      'mailto:a@example.gov.cn',
      'tel:0000',
      ' ',
      'vbscript:x',
    ];
    for (const href of links) {
      const accepted = validateGuide({ materials: [{ name: 'x', sampleHref: href }] }).ok;
      expect(schemaAccepts({ materials: [{ name: 'x', sampleHref: href }] }), href).to.equal(accepted);
      if (accepted) expect(safeHref(href), href).to.equal(href);
    }
  });
});
