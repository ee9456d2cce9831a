import { expect } from '@open-wc/testing';
import { fillTemplateParts, formatTemplate, pluralCategory } from '../../src/locales/message-format.js';

const ITEMS = '{count, plural, =0 {no items} one {# item} other {# items}}';

describe('message format', () => {
  it('picks English plural forms: 1 item, 2 items, and an exact =0 first', () => {
    expect(formatTemplate(ITEMS, { count: 1 }, 'en')).to.equal('1 item');
    expect(formatTemplate(ITEMS, { count: 2 }, 'en')).to.equal('2 items');
    expect(formatTemplate(ITEMS, { count: 0 }, 'en')).to.equal('no items');
    expect(formatTemplate('{count, plural, one {# item} other {# items}}', { count: 0 }, 'en')).to.equal('0 items');
  });

  it('formats # as a number of the locale', () => {
    expect(formatTemplate(ITEMS, { count: 12345 }, 'en')).to.equal('12,345 items');
    expect(formatTemplate('共 {count, plural, other {# 项}}', { count: 12345 }, 'zh-CN')).to.equal('共 12,345 项');
  });

  it('uses every CLDR category of a locale a site adds (Russian: one, few, many)', () => {
    const template = '{n, plural, one {# пункт} few {# пункта} many {# пунктов} other {# пункта}}';
    expect([1, 3, 5, 21, 1.5].map((n) => formatTemplate(template, { n }, 'ru'))).to.deep.equal(['1 пункт', '3 пункта', '5 пунктов', '21 пункт', '2 пункта']);
    expect(pluralCategory(3, 'ru')).to.equal('few');
  });

  it('fills placeholders inside a form, and keeps values that are not text as parts', () => {
    const time = { kind: 'a <time> template' };
    const parts = fillTemplateParts('{n, plural, one {# day after {date}} other {# days after {date}}}', { n: 2, date: time }, 'en');
    expect(parts).to.include(time);
    expect(parts.filter((part) => typeof part === 'string').join('')).to.equal('2 days after ');
  });

  it('still reads the {n:one|other} shorthand', () => {
    expect(formatTemplate('{n} {n:day|days} left', { n: 1 }, 'en')).to.equal('1 day left');
    expect(formatTemplate('{n} {n:day|days} left', { n: 2 }, 'en')).to.equal('2 days left');
  });

  it('keeps as written what it cannot fill: unknown names, plurals without other, other braces', () => {
    expect(formatTemplate('{missing, plural, one {# a} other {# b}} {url}', { url: '/a.json' }, 'en')).to.equal(
      '{missing, plural, one {# a} other {# b}} /a.json',
    );
    expect(formatTemplate('{n, plural, one {# day}}', { n: 1 }, 'en')).to.equal('{n, plural, one {# day}}');
    expect(formatTemplate('<div slot="{key}">…</div> {"empty":"…"} #', { key: 'fees' }, 'en')).to.equal('<div slot="fees">…</div> {"empty":"…"} #');
    expect(formatTemplate('{n, plural, one {# a} other {# b}', { n: 1 }, 'en')).to.equal('{n, plural, one {# a} other {# b}');
  });

  it('reads a value that is not a number as other, written as it is', () => {
    expect(formatTemplate(ITEMS, { count: 'many' }, 'en')).to.equal('many items');
  });
});
