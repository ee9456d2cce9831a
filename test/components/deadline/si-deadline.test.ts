import { expect, fixture, html } from '@open-wc/testing';
import { isoDateInTimeZone } from '../../../src/calendar/iso-date.js';
import '../../../src/deadline.js';
import { registerHolidays, unregisterHolidays, type HolidaySchedule, type SiDeadline } from '../../../src/deadline.js';
import { FICTIONAL_2027 } from '../../support/data-fixtures.js';

const root = (el: SiDeadline) => el.shadowRoot!;
const text = (el: SiDeadline, selector = '[part~="base"]') => (root(el).querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const statusText = (el: SiDeadline) => text(el, '[part~="status-text"]');
const times = (el: SiDeadline, selector = '') => [...root(el).querySelectorAll(`${selector} time`)].map((t) => [t.getAttribute('datetime'), t.textContent]);

/** A container in the document, as a CMS article body would be (with its styles and lang). */
function container(style: string, lang?: string): HTMLDivElement {
  const div = document.createElement('div');
  div.setAttribute('style', style);
  if (lang !== undefined) div.lang = lang;
  document.body.append(div);
  return div;
}

/** No state may leak NaN, Invalid Date or undefined into the page. */
function expectNoGarbage(el: SiDeadline): void {
  const all = root(el).textContent ?? '';
  for (const bad of ['NaN', 'Invalid', 'undefined', 'null', '{']) expect(all, bad).to.not.include(bad);
  for (const t of root(el).querySelectorAll('time')) {
    expect(t.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
  }
}

describe('<si-deadline>', () => {
  afterEach(() => unregisterHolidays());

  describe('the rule, without dates', () => {
    it('states the rule in plain words, compact', async () => {
      const el = await fixture<SiDeadline>(html`<si-deadline variant="compact"></si-deadline>`);
      expect(text(el)).to.equal('公开时限：信息形成或变更之日起20个工作日内');
      expect(el.status).to.equal('rule');
      expect(root(el).querySelector('time')).to.equal(null);
      expect(root(el).querySelector('[part="basis"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('adds the legal basis and counting rule in full, and follows working-days', async () => {
      const el = await fixture<SiDeadline>(html`<si-deadline working-days="10"></si-deadline>`);
      expect(el.variant).to.equal('full');
      expect(el.hasAttribute('variant')).to.equal(false);
      expect(text(el, '[part="rule"]')).to.equal('公开时限：信息形成或变更之日起10个工作日内');
      expect(text(el, '[part="basis"]')).to.include('第二十六条').and.include('第二百零一条').and.include('调休上班日计为工作日');
      await expect(el).to.be.accessible();
    });

    it('reads full-width digits an editor may type', async () => {
      const el = await fixture<SiDeadline>(html`<si-deadline working-days="１５" variant="compact"></si-deadline>`);
      expect(el.workingDays).to.equal(15);
      expect(text(el)).to.include('15个工作日内');
    });
  });

  describe('the due date across 国庆节', () => {
    it('computes 2026-09-28 + 20 working days = 2026-10-30 and shows 剩余', async () => {
      const el = await fixture<SiDeadline>(html`<si-deadline changed="2026-09-28" today="2026-10-20"></si-deadline>`);
      expect(el.dueDate).to.equal('2026-10-30');
      expect(el.status).to.equal('remaining');
      // (10-20, 10-30]: 21, 22, 23, 26, 27, 28, 29, 30.
      expect(statusText(el)).to.equal('剩余 8 个工作日');
      expect(times(el, '[part="dates"]')).to.deep.equal([
        ['2026-09-28', '2026年9月28日'],
        ['2026-10-30', '2026年10月30日'],
      ]);
      expect(root(el).querySelector('[part="status"] svg')!.getAttribute('aria-hidden')).to.equal('true');
      expect(root(el).querySelector('[part="base"]')!.getAttribute('data-tone')).to.equal('info');
      expect(root(el).querySelector('[part="provisional-note"]')).to.equal(null);
      expectNoGarbage(el);
      await expect(el).to.be.accessible();
    });

    it('explains the count in a disclosure: days, holidays skipped, make-up day, source', async () => {
      const el = await fixture<SiDeadline>(html`<si-deadline changed="2026-09-28" today="2026-10-20"></si-deadline>`);
      const details = root(el).querySelector('details')!;
      expect(details.open).to.equal(false);
      expect(text(el, 'summary')).to.equal('截止日期是怎样算出的');
      const explanation = text(el, '[part="explanation"]');
      expect(explanation).to.include('从 2026年9月28日 的次日起算（当日不计入），数满 20 个工作日');
      expect(explanation).to.include('第 1 个工作日是 9月29日');
      expect(explanation).to.include('第 20 个工作日 2026年10月30日 为公开截止日期');
      expect(explanation).to.include('共 32 个自然日，其中 5 个周末日不计入');
      expect(explanation).to.include('国庆节：10月1日至10月7日，共 7 天');
      expect(explanation).to.include('10月10日（星期六，国庆节调休上班）');
      expect(explanation).to.include('状态按 2026年10月20日 计算');
      expect(explanation).to.include('chinese-days 1.5.7').and.include('2004–2026');
      expect(times(el, '[part="explanation"]')).to.deep.include(['2026-10-10', '10月10日']);
      root(el).querySelector('summary')!.click();
      await el.updateComplete;
      expect(details.open).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('lets a due date fall on the make-up Saturday 2026-10-10', async () => {
      const el = await fixture<SiDeadline>(html`<si-deadline changed="2026-09-07" today="2026-09-07"></si-deadline>`);
      expect(el.dueDate).to.equal('2026-10-10');
      expect(text(el, '[part="explanation"]')).to.include('9月20日（星期日，国庆节调休上班）').and.include('中秋');
    });

    it('counts across 春节 with both make-up Saturdays: 2026-02-05 → 2026-03-11', async () => {
      const el = await fixture<SiDeadline>(html`<si-deadline changed="2026-02-05" today="2026-02-06"></si-deadline>`);
      expect(el.dueDate).to.equal('2026-03-11');
      const explanation = text(el, '[part="explanation"]');
      expect(explanation).to.include('春节：2月15日至2月23日，共 9 天');
      expect(explanation).to.include('2月14日（星期六，春节调休上班）').and.include('2月28日（星期六，春节调休上班）');
    });
  });

  describe('status', () => {
    async function statusOf(attrs: { published?: string; today?: string }) {
      const el = await fixture<SiDeadline>(
        html`<si-deadline changed="2026-09-28" published=${attrs.published ?? ''} today=${attrs.today ?? '2026-10-01'}></si-deadline>`,
      );
      expectNoGarbage(el);
      await expect(el).to.be.accessible();
      return [el.status, statusText(el)];
    }

    it('今日到期 on the due date', async () => {
      expect(await statusOf({ today: '2026-10-30' })).to.deep.equal(['due-today', '今日到期']);
    });

    it('已逾期 N 个工作日 after it, a day off counting as the next working day', async () => {
      expect(await statusOf({ today: '2026-11-03' })).to.deep.equal(['overdue', '已逾期 2 个工作日']);
      expect(await statusOf({ today: '2026-10-31' })).to.deep.equal(['overdue', '已逾期 1 个工作日']);
    });

    it('按时公开 when published on or before the due date, even the same day as the change', async () => {
      expect(await statusOf({ published: '2026-10-30' })).to.deep.equal(['on-time', '按时公开']);
      expect(await statusOf({ published: '2026-09-28' })).to.deep.equal(['on-time', '按时公开']);
    });

    it('逾期 N 个工作日公开 when published after it', async () => {
      expect(await statusOf({ published: '2026-11-04' })).to.deep.equal(['late', '逾期 3 个工作日公开']);
      const el = await fixture<SiDeadline>(html`<si-deadline changed="2026-09-28" published="2026-11-04" today="2026-12-01"></si-deadline>`);
      expect(times(el, '[part="dates"]').map(([d]) => d)).to.deep.equal(['2026-09-28', '2026-10-30', '2026-11-04']);
      expect(text(el, '[part="explanation"]')).to.include('按截止日后的第 3 个工作日计');
      expect(text(el, '[part="explanation"]')).to.not.include('状态按');
    });

    it('shows status and due date on one line in compact', async () => {
      const el = await fixture<SiDeadline>(html`<si-deadline variant="compact" changed="2026-09-28" today="2026-11-03"></si-deadline>`);
      expect(root(el).querySelector('[part="dates"]')).to.equal(null);
      expect(root(el).querySelector('[part="rule"]')).to.equal(null);
      expect(text(el, '.line')).to.equal('已逾期 2 个工作日 公开截止日期 2026年10月30日');
      await expect(el).to.be.accessible();
    });

    it('defaults today to the current date in China', async () => {
      const el = await fixture<SiDeadline>(html`<si-deadline changed="2026-09-28"></si-deadline>`);
      const today = isoDateInTimeZone();
      const expected = today < '2026-10-30' ? 'remaining' : today === '2026-10-30' ? 'due-today' : 'overdue';
      expect(el.status).to.equal(expected);
    });

    it('follows property changes', async () => {
      const el = await fixture<SiDeadline>(html`<si-deadline changed="2026-09-28" today="2026-10-20"></si-deadline>`);
      el.workingDays = 5;
      await el.updateComplete;
      expect(el.dueDate).to.equal('2026-10-10'); // 9/29, 9/30, 10/8, 10/9, Sat 10/10
      el.published = '2026-10-09';
      await el.updateComplete;
      expect(statusText(el)).to.equal('按时公开');
      el.changed = undefined;
      await el.updateComplete;
      expect(el.status).to.equal('rule');
      expect(text(el, '[part="rule"]')).to.include('5个工作日内');
    });
  });

  describe('beyond the calendar data', () => {
    it('marks a due date in 2027 as 预计 with a visible note', async () => {
      const el = await fixture<SiDeadline>(html`<si-deadline changed="2026-12-15" today="2026-12-20"></si-deadline>`);
      expect(el.provisional).to.equal(true);
      expect(el.dueDate).to.equal('2027-01-13');
      expect(text(el, '[part="provisional-mark"]')).to.equal('预计');
      const note = root(el).querySelector('[part="provisional-note"]')!;
      expect(note.checkVisibility()).to.equal(true);
      expect(text(el, '[part="provisional-note"]')).to.include('2027 年的节假日安排尚未纳入日历数据');
      expect(text(el, '[part="explanation"]')).to.include('元旦：2027年1月1日（预计）');
      expectNoGarbage(el);
      await expect(el).to.be.accessible();
    });

    it('is exact again with the holidays property (FICTIONAL 2027 data)', async () => {
      const el = await fixture<SiDeadline>(html`<si-deadline changed="2027-01-25" today="2027-02-01" .holidays=${[FICTIONAL_2027]}></si-deadline>`);
      expect(el.provisional).to.equal(false);
      expect(el.dueDate).to.equal('2027-02-25');
      expect(root(el).querySelector('[part="provisional-note"]')).to.equal(null);
      const explanation = text(el, '[part="explanation"]');
      expect(explanation).to.include('2027 年日历数据：本站登记的节假日安排（测试用虚构数据（非官方））');
      expect(explanation).to.include('1月31日（星期日，春节调休上班）');
      await expect(el).to.be.accessible();
    });

    it('updates when a site registers the year later (FICTIONAL 2027 data)', async () => {
      const el = await fixture<SiDeadline>(html`<si-deadline changed="2027-01-25" today="2027-02-01"></si-deadline>`);
      expect(el.provisional).to.equal(true);
      expect(el.dueDate).to.equal('2027-02-22'); // Monday–Friday estimate
      registerHolidays(FICTIONAL_2027);
      await el.updateComplete;
      expect(el.provisional).to.equal(false);
      expect(el.dueDate).to.equal('2027-02-25');
      expect(root(el).querySelector('[part="provisional-mark"]')).to.equal(null);
    });
  });

  describe('bad input', () => {
    async function messages(template: ReturnType<typeof html>) {
      const el = await fixture<SiDeadline>(template);
      expect(el.status).to.equal('invalid');
      expect(el.dueDate).to.equal(undefined);
      expectNoGarbage(el);
      await expect(el).to.be.accessible();
      return [...root(el).querySelectorAll('[part="error"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    }

    it('names an impossible changed date and what is wrong with it', async () => {
      expect(await messages(html`<si-deadline changed="2026-13-45"></si-deadline>`)).to.deep.equal([
        '信息形成或变更日期（changed）“2026-13-45”不是有效日期：月份应在 01 至 12 之间。请按“年-月-日”填写，例如 2026-09-28。',
      ]);
      expect((await messages(html`<si-deadline changed="2026-02-30"></si-deadline>`))[0]).to.include('这个月没有这一天');
      expect((await messages(html`<si-deadline changed="2026/09/28"></si-deadline>`))[0]).to.include('格式应为 YYYY-MM-DD');
      expect((await messages(html`<si-deadline changed="2026-09-28" today="明天"></si-deadline>`))[0]).to.include('当前日期（today）“明天”');
    });

    it('reports published before changed, with both dates', async () => {
      const el = await fixture<SiDeadline>(html`<si-deadline changed="2026-09-28" published="2026-09-01"></si-deadline>`);
      expect(text(el, '[part="error"] li')).to.equal('实际公开日期 2026年9月1日 早于信息形成或变更日期 2026年9月28日，请检查这两个日期。');
      expect(times(el, '[part="error"]').map(([d]) => d)).to.deep.equal(['2026-09-01', '2026-09-28']);
      expect(await messages(html`<si-deadline changed="2026-09-28" published="2026-09-01"></si-deadline>`)).to.have.length(1);
    });

    it('reports a negative, fractional or non-numeric working-days', async () => {
      expect(await messages(html`<si-deadline working-days="-3"></si-deadline>`)).to.deep.equal([
        '工作日数（working-days）“-3”无效：应为 1 至 999 之间的整数，例如 20。',
      ]);
      expect((await messages(html`<si-deadline changed="2026-09-28" working-days="2.5"></si-deadline>`))[0]).to.include('“2.5”');
      expect((await messages(html`<si-deadline working-days="二十"></si-deadline>`))[0]).to.include('不是数字');
      expect((await messages(html`<si-deadline working-days="0"></si-deadline>`))[0]).to.include('“0”');
    });

    it('lists every problem at once', async () => {
      const list = await messages(html`<si-deadline changed="2026-13-45" published="2026-99-01" working-days="-3"></si-deadline>`);
      expect(list).to.have.length(3);
    });

    it('reports bad holiday data instead of ignoring it', async () => {
      const bad = [{ year: 2027, holidays: [{ name: '春节', from: '2027-02-30' }] }] as HolidaySchedule[];
      const list = await messages(html`<si-deadline changed="2027-01-25" .holidays=${bad}></si-deadline>`);
      expect(list[0]).to.include('节假日安排数据（holidays）有误').and.include('2027-02-30');
    });
  });

  describe('locale and host page', () => {
    it('speaks the page language with Intl dates, falling back to zh-CN words and dates together', async () => {
      const el = await fixture<SiDeadline>(html`<si-deadline changed="2026-09-28" today="2026-10-20"></si-deadline>`, {
        parentNode: container('', 'zh-TW'),
      });
      expect(times(el, '[part="dates"]')[1]).to.deep.equal(['2026-10-30', '2026年10月30日']);
      expect(statusText(el)).to.equal('剩餘 8 個工作日');
      const en = await fixture<SiDeadline>(html`<si-deadline changed="2026-09-28" today="2026-10-20"></si-deadline>`, {
        parentNode: container('', 'en'),
      });
      expect(times(en, '[part="dates"]')[1]).to.deep.equal(['2026-10-30', 'October 30, 2026']);
      expect(statusText(en)).to.equal('8 working days left');
      // A language without strings: words and dates both stay zh-CN rather than mix.
      const ja = await fixture<SiDeadline>(html`<si-deadline changed="2026-09-28" today="2026-10-20"></si-deadline>`, {
        parentNode: container('', 'ja'),
      });
      expect(times(ja, '[part="dates"]')[1]).to.deep.equal(['2026-10-30', '2026年10月30日']);
      expect(statusText(ja)).to.equal('剩余 8 个工作日');
    });

    it('keeps text at 14px or more and ignores inherited CMS styles', async () => {
      const el = await fixture<SiDeadline>(html`<si-deadline changed="2026-09-28" today="2026-10-20"></si-deadline>`, {
        parentNode: container('font-size: 12px; text-indent: 2em; letter-spacing: 3px'),
      });
      for (const part of ['status-text', 'basis', 'explanation', 'summary']) {
        const style = getComputedStyle(root(el).querySelector(`[part~="${part}"]`)!);
        expect(parseFloat(style.fontSize), part).to.be.at.least(14);
        expect(style.textIndent, part).to.equal('0px');
        expect(style.letterSpacing, part).to.equal('normal');
      }
    });

    it('gives the disclosure summary a 44px target and keyboard access', async () => {
      const el = await fixture<SiDeadline>(html`<si-deadline changed="2026-09-28" today="2026-10-20"></si-deadline>`);
      const summary = root(el).querySelector('summary')!;
      expect(summary.getBoundingClientRect().height).to.be.at.least(44);
      summary.focus();
      expect(root(el).activeElement).to.equal(summary);
    });
  });
});
