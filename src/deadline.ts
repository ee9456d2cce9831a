/**
 * Registers `<si-deadline>` and exports its class, and the working-day calendar it uses
 * (so a site can `registerHolidays()` next year's State Council schedule).
 */
export * from './components/deadline/si-deadline.js';
export { computeDeadline, DEFAULT_WORKING_DAYS, type DeadlineProblem, type DeadlineResult, type DeadlineStatus } from './calendar/deadline.js';
export { deadlineStrings, deadlineTranslations, type DeadlineStrings } from './components/deadline/deadline.strings.js';
export * from './calendar/working-days.js';
export { CHINA_TIME_ZONE, IsoDateError, isIsoDate, isoDateInTimeZone, parseIsoDate, type IsoDate, type IsoDateProblem } from './calendar/iso-date.js';
