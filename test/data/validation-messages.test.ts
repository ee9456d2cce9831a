// Validation messages follow the interface language (zh-CN, zh-TW, en); JSON paths and data
// values stay as written; the English `message` is what it always was.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/catalogue.js';
import type { SiCatalogue } from '../../src/catalogue.js';
import { validateCatalogue } from '../../src/data/validate.js';
import { formatMessage, formatValidationError, validationMessages, type MessageKey } from '../../src/data/validation-messages.js';
import { exampleCatalogue } from '../support/catalogue.js';

const SAMPLE = {
  expected: { expected: 'text' },
  got: { got: { type: 'array', length: 3 } },
  count: 2,
  field: 'seq',
  value: '"示例"',
  other: 'items[0]',
  list: 'a, b',
  name: 'TypeError',
  base: '"social-insurance"',
  max: 32,
} as const;

describe('validation messages', () => {
  for (const locale of ['zh-CN', 'zh-TW', 'en']) {
    it(`${locale}: every message fills every placeholder`, () => {
      const words = validationMessages[locale]!;
      for (const key of Object.keys(words.messages) as MessageKey[]) {
        const text = formatMessage(key, SAMPLE, words);
        expect(text, `${locale} ${key}`).to.not.match(/[{}]/);
        expect(text, `${locale} ${key}`).to.not.match(/^ | $| {2}/);
      }
    });
  }

  it('shows the same error in each language, paths and values untouched', () => {
    const catalogue = exampleCatalogue([{ name: '示例' }]);
    const result = validateCatalogue({ ...catalogue, items: [{ ...catalogue.items[0], name: '', seq: 'x'.repeat(100) }] });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const [seq, name] = result.errors;
    expect(seq!.message).to.equal(`items[0].seq: expected a positive integer, got "${'x'.repeat(40)}…"`);
    expect(formatValidationError(seq!, 'zh-CN')).to.equal(`items[0].seq：应为正整数，实际为 "${'x'.repeat(40)}…"`);
    expect(formatValidationError(name!, 'zh-CN')).to.equal('items[0].name：应为非空字符串，实际为 ""');
    expect(formatValidationError(name!, 'zh-TW')).to.equal('items[0].name：應為非空字串，實際為 ""');
    expect(formatValidationError(name!, 'en')).to.equal(name!.message);
    expect(formatValidationError({ path: '', message: 'x', key: 'notValid' }, 'zh-CN')).to.equal('（根）：数据无效');
  });

  it('<si-catalogue> lists invalid data in its own language', async () => {
    const el = await fixture<SiCatalogue>(html`<si-catalogue .catalogue=${{ id: 'x', items: 'none' }}></si-catalogue>`);
    const listed = () => [...el.shadowRoot!.querySelectorAll('[role="alert"] li')].map((li) => li.textContent!.trim());
    expect(listed()).to.include('groups：缺少此项');
    expect(listed()).to.include('title：缺少此项');
    el.lang = 'en';
    await waitUntil(() => listed().includes('title: missing'), 'not in English');
    el.lang = 'zh-TW';
    await waitUntil(() => listed().includes('title：缺少此項'), 'not in zh-TW');
  });
});
