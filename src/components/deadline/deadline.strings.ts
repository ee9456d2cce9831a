import { deadline } from '../../locales/zh-CN.js';
import { componentTranslations, type StringsBuilder } from '../../locales/translations.js';
import { fillTemplateParts, type Translations } from '../../utilities/localize.js';

/**
 * Every word `<si-deadline>` shows: the keys of its `strings` attribute. `{name}` placeholders
 * are filled by the element: dates become `<time>` elements formatted with `Intl` in the
 * element's locale, numbers are formatted with `Intl.NumberFormat`, and
 * `{n, plural, one {# day} other {# days}}` picks a plural form by the number. The words live
 * in the locale files (src/locales/, section `deadline`); to add a language, add an entry with
 * the same keys to {@link deadlineTranslations} (zh-CN is the default and the fallback). A page
 * replaces any of them per instance with the `strings` attribute.
 */
export interface DeadlineStrings {
  /** The BCP 47 tag these strings are written in. */
  locale: string;
  /** The rule in plain words. `{days}`: the number of working days. */
  rule: string;
  /** The legal basis and counting, added by `variant="full"`. */
  ruleBasis: string;
  /** Labels of the dates. */
  changedLabel: string;
  dueLabel: string;
  publishedLabel: string;
  /** Marks a due date that is an estimate beyond the calendar data. */
  provisionalMark: string;
  /** Status texts; `{n}` is a number of working days. */
  statusOnTime: string;
  statusLate: string;
  statusRemaining: string;
  statusDueToday: string;
  statusOverdue: string;
  /** The visible note on an estimate. `{years}`: the years outside the data. */
  provisionalNote: string;
  /** The disclosure showing how the date was computed. */
  detailsSummary: string;
  detailsCount: string;
  detailsCalendarDays: string;
  detailsHolidays: string;
  detailsHoliday: string;
  detailsHolidayOneDay: string;
  detailsNoHolidays: string;
  detailsMakeup: string;
  detailsMakeupDay: string;
  detailsLate: string;
  detailsToday: string;
  detailsEstimate: string;
  /** Appended to an estimated holiday in the explanation. */
  detailsEstimated: string;
  /** Data sources. */
  sourceBuiltIn: string;
  sourceRegistered: string;
  sourceRegisteredUnnamed: string;
  /** Bad input. */
  errorHeading: string;
  errorDate: string;
  fieldChanged: string;
  fieldPublished: string;
  fieldToday: string;
  dateProblemEmpty: string;
  dateProblemFormat: string;
  dateProblemYear: string;
  dateProblemMonth: string;
  dateProblemDay: string;
  errorWorkingDays: string;
  errorWorkingDaysNotANumber: string;
  errorPublishedBeforeChanged: string;
  errorHolidays: string;
  /** `{field}` `{value}` is more than `{years}` years from the date of change. */
  errorSpan: string;
  /** Joins a list of years: 2027、2028. */
  listSeparator: string;
  /**
   * The statutory holidays' names, as the calendar data gives them (zh-CN: 清明, 端午, 中秋 without
   * 节) and as a site's own schedule may (清明节), in this language. test/calendar/holiday-data.test.ts
   * checks that every name of every calendar year has one.
   */
  holidayNames: Record<string, string>;
}

/** The keys `<si-deadline>` uses, from the locale files (src/locales/): its own section.
 * @public (read by test/locales/locales.test.ts through the module)
 */
export const deadlineStringsFrom: StringsBuilder<'deadline', DeadlineStrings> = ({ deadline }) => deadline;

/** Strings by locale tag; a site may add another language with the same keys. */
export const deadlineTranslations: Translations<DeadlineStrings> = componentTranslations(deadlineStringsFrom, { deadline });

/**
 * Splits a `{name}` template into text and the given values, in order, for Lit to render
 * (so a value can be a `<time>` template); numbers are formatted for `locale` and
 * `{n:day|days}` picks a word by the number. Unknown placeholders are kept as written.
 */
export function fillTemplate(template: string, values: Record<string, unknown>, locale = 'zh-CN'): unknown[] {
  return fillTemplateParts(template, values, locale);
}

/**
 * @deprecated The same table under its earlier name: use {@link deadlineTranslations}.
 * @alias
 */
export const deadlineStrings = deadlineTranslations;
