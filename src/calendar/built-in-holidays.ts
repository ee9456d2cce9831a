/**
 * The built-in layer of the working-day calendar (holiday-data.ts): the official schedules
 * shipped by the `chinese-days` package. Only the package's JSON data is imported, not its
 * code, whose lookups silently assume Monday–Friday. A module of its own so that the data
 * comes with the working-day arithmetic (`<si-deadline>`, the CMS bundle's elements chunk),
 * not with holiday registration, which every page of the bundle carries.
 */
// The default import (not named ones): every JSON loader (Vite, esbuild, the test server) supports it.
import chineseDays from 'chinese-days/dist/chinese-days.json';
import type { CalendarLayer, CalendarSource, DayEntry } from './holiday-data.js';
import type { IsoDate } from './iso-date.js';
import { lastEntry } from '../internal/last-entry.js';

/**
 * The version of `chinese-days` whose data is bundled, named in the explanation as the
 * source. Not read from its package.json, which would ship the whole file; a test keeps
 * it equal to the installed version.
 */
export const CHINESE_DAYS_VERSION = '1.5.7';

function builtInLayer(): CalendarLayer {
  const days = new Map<IsoDate, DayEntry>();
  const yearSet = new Set<number>();
  const add = (table: Record<string, string>, working: boolean) => {
    for (const [date, label] of Object.entries(table)) {
      // Labels read "National Day,国庆节,3": English name, Chinese name, order in the year.
      const [englishName, name] = label.split(',');
      days.set(date, { working, name: name ?? englishName ?? '', englishName });
      yearSet.add(Number(date.slice(0, 4)));
    }
  };
  add(chineseDays.holidays, false);
  add(chineseDays.workdays, true);
  const sorted = [...yearSet].sort((a, b) => a - b);
  const source: CalendarSource = {
    kind: 'built-in',
    package: 'chinese-days',
    version: CHINESE_DAYS_VERSION,
    firstYear: sorted[0] ?? 0,
    lastYear: lastEntry(sorted) ?? 0,
  };
  return { years: new Map(sorted.map((year) => [year, source])), days };
}

let builtIn: CalendarLayer | undefined;

/** The official schedules shipped with the library (built on first use). */
export function builtInCalendar(): CalendarLayer {
  return (builtIn ??= builtInLayer());
}
