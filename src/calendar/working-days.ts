/**
 * Working-day arithmetic on China's official calendar, for statutory time limits such as
 * 《政府信息公开条例》第二十六条 (publish within 20 working days).
 *
 * - Weekends and statutory holidays are off; the make-up working days (调休上班) announced
 *   each year by the State Council General Office are working days.
 * - Counting follows 《民法典》第二百零一条: the start day is not counted, so the due date of
 *   a 20-working-day period is the 20th working day *after* the start.
 * - Dates are `YYYY-MM-DD` strings; the arithmetic is on whole days and never touches a
 *   time zone.
 * - Outside the calendar data (see {@link coveredYears}) the schedule is unknown: Monday–
 *   Friday are assumed to be working days except the fixed-date statutory holidays (1 Jan,
 *   1–2 May, 1–3 Oct), and every result touching such a day says `provisional: true`.
 *
 * Every function takes an optional `{ holidays }` with extra schedules that win over the
 * page's registered schedules and the built-in data, for that call only.
 */
import { builtInCalendar } from './built-in-holidays.js';
import { compileSchedules, registeredCalendar, toScheduleList, type CalendarLayer, type CalendarSource, type HolidaySchedule } from './holiday-data.js';
import { dayNumberToIso, dayOfWeek, isoToDayNumber, type IsoDate } from './iso-date.js';
import { lastEntry } from '../internal/last-entry.js';

export {
  HOLIDAYS_CHANGE_EVENT,
  HolidayScheduleError,
  registerHolidays,
  registeredHolidays,
  unregisterHolidays,
  validateHolidaySchedule,
  type CalendarSource,
  type HolidayPeriod,
  type HolidaySchedule,
  type HolidaysChangeDetail,
} from './holiday-data.js';

/** Options every calendar function accepts. */
export interface CalendarOptions {
  /** Extra schedules for this call; they win over registered and built-in data for their years. */
  holidays?: HolidaySchedule | readonly HolidaySchedule[] | null;
}

/**
 * What a day is: an ordinary `workday` (Monday–Friday), an ordinary `weekend` day, a
 * statutory `holiday` (放假, including weekend days inside a holiday), or a
 * `makeup-workday` (调休上班: a weekend day that is worked).
 */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';

/** One calendar day as the calendar sees it. */
export interface DayInfo {
  date: IsoDate;
  kind: DayKind;
  working: boolean;
  /** The holiday's name for `holiday` and `makeup-workday` days (`国庆节`). */
  name?: string;
  /** Its English name, when the data has one. */
  englishName?: string;
  /** True when the day's year is outside the calendar data, so its kind is an estimate. */
  provisional: boolean;
}

/** Consecutive days off of one holiday inside a span (`国庆节` 10-01 … 10-07). */
export interface HolidayRun {
  name: string;
  englishName?: string;
  from: IsoDate;
  to: IsoDate;
  /** Calendar days in the run. */
  days: number;
}

/**
 * The working days in the span after `start` up to and including `end` (start not
 * counted), with everything needed to explain the count.
 */
export interface WorkingDaySpan {
  /** The day the count starts from (not counted). */
  start: IsoDate;
  /** The last day of the span: for {@link addWorkingDays}, the due date. */
  end: IsoDate;
  /** Working days after `start` up to and including `end`; negative when `end` is before `start`. */
  workingDays: number;
  /** Calendar days from `start` to `end` (negative when `end` is before `start`). */
  calendarDays: number;
  /** The first and last working days counted, if any. */
  firstWorkingDay?: IsoDate;
  lastWorkingDay?: IsoDate;
  /** Statutory holidays skipped, as runs of consecutive days. */
  holidays: HolidayRun[];
  /** Make-up working days (调休上班) that were counted as working days. */
  makeupWorkdays: DayInfo[];
  /** Ordinary Saturdays and Sundays skipped (weekend days inside a holiday are in `holidays`). */
  weekendDays: number;
  /** True when part of the span is outside the calendar data (Monday–Friday assumed there). */
  provisional: boolean;
  /** The years of the span outside the calendar data. */
  provisionalYears: number[];
  /** Where the data for the covered years of the span comes from. */
  sources: CalendarSource[];
}

/** The largest count {@link addWorkingDays} accepts (about 400 years of working days). */
export const MAX_WORKING_DAYS = 100_000;

/**
 * The longest span {@link workingDaysBetween} counts, in calendar days (about 400 years, as
 * MAX_WORKING_DAYS): it counts day by day, and a date typed as 9999-12-31 must not freeze the page.
 */
export const MAX_SPAN_DAYS = 146_097;

/**
 * The statutory holidays on fixed solar dates (《全国年节及纪念日放假办法》, as amended in
 * 2024): outside the calendar data they are still days off, so a provisional estimate
 * skips them. The lunar holidays (春节, 清明, 端午, 中秋) and the make-up working days are
 * known only from each year's schedule, which is why such estimates stay provisional.
 */
const FIXED_DATE_HOLIDAYS: Readonly<Record<string, readonly [string, string]>> = {
  '01-01': ['元旦', "New Year's Day"],
  '05-01': ['劳动节', 'Labour Day'],
  '05-02': ['劳动节', 'Labour Day'],
  '10-01': ['国庆节', 'National Day'],
  '10-02': ['国庆节', 'National Day'],
  '10-03': ['国庆节', 'National Day'],
};

// ----- layers -----

const extraLayers = new WeakMap<object, CalendarLayer>();

function layersFor(options?: CalendarOptions): CalendarLayer[] {
  const layers = [registeredCalendar(), builtInCalendar()];
  const extra = options?.holidays;
  if (extra == null) return layers;
  // Cache the compiled layer per schedule object: an element passes the same array each render.
  let layer = extraLayers.get(extra);
  if (layer === undefined) {
    layer = compileSchedules(toScheduleList(extra));
    extraLayers.set(extra, layer);
  }
  return [layer, ...layers];
}

function yearOf(dayNumber: number): number {
  return Number(dayNumberToIso(dayNumber).slice(0, 4));
}

function lookup(layers: readonly CalendarLayer[], dayNumber: number): DayInfo {
  const date = dayNumberToIso(dayNumber);
  const year = Number(date.slice(0, 4));
  const weekend = dayOfWeek(dayNumber) === 0 || dayOfWeek(dayNumber) === 6;
  for (const layer of layers) {
    const entry = layer.days.get(date);
    if (entry !== undefined) {
      const kind: DayKind = entry.working ? (weekend ? 'makeup-workday' : 'workday') : 'holiday';
      return {
        date,
        kind,
        working: entry.working,
        name: entry.name,
        ...(entry.englishName === undefined ? {} : { englishName: entry.englishName }),
        provisional: false,
      };
    }
    if (layer.years.has(year)) break;
  }
  const provisional = !layers.some((layer) => layer.years.has(year));
  const fixed = provisional ? FIXED_DATE_HOLIDAYS[date.slice(5)] : undefined;
  if (fixed !== undefined) {
    return { date, kind: 'holiday', working: false, name: fixed[0], englishName: fixed[1], provisional };
  }
  return { date, kind: weekend ? 'weekend' : 'workday', working: !weekend, provisional };
}

function sourceOf(layers: readonly CalendarLayer[], year: number): CalendarSource | undefined {
  for (const layer of layers) {
    const source = layer.years.get(year);
    if (source !== undefined) return source;
  }
  return undefined;
}

// ----- single days and coverage -----

/** What `date` is on the calendar: working or not, why, and whether it is provisional. */
export function getDayInfo(date: IsoDate, options?: CalendarOptions): DayInfo {
  return lookup(layersFor(options), isoToDayNumber(date));
}

/**
 * Whether `date` is a working day: `true` or `false` inside the calendar data, and
 * `undefined` outside it (the schedule for that year is not known; use
 * {@link getDayInfo} for the Monday–Friday assumption, flagged provisional).
 */
export function isWorkingDay(date: IsoDate, options?: CalendarOptions): boolean | undefined {
  const info = getDayInfo(date, options);
  return info.provisional ? undefined : info.working;
}

/** The years the calendar data covers (built-in, registered and passed), ascending. */
export function coveredYears(options?: CalendarOptions): number[] {
  const years = new Set<number>();
  for (const layer of layersFor(options)) for (const year of layer.years.keys()) years.add(year);
  return [...years].sort((a, b) => a - b);
}

/** Whether every day from `from` to `to` (inclusive, either order) is inside the calendar data. */
export function isRangeCovered(from: IsoDate, to: IsoDate = from, options?: CalendarOptions): boolean {
  const [a, b] = [isoToDayNumber(from), isoToDayNumber(to)].sort((x, y) => x - y) as [number, number];
  const covered = new Set(coveredYears(options));
  for (let year = yearOf(a); year <= yearOf(b); year++) if (!covered.has(year)) return false;
  return true;
}

// ----- spans -----

function emptySpan(start: number, end: number): WorkingDaySpan {
  return {
    start: dayNumberToIso(start),
    end: dayNumberToIso(end),
    workingDays: 0,
    calendarDays: end - start,
    holidays: [],
    makeupWorkdays: [],
    weekendDays: 0,
    provisional: false,
    provisionalYears: [],
    sources: [],
  };
}

/** Adds one day (after the start) to the span's tallies. */
function tally(span: WorkingDaySpan, day: DayInfo, layers: readonly CalendarLayer[], years: Set<number>): void {
  const year = Number(day.date.slice(0, 4));
  if (!years.has(year)) {
    years.add(year);
    const source = sourceOf(layers, year);
    if (source === undefined) span.provisionalYears.push(year);
    else if (!span.sources.some((s) => JSON.stringify(s) === JSON.stringify(source))) span.sources.push(source);
  }
  if (day.provisional) span.provisional = true;
  if (day.working) {
    span.workingDays += 1;
    span.firstWorkingDay ??= day.date;
    span.lastWorkingDay = day.date;
    if (day.kind === 'makeup-workday') span.makeupWorkdays.push(day);
    return;
  }
  if (day.kind === 'weekend') {
    span.weekendDays += 1;
    return;
  }
  const last = lastEntry(span.holidays);
  if (last !== undefined && last.name === day.name && isoToDayNumber(last.to) + 1 === isoToDayNumber(day.date)) {
    last.to = day.date;
    last.days += 1;
  } else {
    span.holidays.push({
      name: day.name ?? '',
      ...(day.englishName === undefined ? {} : { englishName: day.englishName }),
      from: day.date,
      to: day.date,
      days: 1,
    });
  }
}

/**
 * The due date of a period of `n` working days starting on `start`: the `n`-th working
 * day after `start` (the start day itself is not counted, 《民法典》第二百零一条). With
 * `n = 0` it is `start`. The span's `end` is the due date; its other fields explain it.
 *
 * @example addWorkingDays('2026-09-28', 20).end === '2026-10-30' // across 国庆节
 */
export function addWorkingDays(start: IsoDate, n: number, options?: CalendarOptions): WorkingDaySpan {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
    throw new RangeError(`addWorkingDays: n must be an integer from 0 to ${MAX_WORKING_DAYS}, got ${n}`);
  }
  const layers = layersFor(options);
  const first = isoToDayNumber(start);
  const span = emptySpan(first, first);
  const years = new Set<number>();
  let day = first;
  while (span.workingDays < n) {
    day += 1;
    tally(span, lookup(layers, day), layers, years);
  }
  span.end = dayNumberToIso(day);
  span.calendarDays = day - first;
  return span;
}

/**
 * The working days after `from` up to and including `to` (the start day is not counted),
 * with the detail. When `to` is before `from` the same span is counted the other way round
 * and `workingDays` is negative.
 *
 * @example workingDaysBetween('2026-09-28', '2026-10-30').workingDays === 20
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, options?: CalendarOptions): WorkingDaySpan {
  const layers = layersFor(options);
  const a = isoToDayNumber(from);
  const b = isoToDayNumber(to);
  const [low, high] = a <= b ? [a, b] : [b, a];
  if (high - low > MAX_SPAN_DAYS) {
    throw new RangeError(`workingDaysBetween: ${from} and ${to} are more than ${MAX_SPAN_DAYS} days apart`);
  }
  const span = emptySpan(low, high);
  const years = new Set<number>();
  for (let day = low + 1; day <= high; day++) tally(span, lookup(layers, day), layers, years);
  if (a > b) {
    return { ...span, start: from, end: to, workingDays: -span.workingDays, calendarDays: -span.calendarDays };
  }
  return span;
}

/** `date` itself if it is a working day, else the next working day after it. */
export function nextWorkingDayOnOrAfter(date: IsoDate, options?: CalendarOptions): DayInfo {
  const layers = layersFor(options);
  let day = isoToDayNumber(date);
  let info = lookup(layers, day);
  // A schedule could mark a whole year off; beyond a year of days off it is wrong data, not a wait.
  const limit = day + 366;
  while (!info.working) {
    if (day >= limit) throw new RangeError(`nextWorkingDayOnOrAfter: no working day within a year of ${date}`);
    info = lookup(layers, ++day);
  }
  return info;
}
