// Work bounded by input (issue 11, defect 11): dates far apart, huge texts, large catalogues and
// deep `strings` end in a clear message or a documented limit, never a frozen or blank page.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/catalogue.js';
import type { SiCatalogue } from '../../src/catalogue.js';
import '../../src/deadline.js';
import type { SiDeadline } from '../../src/deadline.js';
import { messageOf } from '../../src/components/item-card/item-card-model.js';
import { itemCardTranslations } from '../../src/components/item-card/item-card.strings.js';
import { formatTemplate } from '../../src/utilities/localize.js';
import { MAX_SPAN_DAYS, workingDaysBetween } from '../../src/calendar/working-days.js';
import { computeDeadline, MAX_DEADLINE_SPAN_YEARS } from '../../src/components/deadline/deadline-model.js';
import { MAX_SEARCHED_TEXT_LENGTH } from '../../src/catalogue/search-limits.js';
import { exampleCatalogue, withoutUncaughtErrors } from '../support/catalogue.js';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('bounded work', () => {
  it('<si-deadline published="9999-12-31">: a clear message instead of counting 8,000 years', async () => {
    const el = await fixture<SiDeadline>(html`<si-deadline changed="2026-09-28" published="9999-12-31"></si-deadline>`);
    expect(el.shadowRoot!.querySelector('[role="alert"], .error, [part~="error"]') ?? el.shadowRoot!.firstElementChild).to.not.equal(null);
    expect(text(el)).to.include('9999-12-31').and.include(`超过 ${MAX_DEADLINE_SPAN_YEARS} 年`);
  });

  it('a date of change far in the future, counted to today, is refused the same way', () => {
    const result = computeDeadline({ changed: '9999-01-04', today: '2026-12-01', workingDays: 20 });
    expect(result.status).to.equal('invalid');
    expect(result.problems).to.deep.equal([{ kind: 'span', field: 'today', value: '2026-12-01', years: MAX_DEADLINE_SPAN_YEARS }]);
  });

  it('a date of change whose due date would pass the year 9999 is a message, not an exception (found by the fuzz test)', async () => {
    const result = computeDeadline({ changed: '9999-12-31', today: '9999-12-31', workingDays: 20 });
    expect(result.status).to.equal('invalid');
    expect(result.problems).to.deep.equal([{ kind: 'date', field: 'changed', value: '9999-12-31', problem: 'year' }]);
    const el = await fixture<SiDeadline>(html`<si-deadline changed="9999-12-31" today="9999-12-31"></si-deadline>`);
    expect(el.status).to.equal('invalid');
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.not.equal(null);
    expect(text(el)).to.include('9999-12-31');
  });

  it('an empty today is a problem of the model and the default date in the element', async () => {
    const result = computeDeadline({ changed: '2026-09-28', today: '', workingDays: 20 });
    expect(result.status).to.equal('invalid');
    expect(result.problems).to.deep.equal([{ kind: 'date', field: 'today', value: '', problem: 'empty' }]);
    const el = await fixture<SiDeadline>(html`<si-deadline changed="2026-09-28" today=""></si-deadline>`);
    expect(el.status).to.not.equal('invalid');
  });

  it('dates within a century are still counted', () => {
    const result = computeDeadline({ changed: '2026-09-28', published: '2100-01-04', today: '2026-12-01', workingDays: 20 });
    expect(result.status).to.equal('late');
    expect(result.statusDays).to.be.greaterThan(15000);
  });

  it('workingDaysBetween refuses spans past its documented limit', () => {
    expect(() => workingDaysBetween('1900-01-01', '9999-12-31')).to.throw(RangeError, String(MAX_SPAN_DAYS));
  });

  it('search reads the first MAX_SEARCHED_TEXT_LENGTH characters of a huge entry, and still finds and highlights there', async () => {
    const huge = `养老保险${'x'.repeat(1_000_000)}独有词`;
    const catalogue = exampleCatalogue([{ name: '超长内容的事项（示例）', content: [huge] }, { name: '普通事项（示例）' }]);
    const el = await fixture<SiCatalogue>(html`<si-catalogue view="table" .catalogue=${catalogue} query="养老保险"></si-catalogue>`);
    expect(el.matchingItems.map((item) => item.name)).to.deep.equal(['超长内容的事项（示例）']);
    el.query = 'xxxx';
    await el.updateComplete;
    expect(el.matchingItems.length).to.equal(1);
    el.query = '独有词';
    await el.updateComplete;
    expect(el.matchingItems, `text past ${MAX_SEARCHED_TEXT_LENGTH} characters is not searched`).to.deep.equal([]);
  });

  it('the item card message names the seq range of 200,000 items without overflowing the stack (no spreads over data)', () => {
    const item = exampleCatalogue([{ name: '示例事项' }]).items[0]!;
    const catalogue = { ...exampleCatalogue([{ name: '示例事项' }]), items: Array.from({ length: 200_000 }, (_, index) => ({ ...item, seq: index + 1 })) };
    const message = messageOf({ kind: 'not-found', ref: { kind: 'seq', seq: 999_999 }, catalogue } as Parameters<typeof messageOf>[0], {
      strings: itemCardTranslations['zh-CN'],
      format: (template, values) => formatTemplate(template, values),
    });
    expect(message.hint).to.include('1').and.include('200,000');
  });

  it('a strings attribute nested 10,000 deep: a console message, and the element still shows its content', async () => {
    let nested = '"x"';
    for (let depth = 0; depth < 10_000; depth += 1) nested = `{"a":${nested}}`;
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    let el!: SiCatalogue;
    try {
      const errors = await withoutUncaughtErrors(async () => {
        el = await fixture<SiCatalogue>(
          html`<si-catalogue view="table" strings=${`{"__proto__":${nested.replaceAll('"a"', '"__proto__"')},"columns":${nested}}`}></si-catalogue>`,
        );
      });
      expect(errors).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(50);
    expect(warnings.some((message) => message.includes('strings'))).to.equal(true);
  });
});
