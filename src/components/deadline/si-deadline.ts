import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { isoDateInTimeZone, type IsoDate } from '../../calendar/iso-date.js';
import { HOLIDAYS_CHANGE_EVENT, type HolidaySchedule } from '../../calendar/working-days.js';
import { enumConverter, optionalTextConverter, parseLenientNumber, type SiConverter } from '../../internal/attributes.js';
import { define } from '../../internal/define.js';
import { SiElement } from '../../internal/si-element.js';
import { statusIcon, STATUS_TONES } from './deadline-icons.js';
import {
  computeDeadline,
  DEFAULT_WORKING_DAYS,
  isValidWorkingDays,
  type DeadlineProblem,
  type DeadlineResult,
  type DeadlineStatus,
} from '../../calendar/deadline.js';
import { createFormatters, renderExplanation, timeOf, yearsText, type Formatters } from './deadline-explanation.js';
import { deadlineTranslations } from './deadline.strings.js';
import { deadlineStyles } from './si-deadline.styles.js';

export type DeadlineVariant = 'compact' | 'full';

/**
 * Reads `working-days` as an editor types it, full-width digits included (`２０`); removed or
 * `null` is the 《条例》's 20. A value that is not a valid count is kept, not replaced by a
 * default: the element reports it visibly, since a guessed legal deadline would mislead.
 */
const workingDaysConverter: SiConverter<number> = {
  defaultValue: DEFAULT_WORKING_DAYS,
  fromAttribute: (value) => value ?? DEFAULT_WORKING_DAYS,
  normalise(value) {
    if (value == null || (typeof value === 'string' && value.trim() === '')) return DEFAULT_WORKING_DAYS;
    if (typeof value === 'number') return value;
    return typeof value === 'string' ? parseLenientNumber(value) : Number.NaN;
  },
};

/**
 * The statutory disclosure deadline of an item and whether it was met: information in the
 * proactive-disclosure scope is published within 20 working days of the day it is formed
 * or changed (《政府信息公开条例》第二十六条).
 *
 * Without `changed` it states the rule in plain words. With `changed` it computes the due
 * date on China's official working-day calendar (the start day is not counted; weekends
 * and statutory holidays are skipped; make-up working days 调休上班 count) and shows the
 * status in words and an icon: 按时公开 / 逾期 N 个工作日公开 when `published` is set, else
 * 剩余 N 个工作日 / 今日到期 / 已逾期 N 个工作日 relative to `today`. A disclosure explains the
 * count. Beyond the calendar data the date is marked 预计 with a visible note; a site adds
 * a year's State Council schedule with `registerHolidays()` or the `holidays` property.
 * Bad input is reported in words, never as `NaN` or `Invalid Date`.
 *
 * Words come from `deadline.strings.ts` in the element's language: its own `lang`, else the
 * nearest ancestor's, else the document's (zh-CN, zh-TW or en; zh-CN otherwise), followed as
 * it changes; any of them can be replaced per instance with the `strings` attribute. Dates are
 * `<time datetime>` elements formatted with `Intl`. The theme follows the nearest
 * `data-si-theme`.
 *
 * @summary A disclosure's statutory deadline on China's working-day calendar, with its status.
 *
 * @csspart base - The wrapper of everything; has `data-status` and `data-tone`.
 * @csspart rule - The rule in plain words (公开时限：…).
 * @csspart basis - The legal basis and counting rule (`variant="full"`).
 * @csspart status - The status: icon and text.
 * @csspart icon - The decorative status icon.
 * @csspart status-text - The status text (剩余 5 个工作日).
 * @csspart dates - The list of dates (`variant="full"`).
 * @csspart due - The due date with its label.
 * @csspart provisional-mark - The 预计 mark on an estimated due date.
 * @csspart provisional-note - The visible note explaining an estimate.
 * @csspart details - The `<details>` explaining the computation.
 * @csspart summary - Its `<summary>`.
 * @csspart explanation - The explanation inside the disclosure.
 * @csspart error - The message shown for bad input.
 *
 * @cssprop [--si-deadline-info-color=var(--si-color-primary)] - Colour of the 剩余 status.
 * @cssprop [--si-deadline-ok-color=var(--si-color-success)] - Colour of the 按时公开 status.
 * @cssprop [--si-deadline-warning-color=var(--si-color-warning)] - Colour of the 今日到期 and 逾期…公开 statuses.
 * @cssprop [--si-deadline-danger-color=var(--si-color-danger)] - Colour of the 已逾期 status and of error messages.
 * @cssprop [--si-deadline-status-bg=var(--si-color-surface)] - Background of the status.
 * @cssprop [--si-deadline-note-bg=var(--si-color-surface-muted)] - Background of the provisional note and of the error message.
 * @cssprop [--si-deadline-radius=var(--si-radius-s)] - Corner radius of the status, note and disclosure.
 * @cssprop [--si-deadline-gap=var(--si-space-s)] - Space between the element's lines.
 *
 * @tag si-deadline
 */
export class SiDeadline extends SiElement {
  static override styles = [SiElement.styles, deadlineStyles];

  /**
   * `compact`: the status and due date on one line (the rule alone when there is no
   * date). `full`: also the legal basis, the counting rule and every date.
   */
  @property({ reflect: true, useDefault: true, converter: enumConverter(['compact', 'full'], 'full') })
  variant: 'compact' | 'full' = 'full';

  /** The day the information was formed or changed, `YYYY-MM-DD`; the count starts after it. */
  @property({ converter: optionalTextConverter })
  changed?: string;

  /**
   * The time limit in working days, a whole number from 1 to 999 (《条例》: 20). Full-width
   * digits are read (`２０`); any other value is reported in the element, never guessed.
   */
  @property({ attribute: 'working-days', type: Number, useDefault: true, converter: workingDaysConverter })
  workingDays: number = 20;

  /** The day the information was actually published, `YYYY-MM-DD`; gives 按时公开 or 逾期…公开. */
  @property({ converter: optionalTextConverter })
  published?: string;

  /**
   * The date the status is computed for, `YYYY-MM-DD`. Defaults to the current date in
   * China (Asia/Shanghai); set it on static pages and in tests.
   */
  @property({ converter: optionalTextConverter })
  today?: string;

  /**
   * Extra holiday schedules for this element, e.g. `[{ year: 2027, source, holidays: [{
   * name: '春节', from: '2027-02-05', to: '2027-02-13', workdays: ['2027-01-31'] }] }]`.
   * They win over schedules registered with `registerHolidays()` and the built-in data.
   * Assign a new array to change them.
   */
  @property({ attribute: false })
  holidays?: HolidaySchedule | HolidaySchedule[];

  private formatters?: Formatters;

  private readonly onHolidaysChange = () => this.requestUpdate();

  /** The current status (`rule`, `invalid`, `on-time`, `late`, `remaining`, `due-today` or `overdue`). */
  get status(): DeadlineStatus {
    return this.compute().status;
  }

  /** The computed due date (`YYYY-MM-DD`), or `undefined` without a valid `changed` date. */
  get dueDate(): IsoDate | undefined {
    return this.compute().due?.end;
  }

  /** Whether the due date or the status is an estimate beyond the calendar data (预计). */
  get provisional(): boolean {
    return this.compute().provisional;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(HOLIDAYS_CHANGE_EVENT, this.onHolidaysChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(HOLIDAYS_CHANGE_EVENT, this.onHolidaysChange);
  }

  /** Cheap (a few dozen day look-ups), so computed afresh rather than cached. */
  private compute(): DeadlineResult {
    return computeDeadline({
      changed: this.changed,
      published: this.published,
      // An empty `today` attribute means the default (China's current date), like a removed one.
      today: this.today || isoDateInTimeZone(),
      workingDays: this.workingDays,
      holidays: this.holidays,
    });
  }

  /** The strings and formatters for the element's language (the nearest `lang`). */
  private format(): Formatters {
    const { strings, formatLocale: locale } = this.localize(deadlineTranslations);
    if (this.formatters?.locale !== locale || this.formatters.strings !== strings) {
      this.formatters = createFormatters(strings, locale);
    }
    return this.formatters;
  }

  protected override render() {
    const result = this.compute();
    const f = this.format();
    const { status } = result;
    const full = this.variant === 'full';
    const showRule = isValidWorkingDays(result.workingDays) && (full || status === 'rule');
    return html`
      <div class="deadline" part="base" data-status=${status} data-tone=${STATUS_TONES[status]}>
        ${showRule ? this.renderRule(f, full, status === 'rule') : nothing}
        ${status === 'invalid' ? this.renderProblems(f, result.problems) : nothing}
        ${status !== 'rule' && status !== 'invalid' ? this.renderComputed(f, result, full) : nothing}
      </div>
    `;
  }

  private renderRule(f: Formatters, full: boolean, withIcon: boolean) {
    return html`
      <p class="rule" part="rule">
        ${withIcon ? html`<span class="icon" part="icon">${statusIcon('rule')}</span>` : nothing}<span
          >${f.fill(f.strings.rule, { days: this.workingDays })}</span
        >
      </p>
      ${full ? html`<p class="basis" part="basis">${f.strings.ruleBasis}</p>` : nothing}
    `;
  }

  private statusText(f: Formatters, result: DeadlineResult): unknown[] {
    const s = f.strings;
    const template = {
      'on-time': s.statusOnTime,
      late: s.statusLate,
      remaining: s.statusRemaining,
      'due-today': s.statusDueToday,
      overdue: s.statusOverdue,
      rule: '',
      invalid: '',
    }[result.status];
    return f.fill(template, { n: result.statusDays ?? 0 });
  }

  private renderComputed(f: Formatters, result: DeadlineResult, full: boolean) {
    const s = f.strings;
    const due = result.due!;
    const dueDate = html`<span class="due" part="due"
      ><span class="label">${s.dueLabel}</span> ${timeOf(f, due.end)}${
        result.provisional && due.provisional ? html` <span class="mark" part="provisional-mark">${s.provisionalMark}</span>` : nothing
      }</span
    >`;
    const statusLine = html`<p class="status" part="status">
      <span class="icon" part="icon">${statusIcon(result.status)}</span
      ><span class="status-text" part="status-text">${this.statusText(f, result)}</span>
    </p>`;
    return html`
      ${
        full
          ? html`${statusLine}
            <dl class="dates" part="dates">
              <div><dt>${s.changedLabel}</dt><dd>${timeOf(f, result.changed!)}</dd></div>
              <div><dt>${s.dueLabel}</dt><dd>${dueDate}</dd></div>
              ${result.published === undefined ? nothing : html`<div><dt>${s.publishedLabel}</dt><dd>${timeOf(f, result.published)}</dd></div>`}
            </dl>`
          : html`<div class="line">${statusLine}${dueDate}</div>`
      }
      ${
        result.provisional
          ? html`<p class="note" part="provisional-note">
            ${f.fill(s.provisionalNote, { years: yearsText(f, result.provisionalYears) })}
          </p>`
          : nothing
      }
      ${renderExplanation(f, result)}
    `;
  }

  private renderProblems(f: Formatters, problems: readonly DeadlineProblem[]) {
    return html`
      <div class="error" part="error">
        <p class="error-heading">
          <span class="icon" part="icon">${statusIcon('invalid')}</span><span>${f.strings.errorHeading}</span>
        </p>
        <ul>
          ${problems.map((problem) => html`<li>${this.problemText(f, problem)}</li>`)}
        </ul>
      </div>
    `;
  }

  private problemText(f: Formatters, problem: DeadlineProblem): unknown[] | string {
    const s = f.strings;
    switch (problem.kind) {
      case 'date': {
        const field = { changed: s.fieldChanged, published: s.fieldPublished, today: s.fieldToday }[problem.field];
        const reason = {
          empty: s.dateProblemEmpty,
          format: s.dateProblemFormat,
          year: s.dateProblemYear,
          month: s.dateProblemMonth,
          day: s.dateProblemDay,
        }[problem.problem];
        return f.fill(s.errorDate, { field, value: problem.value, problem: reason });
      }
      case 'working-days':
        return Number.isFinite(problem.value) ? f.fill(s.errorWorkingDays, { value: String(problem.value) }) : s.errorWorkingDaysNotANumber;
      case 'published-before-changed':
        return f.fill(s.errorPublishedBeforeChanged, {
          published: timeOf(f, problem.published),
          changed: timeOf(f, problem.changed),
        });
      case 'holidays':
        return f.fill(s.errorHolidays, { detail: html`<code>${problem.detail}</code>` });
      case 'span':
        return f.fill(s.errorSpan, { field: problem.field === 'published' ? s.fieldPublished : s.fieldToday, value: problem.value, years: problem.years });
    }
  }
}

define('si-deadline', SiDeadline);

declare global {
  interface HTMLElementTagNameMap {
    'si-deadline': SiDeadline;
  }
}
