/**
 * The deadline of one disclosure, computed from the element's inputs without any DOM:
 * the due date, the status on a given day, and any problems with the input.
 */
import { IsoDateError, isoToDayNumber, parseIsoDate, formatIsoDate, type IsoDate, type IsoDateProblem } from './iso-date.js';
import {
  addWorkingDays,
  coveredYears,
  HolidayScheduleError,
  nextWorkingDayOnOrAfter,
  workingDaysBetween,
  type CalendarOptions,
  type HolidaySchedule,
  type WorkingDaySpan,
} from './working-days.js';

/** The statutory default: 《政府信息公开条例》第二十六条, 20 working days. */
export const DEFAULT_WORKING_DAYS = 20;
/** The largest period the element accepts. */
const MAX_DEADLINE_WORKING_DAYS = 999;
/**
 * How far `published` or `today` may be from `changed`, in years. Counting is day by day (every
 * holiday and make-up day explained), so the span is bounded; nothing published is a century late.
 */
export const MAX_DEADLINE_SPAN_YEARS = 100;
const MAX_SPAN_DAYS = Math.round(MAX_DEADLINE_SPAN_YEARS * 365.25);

/**
 * The element's status:
 * - `rule`: no `changed` date, only the rule is shown;
 * - `invalid`: some input is wrong (see `problems`);
 * - `on-time` / `late`: `published` is set;
 * - `remaining` / `due-today` / `overdue`: not published yet, relative to `today`.
 */
export type DeadlineStatus = 'rule' | 'invalid' | 'on-time' | 'late' | 'remaining' | 'due-today' | 'overdue';

/** One thing wrong with the input. */
export type DeadlineProblem =
  | { kind: 'date'; field: 'changed' | 'published' | 'today'; value: string; problem: IsoDateProblem }
  | { kind: 'working-days'; value: number }
  | { kind: 'published-before-changed'; changed: IsoDate; published: IsoDate }
  | { kind: 'holidays'; detail: string }
  | { kind: 'span'; field: 'published' | 'today'; value: IsoDate; years: number };

export interface DeadlineInput {
  changed?: string | null;
  published?: string | null;
  /** Today's date; required (the element supplies China's current date by default). */
  today: string;
  workingDays: number;
  holidays?: HolidaySchedule | readonly HolidaySchedule[] | null;
}

export interface DeadlineResult {
  status: DeadlineStatus;
  workingDays: number;
  problems: DeadlineProblem[];
  changed?: IsoDate;
  published?: IsoDate;
  today?: IsoDate;
  /** The span from `changed` to the due date (its `end`). */
  due?: WorkingDaySpan;
  /** For `remaining`, `late` and `overdue`: the span the status counts. */
  statusSpan?: WorkingDaySpan;
  /** The number of working days in the status text. */
  statusDays?: number;
  /** True when the due date or the status count is an estimate beyond the calendar data. */
  provisional: boolean;
  /** The years outside the calendar data, for the note. */
  provisionalYears: number[];
}

function readDate(value: string | null | undefined, field: 'changed' | 'published' | 'today', problems: DeadlineProblem[]): IsoDate | undefined {
  if (value == null || value.trim() === '') return undefined;
  try {
    return formatIsoDate(parseIsoDate(value));
  } catch (error) {
    if (!(error instanceof IsoDateError)) throw error;
    problems.push({ kind: 'date', field, value, problem: error.problem });
    return undefined;
  }
}

/** Whether `n` is a working-day count the element accepts. */
export function isValidWorkingDays(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= MAX_DEADLINE_WORKING_DAYS;
}

/** Computes the due date and the status; never throws on bad input, it reports it. */
export function computeDeadline(input: DeadlineInput): DeadlineResult {
  const problems: DeadlineProblem[] = [];
  const changed = readDate(input.changed, 'changed', problems);
  const published = readDate(input.published, 'published', problems);
  const today = readDate(input.today, 'today', problems);
  const workingDays = input.workingDays;
  if (!isValidWorkingDays(workingDays)) problems.push({ kind: 'working-days', value: workingDays });
  if (changed !== undefined && published !== undefined && isoToDayNumber(published) < isoToDayNumber(changed)) {
    problems.push({ kind: 'published-before-changed', changed, published });
  }
  for (const [field, date] of [
    ['published', published],
    ['today', published === undefined ? today : undefined],
  ] as const) {
    if (changed === undefined || date === undefined) continue;
    if (Math.abs(isoToDayNumber(date) - isoToDayNumber(changed)) > MAX_SPAN_DAYS) {
      problems.push({ kind: 'span', field, value: date, years: MAX_DEADLINE_SPAN_YEARS });
    }
  }
  if (
    changed !== undefined &&
    published === undefined &&
    today === undefined &&
    !problems.some((problem) => problem.kind === 'date' && problem.field === 'today')
  ) {
    problems.push({ kind: 'date', field: 'today', value: String(input.today ?? ''), problem: 'empty' });
  }
  const options: CalendarOptions = { holidays: input.holidays };
  try {
    coveredYears(options); // validates (and caches) the element's own schedules
  } catch (error) {
    if (!(error instanceof HolidayScheduleError)) throw error;
    problems.push({ kind: 'holidays', detail: error.message });
  }
  const base = { workingDays, problems, changed, published, today, provisional: false, provisionalYears: [] };
  if (problems.length > 0) return { ...base, status: 'invalid' };
  if (changed === undefined) return { ...base, status: 'rule' };

  let due: WorkingDaySpan;
  let dueDay: number;
  try {
    due = addWorkingDays(changed, workingDays, options);
    dueDay = isoToDayNumber(due.end);
  } catch (error) {
    // A `changed` date near the last supported year (9999) has a due date beyond it.
    if (!(error instanceof IsoDateError)) throw error;
    return { ...base, status: 'invalid', problems: [{ kind: 'date', field: 'changed', value: changed, problem: 'year' }] };
  }
  let status: DeadlineStatus;
  let statusSpan: WorkingDaySpan | undefined;
  if (published !== undefined) {
    if (isoToDayNumber(published) <= dueDay) {
      status = 'on-time';
    } else {
      // A day off after the due date counts as the next working day: Saturday after a
      // Friday deadline is one working day late, never "0 working days late".
      status = 'late';
      statusSpan = workingDaysBetween(due.end, nextWorkingDayOnOrAfter(published, options).date, options);
    }
  } else {
    const now = isoToDayNumber(today!);
    if (now === dueDay) {
      status = 'due-today';
    } else if (now < dueDay) {
      status = 'remaining';
      statusSpan = workingDaysBetween(today!, due.end, options);
    } else {
      status = 'overdue';
      statusSpan = workingDaysBetween(due.end, nextWorkingDayOnOrAfter(today!, options).date, options);
    }
  }
  const years = new Set([...due.provisionalYears, ...(statusSpan?.provisionalYears ?? [])]);
  return {
    ...base,
    status,
    due,
    ...(statusSpan === undefined ? {} : { statusSpan, statusDays: statusSpan.workingDays }),
    provisional: due.provisional || (statusSpan?.provisional ?? false),
    provisionalYears: [...years].sort((a, b) => a - b),
  };
}
