import { expect } from '@open-wc/testing';
import {
  addCalendarDays,
  dayOfWeek,
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  isoDateInTimeZone,
  isoToDayNumber,
  isoToUtcDate,
  IsoDateError,
  parseIsoDate,
  toDayNumber,
} from '../../src/calendar/iso-date.js';
import chineseDaysPackage from 'chinese-days/package.json';
import { CHINESE_DAYS_VERSION } from '../../src/calendar/built-in-holidays.js';
import {
  addWorkingDays,
  coveredYears,
  getDayInfo,
  HolidayScheduleError,
  isRangeCovered,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  registeredHolidays,
  registerHolidays,
  unregisterHolidays,
  validateHolidaySchedule,
  workingDaysBetween,
  type HolidaySchedule,
} from '../../src/calendar/working-days.js';
import { FICTIONAL_2027 } from '../support/data-fixtures.js';

function problemOf(value: string): string {
  try {
    parseIsoDate(value);
    return 'none';
  } catch (error) {
    expect(error).to.be.instanceOf(IsoDateError);
    return (error as IsoDateError).problem;
  }
}

describe('iso-date', () => {
  it('parses YYYY-MM-DD and rejects everything else with the reason', () => {
    expect(parseIsoDate('2026-10-30')).to.deep.equal({ year: 2026, month: 10, day: 30 });
    expect(parseIsoDate(' 2024-02-29 ')).to.deep.equal({ year: 2024, month: 2, day: 29 });
    expect(problemOf('2026-13-45')).to.equal('month');
    expect(problemOf('2026-12-45')).to.equal('day');
    expect(problemOf('2026-02-29')).to.equal('day');
    expect(problemOf('1900-02-29')).to.equal('day');
    expect(problemOf('2000-02-29')).to.equal('none');
    expect(problemOf('2026/10/30')).to.equal('format');
    expect(problemOf('2026-1-3')).to.equal('format');
    expect(problemOf('2026-10-30T00:00:00Z')).to.equal('format');
    expect(problemOf('')).to.equal('empty');
    expect(problemOf('0026-01-01')).to.equal('year');
    expect(isIsoDate('2026-10-30')).to.equal(true);
    expect(isIsoDate('2026-10-32')).to.equal(false);
    expect(isIsoDate(20261030)).to.equal(false);
  });

  it('round-trips day numbers with integer arithmetic over centuries and leap days', () => {
    expect(toDayNumber({ year: 1970, month: 1, day: 1 })).to.equal(0);
    expect(isoToDayNumber('2026-10-30')).to.equal(Date.UTC(2026, 9, 30) / 86_400_000);
    for (let n = isoToDayNumber('1999-12-25'); n < isoToDayNumber('2001-03-05'); n++) {
      expect(toDayNumber(fromDayNumber(n))).to.equal(n);
    }
    expect(formatIsoDate(fromDayNumber(isoToDayNumber('2100-03-01') - 1))).to.equal('2100-02-28');
    expect(addCalendarDays('2024-02-28', 1)).to.equal('2024-02-29');
    expect(addCalendarDays('2026-01-01', -1)).to.equal('2025-12-31');
    expect(dayOfWeek('2026-10-30')).to.equal(5);
    expect(dayOfWeek('2026-10-10')).to.equal(6);
  });

  it("reads today in China's time zone, whatever the browser's zone", () => {
    // 16:30 UTC on 29 October is 00:30 on 30 October in Beijing (UTC+8).
    expect(isoDateInTimeZone(new Date('2026-10-29T16:30:00Z'))).to.equal('2026-10-30');
    expect(isoDateInTimeZone(new Date('2026-10-30T15:59:59Z'))).to.equal('2026-10-30');
    expect(isoDateInTimeZone(new Date('2026-10-30T16:00:00Z'))).to.equal('2026-10-31');
    expect(isoDateInTimeZone(new Date('2026-10-29T16:30:00Z'), 'America/New_York')).to.equal('2026-10-29');
  });

  it('hands Intl a UTC midnight, so formatting in UTC never shifts the day', () => {
    const date = isoToUtcDate('2026-10-30');
    expect([date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours()]).to.deep.equal([2026, 9, 30, 0]);
    const zh = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'UTC' });
    expect(zh.format(isoToUtcDate('2026-10-30'))).to.equal('2026年10月30日');
    expect(zh.format(isoToUtcDate('2026-01-01'))).to.equal('2026年1月1日');
  });
});

describe('working days on the official 2026 schedule', () => {
  afterEach(() => unregisterHolidays());

  it('classifies weekdays, weekends, holidays and make-up working days', () => {
    expect(getDayInfo('2026-10-30')).to.include({ kind: 'workday', working: true, provisional: false });
    expect(getDayInfo('2026-10-11')).to.include({ kind: 'weekend', working: false });
    expect(getDayInfo('2026-10-05')).to.include({ kind: 'holiday', working: false, name: '国庆节' });
    expect(getDayInfo('2026-10-03')).to.include({ kind: 'holiday', name: '国庆节' }); // a Saturday inside the holiday
    expect(getDayInfo('2026-02-16')).to.include({ kind: 'holiday', name: '春节' });
    // All six 2026 make-up working days (调休上班) from the State Council notice.
    for (const date of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) {
      expect(getDayInfo(date), date).to.include({ kind: 'makeup-workday', working: true });
      expect(isWorkingDay(date), date).to.equal(true);
    }
    expect(isWorkingDay('2026-10-01')).to.equal(false);
  });

  it('does not count the start day (民法典第二百零一条)', () => {
    expect(addWorkingDays('2026-03-02', 1).end).to.equal('2026-03-03');
    expect(addWorkingDays('2026-03-02', 0).end).to.equal('2026-03-02');
    expect(addWorkingDays('2026-03-06', 1).end).to.equal('2026-03-09'); // Friday → Monday
    expect(addWorkingDays('2026-10-03', 1).end).to.equal('2026-10-08'); // changed during 国庆节
    expect(workingDaysBetween('2026-03-02', '2026-03-02').workingDays).to.equal(0);
    expect(workingDaysBetween('2026-03-02', '2026-03-03').workingDays).to.equal(1);
  });

  it('counts across 国庆节 with the 10 October make-up Saturday: 2026-09-28 + 20 → 2026-10-30', () => {
    // By hand: 9/29 (1), 9/30 (2), 10/1–7 off, 10/8 (3), 10/9 (4), Sat 10/10 make-up (5),
    // 10/12–16 (6–10), 10/19–23 (11–15), 10/26–30 (16–20).
    const span = addWorkingDays('2026-09-28', 20);
    expect(span.end).to.equal('2026-10-30');
    expect(span.workingDays).to.equal(20);
    expect(span.calendarDays).to.equal(32);
    expect(span.firstWorkingDay).to.equal('2026-09-29');
    expect(span.holidays).to.deep.equal([{ name: '国庆节', englishName: 'National Day', from: '2026-10-01', to: '2026-10-07', days: 7 }]);
    expect(span.makeupWorkdays.map((d) => d.date)).to.deep.equal(['2026-10-10']);
    expect(span.weekendDays).to.equal(5);
    expect(span.provisional).to.equal(false);
    expect(span.sources).to.deep.equal([{ kind: 'built-in', package: 'chinese-days', version: '1.5.7', firstYear: 2004, lastYear: 2026 }]);
    expect(workingDaysBetween('2026-09-28', '2026-10-30').workingDays).to.equal(20);
    expect(workingDaysBetween('2026-10-30', '2026-09-28').workingDays).to.equal(-20);
  });

  it('counts across 春节 with both make-up Saturdays: 2026-02-05 + 20 → 2026-03-11', () => {
    // By hand: 2/6 (1), 2/9–13 (2–6), Sat 2/14 make-up (7), 2/15–23 off, 2/24–27 (8–11),
    // Sat 2/28 make-up (12), 3/2–6 (13–17), 3/9–11 (18–20).
    const span = addWorkingDays('2026-02-05', 20);
    expect(span.end).to.equal('2026-03-11');
    expect(span.holidays.map((h) => [h.name, h.from, h.to, h.days])).to.deep.equal([['春节', '2026-02-15', '2026-02-23', 9]]);
    expect(span.makeupWorkdays.map((d) => d.date)).to.deep.equal(['2026-02-14', '2026-02-28']);
  });

  it('lets a due date fall on a make-up working day (Saturday 2026-10-10)', () => {
    // By hand from 9/7: 9/8–11 (1–4), 9/14–18 (5–9), Sun 9/20 make-up (10), 9/21–24 (11–14),
    // 9/25–27 中秋 off, 9/28–30 (15–17), 10/1–7 off, 10/8 (18), 10/9 (19), Sat 10/10 (20).
    const span = addWorkingDays('2026-09-07', 20);
    expect(span.end).to.equal('2026-10-10');
    expect(dayOfWeek(span.end)).to.equal(6);
    expect(span.holidays.map((h) => h.name)).to.deep.equal(['中秋', '国庆节']);
    expect(span.makeupWorkdays.map((d) => d.date)).to.deep.equal(['2026-09-20', '2026-10-10']);
  });

  it('uses the official data of earlier years (2025 国庆节 and 中秋 merged, 8 days)', () => {
    const span = addWorkingDays('2025-09-26', 5);
    // 9/28 (Sun, make-up) counts; 10/1–8 off; 10/11 (Sat, make-up) counts.
    expect(span.makeupWorkdays.map((d) => d.date)).to.include('2025-09-28');
    expect(span.end).to.equal('2025-10-10');
  });

  it('finds the next working day on or after a date', () => {
    expect(nextWorkingDayOnOrAfter('2026-10-01').date).to.equal('2026-10-08');
    expect(nextWorkingDayOnOrAfter('2026-10-10').date).to.equal('2026-10-10');
    expect(nextWorkingDayOnOrAfter('2026-10-11').date).to.equal('2026-10-12');
  });

  it('rejects a negative or fractional count and bad dates', () => {
    expect(() => addWorkingDays('2026-09-28', -3)).to.throw(RangeError);
    expect(() => addWorkingDays('2026-09-28', 2.5)).to.throw(RangeError);
    expect(() => addWorkingDays('2026-13-45', 20)).to.throw(IsoDateError);
    expect(() => workingDaysBetween('2026-09-28', 'soon')).to.throw(IsoDateError);
  });
});

describe('coverage and provisional results beyond the data', () => {
  afterEach(() => unregisterHolidays());

  it('names the installed chinese-days version as the source', () => {
    expect(CHINESE_DAYS_VERSION).to.equal(chineseDaysPackage.version);
  });

  it('reports the years the built-in data covers', () => {
    const years = coveredYears();
    expect(years[0]).to.equal(2004);
    expect(years.at(-1)).to.equal(2026);
    expect(years.length).to.equal(23);
    expect(isRangeCovered('2026-01-01', '2026-12-31')).to.equal(true);
    expect(isRangeCovered('2026-12-15', '2027-01-20')).to.equal(false);
    expect(isRangeCovered('2003-12-31')).to.equal(false);
  });

  it('never answers a plain yes/no outside the data', () => {
    expect(isWorkingDay('2027-03-03')).to.equal(undefined);
    expect(getDayInfo('2027-03-03')).to.include({ kind: 'workday', working: true, provisional: true });
    expect(getDayInfo('2027-01-01')).to.include({ kind: 'holiday', name: '元旦', provisional: true });
  });

  it('flags a count that runs into 2027 as provisional and says which year', () => {
    const span = addWorkingDays('2026-12-15', 20);
    // Estimate: Mon–Fri, with 1 January off as a fixed-date statutory holiday.
    expect(span.end).to.equal('2027-01-13');
    expect(span.provisional).to.equal(true);
    expect(span.provisionalYears).to.deep.equal([2027]);
    expect(span.holidays.map((h) => h.name)).to.deep.equal(['元旦']);
    expect(addWorkingDays('2026-11-02', 20).provisional).to.equal(false);
    expect(addWorkingDays('2028-06-01', 20).provisional).to.equal(true);
    expect(workingDaysBetween('2026-12-31', '2027-01-04').provisional).to.equal(true);
  });
});

describe('registered holiday schedules', () => {
  afterEach(() => unregisterHolidays());

  it('adds a year (FICTIONAL 2027 test data) and makes it covered, with its source', () => {
    registerHolidays(FICTIONAL_2027);
    expect(coveredYears().at(-1)).to.equal(2027);
    expect(isRangeCovered('2026-12-15', '2027-12-31')).to.equal(true);
    expect(isWorkingDay('2027-01-31')).to.equal(true); // fictional make-up Sunday
    expect(isWorkingDay('2027-02-08')).to.equal(false);
    expect(getDayInfo('2027-02-08')).to.include({ kind: 'holiday', name: '春节', provisional: false });
    const span = addWorkingDays('2027-01-25', 20);
    // Fictional: 1/26–29 (1–4), Sun 1/31 (5), 2/1–5 (6–10), 2/6–14 off, 2/15–19 (11–15),
    // Sat 2/20 (16), 2/22–25 (17–20).
    expect(span.end).to.equal('2027-02-25');
    expect(span.provisional).to.equal(false);
    expect(span.makeupWorkdays.map((d) => d.date)).to.deep.equal(['2027-01-31', '2027-02-20']);
    expect(span.sources).to.deep.equal([{ kind: 'registered', year: 2027, source: '测试用虚构数据（非官方）' }]);
    expect(registeredHolidays().map((s) => s.year)).to.deep.equal([2027]);
  });

  it('announces changes on window so elements can update', () => {
    const years: number[][] = [];
    const listener = (event: CustomEvent<{ years: number[] }>) => years.push(event.detail.years);
    window.addEventListener('si-holidays-change', listener);
    try {
      registerHolidays(FICTIONAL_2027);
      unregisterHolidays([2027]);
      unregisterHolidays([2027]); // nothing to remove: no event
    } finally {
      window.removeEventListener('si-holidays-change', listener);
    }
    expect(years).to.deep.equal([[2027], []]);
  });

  it('replaces the built-in data for a year it covers (an amended schedule)', () => {
    registerHolidays({ year: 2026, source: '测试用虚构修订', holidays: [{ name: '测试假日', from: '2026-03-03' }] });
    expect(isWorkingDay('2026-10-05')).to.equal(true); // the built-in 国庆节 no longer applies
    expect(getDayInfo('2026-03-03')).to.include({ kind: 'holiday', name: '测试假日' });
    expect(isWorkingDay('2025-10-06')).to.equal(false); // other years keep the built-in data
  });

  it('takes per-call schedules that win over registered ones', () => {
    registerHolidays(FICTIONAL_2027);
    const local: HolidaySchedule = { year: 2027, holidays: [{ name: '本地测试', from: '2027-03-01', to: '2027-03-02' }] };
    expect(isWorkingDay('2027-03-01', { holidays: local })).to.equal(false);
    expect(isWorkingDay('2027-02-08', { holidays: [local] })).to.equal(true);
    expect(isWorkingDay('2027-02-08')).to.equal(false);
    expect(isWorkingDay('2028-03-01', { holidays: local })).to.equal(undefined);
  });

  it('validates schedules and names the bad field, registering nothing', () => {
    const bad = (schedule: unknown) => () => validateHolidaySchedule(schedule);
    expect(bad(null)).to.throw(HolidayScheduleError);
    expect(bad({ year: '2027', holidays: [] })).to.throw(/year/);
    expect(bad({ year: 2027 })).to.throw(/holidays/);
    expect(bad({ year: 2027, holidays: [{ name: '', from: '2027-01-01' }] })).to.throw(/holidays\[0\]\.name/);
    expect(bad({ year: 2027, holidays: [{ name: '元旦', from: '2027-13-01' }] })).to.throw(/holidays\[0\]\.from/);
    expect(bad({ year: 2027, holidays: [{ name: '元旦', from: '2027-01-03', to: '2027-01-01' }] })).to.throw(/before/);
    expect(bad({ year: 2027, holidays: [{ name: '春节', from: '2027-02-06', workdays: ['2027-02-30'] }] })).to.throw(/workdays\[0\]/);
    expect(bad({ year: 2027, holidays: [{ name: '春节', from: '2027-02-06', to: '2027-02-08', workdays: ['2027-02-07'] }] })).to.throw(/both/);
    expect(() => registerHolidays([FICTIONAL_2027, { year: 2028, holidays: [{ name: 'x', from: 'bad' }] }])).to.throw(HolidayScheduleError);
    expect(registeredHolidays()).to.deep.equal([]);
  });

  it('normalises dates given with spaces', () => {
    const schedule = validateHolidaySchedule({ year: 2027, holidays: [{ name: '元旦', from: ' 2027-01-01 ', workdays: [' 2027-01-09'] }] });
    expect(schedule.holidays[0]).to.deep.equal({ name: '元旦', from: '2027-01-01', workdays: ['2027-01-09'] });
  });
});
