// The `guide` property of <si-service-guide> is validated like fetched data: null means none,
// wrong types show a message, and changing the caller's object later cannot bypass validation.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/service-guide.js';
import type { SiServiceGuide } from '../../../src/service-guide.js';
import { withoutUncaughtErrors } from '../../support/catalogue.js';

const alertText = (el: SiServiceGuide) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
const sections = (el: SiServiceGuide) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('section.section')].map((s) => s.dataset.key);

describe('<si-service-guide> guide property', () => {
  it('treats null like no guide (the src, or nothing), not as an error', async () => {
    const el = await fixture<SiServiceGuide>(html`<si-service-guide .guide=${null}></si-service-guide>`);
    expect(alertText(el)).to.equal('');
  });

  for (const [name, value, expected] of [
    ['a number', 42, '应为服务指南对象，实际为 42'],
    ['a string', '不是对象', '应为服务指南对象，实际为 "不是对象"'],
    ['an array', [1, 2], '应为服务指南对象，实际为长度为 2 的数组'],
    ['a section of the wrong type', { fees: 5, materials: 'x' }, 'fees：应为非空字符串，实际为 5'],
  ] as const) {
    it(`shows ${name} as a message in the interface language`, async () => {
      let el!: SiServiceGuide;
      const errors = await withoutUncaughtErrors(async () => {
        el = await fixture<SiServiceGuide>(html`<si-service-guide .guide=${value}></si-service-guide>`);
      });
      expect(errors).to.deep.equal([]);
      expect(alertText(el)).to.include(expected);
    });
  }

  it('a throwing getter or a cycle becomes a message, not an exception', async () => {
    const throwing = Object.defineProperty({}, 'fees', {
      enumerable: true,
      get: () => {
        throw new TypeError('boom');
      },
    });
    const cyclic: Record<string, unknown> = { fees: '不收费' };
    cyclic.self = cyclic;
    for (const [value, expected] of [
      [throwing, '无法读取（TypeError）'],
      [cyclic, 'self：包含自身'],
    ] as const) {
      let el!: SiServiceGuide;
      const errors = await withoutUncaughtErrors(async () => {
        el = await fixture<SiServiceGuide>(html`<si-service-guide .guide=${value}></si-service-guide>`);
      });
      expect(errors).to.deep.equal([]);
      expect(alertText(el)).to.include(expected);
    }
  });

  it('mutating the assigned object afterwards cannot bypass validation or break rendering', async () => {
    const guide: Record<string, unknown> = { fees: '不收费', materials: [{ name: '居民身份证' }] };
    const el = await fixture<SiServiceGuide>(html`<si-service-guide editor .guide=${guide}></si-service-guide>`);
    expect(sections(el)).to.include('fees');
    const errors = await withoutUncaughtErrors(async () => {
      guide.materials = 'broken';
      guide.faq = [{ question: 42 }];
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(errors).to.deep.equal([]);
    expect(alertText(el)).to.equal('');
    expect(el.shadowRoot!.textContent).to.include('居民身份证');
    // Assigning a new object shows the new data (validated).
    el.guide = { ...guide };
    await el.updateComplete;
    expect(alertText(el)).to.include('materials');
  });
});
