import type { DeadlineStrings } from './deadline.strings.js';

// Loaded only when an element's language needs it (lazyTranslations in deadline.strings.ts), so
// zh-CN pages do not carry it.
/** English. `{n:day|days}` picks the singular or plural by the number. */
export const en: DeadlineStrings = {
  locale: 'en',
  rule: 'Time limit: within {days} {days:working day|working days} of the information being formed or changed',
  ruleBasis:
    'Under Article 26 of the Regulations of the People’s Republic of China on Open Government Information. The day the information is formed or changed is not counted (Article 201 of the Civil Code of the People’s Republic of China); counting starts the next day. Weekends and public holidays are not counted; make-up working days (调休上班) are.',
  changedLabel: 'Formed or changed on',
  dueLabel: 'Due by',
  publishedLabel: 'Published on',
  provisionalMark: 'Estimate',
  statusOnTime: 'Published on time',
  statusLate: 'Published {n} {n:working day|working days} late',
  statusRemaining: '{n} {n:working day|working days} left',
  statusDueToday: 'Due today',
  statusOverdue: '{n} {n:working day|working days} overdue',
  provisionalNote:
    'The holiday schedule for {years} is not in the calendar data yet, so that period is estimated as Monday to Friday working days (except the statutory New Year’s Day, Labour Day and National Day holidays). The date is for reference only; the schedule published by the General Office of the State Council prevails.',
  detailsSummary: 'How the due date was worked out',
  detailsCount:
    'Counting starts the day after {changed} (that day is not counted) and runs for {n} {n:working day|working days}: working day 1 is {first}, and working day {n}, {due}, is the due date.',
  detailsCalendarDays: '{days} calendar {days:day|days} in all, of which {weekendDays} weekend {weekendDays:day is|days are} not counted.',
  detailsHolidays: 'Public holidays not counted:',
  detailsHoliday: '{name}: {from} to {to}, {days} {days:day|days}',
  detailsHolidayOneDay: '{name}: {date}',
  detailsNoHolidays: 'There are no public holidays in this period.',
  detailsMakeup: 'Make-up working days, counted as working days:',
  detailsMakeupDay: '{date} ({weekday}, make-up working day for {name})',
  detailsLate:
    'The publication date {published} is after the due date; it counts as working day {n} after the due date (a rest day after the due date counts as the next working day).',
  detailsToday: 'Status as of {today}.',
  detailsEstimate: '{years}: not in the calendar data, counted by the estimate.',
  detailsEstimated: ' (estimate)',
  sourceBuiltIn:
    'Calendar data: the holiday schedules the General Office of the State Council publishes each year ({first}–{last}), from the chinese-days {version} package.',
  sourceRegistered: 'Calendar data for {year}: the holiday schedule registered by this site ({source}).',
  sourceRegisteredUnnamed: 'Calendar data for {year}: the holiday schedule registered by this site.',
  errorHeading: 'The disclosure due date cannot be worked out:',
  errorDate: '{field} “{value}” is not a valid date: {problem}. Write it as year-month-day, e.g. 2026-09-28.',
  fieldChanged: 'The date the information was formed or changed (changed)',
  fieldPublished: 'The publication date (published)',
  fieldToday: 'The current date (today)',
  dateProblemEmpty: 'it is empty',
  dateProblemFormat: 'the format must be YYYY-MM-DD',
  dateProblemYear: 'the year must be from 1900 to 9999',
  dateProblemMonth: 'the month must be from 01 to 12',
  dateProblemDay: 'that month has no such day',
  errorWorkingDays: 'The number of working days (working-days) “{value}” is not valid: it must be a whole number from 1 to 999, e.g. 20.',
  errorWorkingDaysNotANumber: 'The number of working days (working-days) is not a number: it must be a whole number from 1 to 999, e.g. 20.',
  errorPublishedBeforeChanged:
    'The publication date {published} is before the date the information was formed or changed ({changed}); please check both dates.',
  errorHolidays: 'The holiday schedule (holidays) is wrong: {detail}',
  errorSpan: '{field} “{value}” is more than {years} years from the date of change and cannot be counted; please check the date.',
  listSeparator: ', ',
  holidayNames: {
    元旦: 'New Year’s Day',
    春节: 'Spring Festival',
    清明节: 'Qingming Festival',
    劳动节: 'Labour Day',
    端午节: 'Dragon Boat Festival',
    中秋节: 'Mid-Autumn Festival',
    国庆节: 'National Day',
    清明: 'Qingming Festival',
    端午: 'Dragon Boat Festival',
    中秋: 'Mid-Autumn Festival',
    中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日: '70th Anniversary of the Victory of the Chinese People’s War of Resistance Against Japanese Aggression and the World Anti-Fascist War',
  },
};
