// Every holiday the calendar data names, in every year it covers, has a name in every UI
// language: an English explanation never shows 中秋 or 清明 untranslated (the calendar names some
// holidays without 节, as the State Council notices do).
import { expect } from '@open-wc/testing';
import { builtInCalendar } from '../../src/calendar/built-in-holidays.js';
import { deadlineTranslations } from '../../src/components/deadline/deadline.strings.js';
import { loadTranslations, UI_LOCALES } from '../../src/utilities/localize.js';

describe('holiday names', () => {
  // zh-TW and en load on first use (one file per language beside the bundle).
  before(() => loadTranslations(deadlineTranslations));

  const names = new Map<string, string[]>();
  for (const [date, entry] of builtInCalendar().days) names.set(entry.name, [...(names.get(entry.name) ?? []), date.slice(0, 4)]);

  it('the calendar data names holidays', () => {
    expect(names.size).to.be.greaterThan(6);
  });

  for (const locale of UI_LOCALES) {
    it(`every holiday of every calendar year has a ${locale} name`, () => {
      const missing = [...names]
        .filter(([name]) => deadlineTranslations[locale]!.holidayNames[name] === undefined)
        .map(([name, years]) => `${name} (${[...new Set(years)].join(', ')})`);
      expect(missing, `no ${locale} name for`).to.deep.equal([]);
    });
  }

  it('a site’s own schedule may name holidays with 节 (清明节, 端午节, 中秋节) too', () => {
    for (const locale of UI_LOCALES) {
      for (const name of ['清明节', '端午节', '中秋节']) expect(deadlineTranslations[locale]!.holidayNames[name], `${locale} ${name}`).to.be.a('string');
    }
  });
});
