/**
 * The formatted pieces of `<si-deadline>`: dates as `<time>` elements, and the disclosure
 * that explains how the due date was computed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isoToUtcDate, type IsoDate } from '../../calendar/iso-date.js';
import type { CalendarSource } from '../../calendar/working-days.js';
import type { DeadlineResult } from '../../calendar/deadline.js';
import { fillTemplate, type DeadlineStrings } from './deadline.strings.js';

/** Strings and formatters for one locale; dates are formatted in UTC because they are UTC midnights. */
export interface Formatters {
  locale: string;
  strings: DeadlineStrings;
  date: Intl.DateTimeFormat;
  monthDay: Intl.DateTimeFormat;
  weekday: Intl.DateTimeFormat;
  number: Intl.NumberFormat;
  /** Fills a template for Lit: numbers formatted, `{n:day|days}` plurals picked (see `fillTemplate`). */
  fill(template: string, values: Record<string, unknown>): unknown[];
  /** A statutory holiday's name in this language (names the data does not know stay as they are). */
  holiday(name: string): string;
}

export function createFormatters(strings: DeadlineStrings, locale: string): Formatters {
  const utc = { timeZone: 'UTC' } as const;
  return {
    locale,
    strings,
    date: new Intl.DateTimeFormat(locale, { ...utc, year: 'numeric', month: 'long', day: 'numeric' }),
    monthDay: new Intl.DateTimeFormat(locale, { ...utc, month: 'long', day: 'numeric' }),
    weekday: new Intl.DateTimeFormat(locale, { ...utc, weekday: 'long' }),
    number: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
    fill: (template, values) => fillTemplate(template, values, locale),
    holiday: (name) => strings.holidayNames[name] ?? name,
  };
}

/** A `<time datetime>` for a date, in full or (`short`) month and day only. */
export function timeOf(f: Formatters, date: IsoDate, short = false): TemplateResult {
  const formatter = short ? f.monthDay : f.date;
  return html`<time datetime=${date}>${formatter.format(isoToUtcDate(date))}</time>`;
}

/** A list of years, joined the locale's way. */
export function yearsText(f: Formatters, years: readonly number[]): string {
  return years.map(String).join(f.strings.listSeparator);
}

/** The disclosure explaining how the due date was computed. */
export function renderExplanation(f: Formatters, result: DeadlineResult): TemplateResult {
  const s = f.strings;
  const due = result.due!;
  const changedYear = result.changed!.slice(0, 4);
  const short = (date: IsoDate) => timeOf(f, date, date.startsWith(changedYear));
  const n = due.workingDays;
  const estimated = (date: IsoDate) => (result.provisionalYears.includes(Number(date.slice(0, 4))) ? s.detailsEstimated : '');
  const sources = uniqueSources([...due.sources, ...(result.statusSpan?.sources ?? [])]);
  return html`
    <details class="details" part="details">
      <summary part="summary">${s.detailsSummary}</summary>
      <div class="explanation" part="explanation">
        <p>
          ${f.fill(s.detailsCount, {
            changed: timeOf(f, result.changed!),
            n,
            first: due.firstWorkingDay === undefined ? '' : short(due.firstWorkingDay),
            due: timeOf(f, due.end),
          })}
        </p>
        <p>
          ${f.fill(s.detailsCalendarDays, {
            days: due.calendarDays,
            weekendDays: due.weekendDays,
          })}
        </p>
        ${
          due.holidays.length === 0
            ? html`<p>${s.detailsNoHolidays}</p>`
            : html`<p>${s.detailsHolidays}</p>
              <ul>
                ${due.holidays.map(
                  (run) =>
                    html`<li>
                      ${
                        run.days === 1
                          ? f.fill(s.detailsHolidayOneDay, { name: f.holiday(run.name), date: short(run.from) })
                          : f.fill(s.detailsHoliday, {
                              name: f.holiday(run.name),
                              from: short(run.from),
                              to: short(run.to),
                              days: run.days,
                            })
                      }${estimated(run.from)}
                    </li>`,
                )}
              </ul>`
        }
        ${
          due.makeupWorkdays.length === 0
            ? nothing
            : html`<p>${s.detailsMakeup}</p>
              <ul>
                ${due.makeupWorkdays.map(
                  (day) =>
                    html`<li>
                      ${f.fill(s.detailsMakeupDay, {
                        date: short(day.date),
                        weekday: f.weekday.format(isoToUtcDate(day.date)),
                        name: f.holiday(day.name ?? ''),
                      })}
                    </li>`,
                )}
              </ul>`
        }
        ${
          result.status === 'late'
            ? html`<p>
              ${f.fill(s.detailsLate, {
                published: timeOf(f, result.published!),
                n: result.statusDays ?? 0,
              })}
            </p>`
            : nothing
        }
        ${result.published === undefined ? html`<p>${f.fill(s.detailsToday, { today: timeOf(f, result.today!) })}</p>` : nothing}
        ${result.provisional ? html`<p>${f.fill(s.detailsEstimate, { years: yearsText(f, result.provisionalYears) })}</p>` : nothing}
        ${sources.map((source) => html`<p class="source">${sourceText(f, source)}</p>`)}
      </div>
    </details>
  `;
}

function sourceText(f: Formatters, source: CalendarSource): unknown[] {
  const s = f.strings;
  if (source.kind === 'built-in') {
    return f.fill(s.sourceBuiltIn, {
      first: String(source.firstYear),
      last: String(source.lastYear),
      version: source.version,
    });
  }
  return source.source === undefined
    ? f.fill(s.sourceRegisteredUnnamed, { year: String(source.year) })
    : f.fill(s.sourceRegistered, { year: String(source.year), source: source.source });
}

function uniqueSources(sources: readonly CalendarSource[]): CalendarSource[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = JSON.stringify(source);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
