/**
 * The data behind China's working-day calendar: which days are statutory holidays (放假)
 * and which weekend days are make-up working days (调休上班).
 *
 * Three layers, highest first:
 * 1. schedules passed to one call (`{ holidays }`, e.g. an element's `holidays` property);
 * 2. schedules a site registered for the page with {@link registerHolidays};
 * 3. the official schedules shipped by the `chinese-days` package: 2004–2026 in the sources
 *    and tests, the latest two years (2025–2026) in the built package and bundle, which is
 *    what a deadline counted from today needs (vite.config.ts `recentHolidayYears`); a page
 *    counting from older dates registers those years (layer 2).
 *
 * A layer that has a schedule for a year is authoritative for every day of that year. A
 * year no layer has is *not covered*: the working-day functions then estimate (Monday–Friday,
 * fixed-date statutory holidays off) and flag the result provisional.
 *
 * This module is the page-wide registry and the validation of site-supplied schedules (in the
 * CMS bundle, so `registerHolidays` is synchronous); the built-in layer is built-in-holidays.ts,
 * which only the working-day arithmetic imports (with `<si-deadline>`).
 */
import { dayNumberToIso, isoToDayNumber, type IsoDate } from './iso-date.js';

/** One holiday of a year's schedule, as the State Council notice lists it. */
export interface HolidayPeriod {
  /** The holiday's name as the notice gives it, e.g. `春节`. */
  name: string;
  /** The first day off, `YYYY-MM-DD`. */
  from: IsoDate;
  /** The last day off, inclusive; omit for a single day. */
  to?: IsoDate;
  /** The make-up working days (调休上班) the notice sets for this holiday. */
  workdays?: readonly IsoDate[];
}

/** A year's holiday schedule (部分节假日安排), as data. */
export interface HolidaySchedule {
  /** The calendar year the schedule covers. Every day of that year follows it. */
  year: number;
  /** The year's holidays with their make-up working days. */
  holidays: readonly HolidayPeriod[];
  /** Where it comes from, e.g. `国办发明电〔2026〕1号` or the notice's URL; shown to readers. */
  source?: string;
}

/** Where the data for a year comes from. */
export type CalendarSource =
  { kind: 'built-in'; package: 'chinese-days'; version: string; firstYear: number; lastYear: number } | { kind: 'registered'; year: number; source?: string };

/** What a layer says about one date. */
export interface DayEntry {
  working: boolean;
  /** The holiday's name in Chinese (`国庆节`). */
  name: string;
  /** Its English name, when the data has one. */
  englishName?: string;
}

/** One layer of calendar data. */
export interface CalendarLayer {
  /** Years this layer is authoritative for, with their source. */
  readonly years: ReadonlyMap<number, CalendarSource>;
  /** Holidays and make-up working days by date. */
  readonly days: ReadonlyMap<IsoDate, DayEntry>;
}

/** Invalid holiday schedule data; the message names the field (`holidays[1].to`). */
export class HolidayScheduleError extends TypeError {
  override readonly name = 'HolidayScheduleError';
}

/** The event fired on `globalThis` when the page's registered schedules change. */
export const HOLIDAYS_CHANGE_EVENT = 'si-holidays-change';

/** Detail of the {@link HOLIDAYS_CHANGE_EVENT} event: the years now registered. */
export interface HolidaysChangeDetail {
  years: number[];
}

// ----- validation and compilation of site-supplied schedules -----

function fail(path: string, message: string): never {
  throw new HolidayScheduleError(`holiday schedule ${path}: ${message}`);
}

function checkDate(value: unknown, path: string): number {
  if (typeof value !== 'string') fail(path, `expected a "YYYY-MM-DD" string, got ${typeof value}`);
  try {
    return isoToDayNumber(value);
  } catch {
    return fail(path, `"${value}" is not a YYYY-MM-DD calendar date`);
  }
}

/** Longest holiday accepted in one period; the longest ever announced was 10 days (2020). */
const MAX_PERIOD_DAYS = 31;

/**
 * Checks a schedule and returns a clean copy; throws {@link HolidayScheduleError} naming
 * the first bad field. Dates may spill into a neighbouring year (a New Year holiday that
 * starts on 31 December), but a day cannot be both off and a make-up working day.
 */
export function validateHolidaySchedule(input: unknown): HolidaySchedule {
  const where = (i: number) => `[${i}]`;
  if (typeof input !== 'object' || input === null) fail('', 'expected an object { year, holidays }');
  const { year, holidays, source } = input as Record<string, unknown>;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 9999) {
    fail('year', `expected a four-digit year, got ${JSON.stringify(year)}`);
  }
  const label = `${year}`;
  if (!Array.isArray(holidays)) fail(`${label} holidays`, 'expected an array of { name, from, to?, workdays? }');
  if (source !== undefined && typeof source !== 'string') fail(`${label} source`, 'expected a string');
  const offDays = new Set<number>();
  const workDays = new Set<number>();
  const periods = holidays.map((raw: unknown, i: number): HolidayPeriod => {
    const path = `${label} holidays${where(i)}`;
    if (typeof raw !== 'object' || raw === null) fail(path, 'expected { name, from, to?, workdays? }');
    const { name, from, to, workdays } = raw as Record<string, unknown>;
    if (typeof name !== 'string' || name.trim() === '') fail(`${path}.name`, 'expected a non-empty string');
    const start = checkDate(from, `${path}.from`);
    const end = to === undefined ? start : checkDate(to, `${path}.to`);
    if (end < start) fail(`${path}.to`, `"${String(to)}" is before "${String(from)}"`);
    if (end - start + 1 > MAX_PERIOD_DAYS) fail(`${path}.to`, `a holiday of more than ${MAX_PERIOD_DAYS} days`);
    for (let d = start; d <= end; d++) offDays.add(d);
    if (workdays !== undefined && !Array.isArray(workdays)) fail(`${path}.workdays`, 'expected an array of dates');
    const makeUp = (workdays ?? []).map((w: unknown, j: number) => {
      const d = checkDate(w, `${path}.workdays${where(j)}`);
      workDays.add(d);
      return dayNumberToIso(d);
    });
    return {
      name: name.trim(),
      from: dayNumberToIso(start),
      ...(to === undefined ? {} : { to: dayNumberToIso(end) }),
      ...(makeUp.length === 0 ? {} : { workdays: makeUp }),
    };
  });
  for (const d of workDays) {
    if (offDays.has(d)) fail(`${label} holidays`, `${dayNumberToIso(d)} is listed both as a day off and as a working day`);
  }
  return { year, holidays: periods, ...(source === undefined ? {} : { source }) };
}

/** One calendar layer from validated (normalised) schedules; later ones win on the same date. */
export function compileSchedules(schedules: readonly HolidaySchedule[]): CalendarLayer {
  const years = new Map<number, CalendarSource>();
  const days = new Map<IsoDate, DayEntry>();
  for (const schedule of schedules) {
    years.set(schedule.year, { kind: 'registered', year: schedule.year, source: schedule.source });
    for (const period of schedule.holidays) {
      const start = isoToDayNumber(period.from);
      const end = period.to === undefined ? start : isoToDayNumber(period.to);
      for (let d = start; d <= end; d++) days.set(dayNumberToIso(d), { working: false, name: period.name });
      for (const w of period.workdays ?? []) days.set(w, { working: true, name: period.name });
    }
  }
  return { years, days };
}

/** Validates one schedule or a list of them (throws {@link HolidayScheduleError}). */
export function toScheduleList(input: HolidaySchedule | readonly HolidaySchedule[] | null | undefined): HolidaySchedule[] {
  if (input == null) return [];
  const list: readonly unknown[] = Array.isArray(input) ? input : [input];
  return list.map((schedule) => validateHolidaySchedule(schedule));
}

// ----- the page-wide registry -----

/**
 * Shared through `globalThis` under a registered symbol, so a page that loads two copies
 * of the library (a theme and an article, each with the bundle) sees one registry.
 */
interface SharedRegistry {
  revision: number;
  schedules: Map<number, HolidaySchedule>;
}

const REGISTRY_KEY = Symbol.for('si-catalogue.holiday-schedules');

function sharedRegistry(): SharedRegistry {
  const holder = globalThis as unknown as Record<symbol, SharedRegistry | undefined>;
  return (holder[REGISTRY_KEY] ??= { revision: 0, schedules: new Map() });
}

let compiled: { revision: number; layer: CalendarLayer } | undefined;

/** The layer of schedules registered on this page. */
export function registeredCalendar(): CalendarLayer {
  const registry = sharedRegistry();
  if (compiled?.revision !== registry.revision) {
    compiled = { revision: registry.revision, layer: compileSchedules([...registry.schedules.values()]) };
  }
  return compiled.layer;
}

function announceChange(registry: SharedRegistry): void {
  registry.revision += 1;
  if (typeof globalThis.dispatchEvent !== 'function') return;
  const years = [...registry.schedules.keys()].sort((a, b) => a - b);
  globalThis.dispatchEvent(new CustomEvent<HolidaysChangeDetail>(HOLIDAYS_CHANGE_EVENT, { detail: { years } }));
}

/**
 * Adds a year's State Council holiday schedule (or several) for every calculation on the
 * page, without a new release of the library. A schedule replaces any data for its year,
 * including the built-in one (for a schedule amended mid-year, pass the whole amended
 * schedule). The data is validated first; bad data throws {@link HolidayScheduleError} and
 * registers nothing. Elements already on the page update (they listen for
 * `si-holidays-change` on `window`).
 *
 * @example
 * registerHolidays({
 *   year: 2027,
 *   source: '国务院办公厅关于2027年部分节假日安排的通知',
 *   holidays: [{ name: '春节', from: '2027-02-05', to: '2027-02-13', workdays: ['2027-01-31'] }],
 * });
 */
export function registerHolidays(schedules: HolidaySchedule | readonly HolidaySchedule[]): void {
  const valid = toScheduleList(schedules);
  if (valid.length === 0) return;
  const registry = sharedRegistry();
  for (const schedule of valid) registry.schedules.set(schedule.year, schedule);
  announceChange(registry);
}

/** Removes registered schedules: those of `years`, or all of them. Built-in data stays. */
export function unregisterHolidays(years?: readonly number[]): void {
  const registry = sharedRegistry();
  const before = registry.schedules.size;
  if (years === undefined) registry.schedules.clear();
  else for (const year of years) registry.schedules.delete(year);
  if (registry.schedules.size !== before) announceChange(registry);
}

/** The schedules registered on this page, by year. */
export function registeredHolidays(): HolidaySchedule[] {
  return [...sharedRegistry().schedules.values()].sort((a, b) => a.year - b.year);
}

declare global {
  interface WindowEventMap {
    'si-holidays-change': CustomEvent<HolidaysChangeDetail>;
  }
}
