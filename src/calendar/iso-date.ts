/**
 * Calendar dates as `YYYY-MM-DD` strings, with no time of day and no time zone.
 *
 * A disclosure deadline is a count of calendar days, so every computation here works on
 * whole day numbers (days since 1970-01-01) with integer arithmetic; `Date` is used only
 * to read "today" in a given time zone and to hand a fixed UTC midnight to `Intl` for
 * display. A date therefore never shifts by one day in a browser west or east of China.
 */

/** A calendar date written `YYYY-MM-DD` (e.g. `2026-10-30`). */
export type IsoDate = string;

/** Why a string is not a calendar date. */
export type IsoDateProblem = 'empty' | 'format' | 'year' | 'month' | 'day';

/** A string that is not a valid `YYYY-MM-DD` calendar date. */
export class IsoDateError extends RangeError {
  override readonly name = 'IsoDateError';

  constructor(
    /** The rejected input, as given. */
    readonly value: string,
    /** What is wrong with it. */
    readonly problem: IsoDateProblem,
  ) {
    super(`"${value}" is not a YYYY-MM-DD calendar date (${problem})`);
  }
}

/** The parts of a calendar date; `month` and `day` start at 1. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The time zone of China's official calendar, used for "today". */
export const CHINA_TIME_ZONE = 'Asia/Shanghai';

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Years outside this range are rejected: they are typing mistakes, not disclosure dates. */
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in `month` (1–12) of `year`. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parses a `YYYY-MM-DD` date. Surrounding spaces are ignored; anything else that is not a
 * real calendar date (`2026-13-45`, `2026-02-29`, `2026/10/30`) throws an {@link IsoDateError}
 * whose `problem` says which part is wrong.
 */
export function parseIsoDate(value: string): CalendarDate {
  const text = String(value ?? '').trim();
  if (text === '') throw new IsoDateError(value, 'empty');
  const match = ISO_PATTERN.exec(text);
  if (match === null) throw new IsoDateError(value, 'format');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < MIN_YEAR || year > MAX_YEAR) throw new IsoDateError(value, 'year');
  if (month < 1 || month > 12) throw new IsoDateError(value, 'month');
  if (day < 1 || day > daysInMonth(year, month)) throw new IsoDateError(value, 'day');
  return { year, month, day };
}

/** Whether `value` is a valid `YYYY-MM-DD` calendar date. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

/** Days since 1970-01-01 (proleptic Gregorian), by Howard Hinnant's `days_from_civil`. */
export function toDayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of a day number (inverse of {@link toDayNumber}). */
export function fromDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Writes a calendar date as `YYYY-MM-DD`. */
export function formatIsoDate({ year, month, day }: CalendarDate): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The day number of a `YYYY-MM-DD` date; throws {@link IsoDateError} if it is not one. */
export function isoToDayNumber(value: IsoDate): number {
  return toDayNumber(parseIsoDate(value));
}

/** The `YYYY-MM-DD` date of a day number. */
export function dayNumberToIso(dayNumber: number): IsoDate {
  return formatIsoDate(fromDayNumber(dayNumber));
}

/** `date` moved by `days` calendar days (negative to go back). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return dayNumberToIso(isoToDayNumber(date) + days);
}

/** Day of the week: 0 Sunday, 1 Monday … 6 Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(date: IsoDate | number): number {
  const n = typeof date === 'number' ? date : isoToDayNumber(date);
  return (((n + 4) % 7) + 7) % 7;
}

/** The calendar date of the instant `at` in `timeZone` (China's by default): "today" there. */
export function isoDateInTimeZone(at: Date = new Date(), timeZone: string = CHINA_TIME_ZONE): IsoDate {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return formatIsoDate({ year: part('year'), month: part('month'), day: part('day') });
}

/**
 * A `Date` at UTC midnight of `date`, for `Intl.DateTimeFormat` with `timeZone: 'UTC'`:
 * the only way a calendar date should be handed to `Intl`.
 */
export function isoToUtcDate(date: IsoDate): Date {
  const { year, month, day } = parseIsoDate(date);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return utc;
}
