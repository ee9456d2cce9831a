import { expect, fixture, html } from '@open-wc/testing';
import '../../src/catalogue.js';
import '../../src/channel-badges.js';
import '../../src/deadline.js';
import type { SiCatalogue } from '../../src/catalogue.js';
import type { SiChannelBadges } from '../../src/channel-badges.js';
import type { SiDeadline } from '../../src/deadline.js';
import { catalogueTranslations } from '../../src/components/catalogue/catalogue.strings.js';
import { channelBadgesTranslations } from '../../src/components/channel-badges/channel-badges.strings.js';
import { deadlineTranslations } from '../../src/components/deadline/deadline.strings.js';
import { itemCardTranslations } from '../../src/components/item-card/item-card.strings.js';
import { serviceGuideTranslations } from '../../src/components/service-guide/service-guide.strings.js';
import { formatTemplate, loadTranslations, localize, matchLocale, resolveLang, UI_LOCALES, type Translations } from '../../src/utilities/localize.js';
import { exampleCatalogue } from '../support/catalogue.js';
import { nextTask } from '../support/wait.js';

const CATALOGUE = exampleCatalogue([{ name: '示例登记事项' }, { name: '示例待遇核定' }]);

async function catalogueIn(lang: string | undefined, attributes = ''): Promise<SiCatalogue> {
  const box = document.createElement('div');
  if (lang !== undefined) box.lang = lang;
  document.body.append(box);
  box.innerHTML = `<si-catalogue view="table" ${attributes}></si-catalogue>`;
  const el = box.querySelector<SiCatalogue>('si-catalogue')!;
  el.catalogue = CATALOGUE;
  await el.updateComplete;
  return el;
}

const firstHeader = (el: SiCatalogue) => el.shadowRoot!.querySelector('thead th')!.textContent!.trim();
const searchLabel = (el: SiCatalogue) => el.shadowRoot!.querySelector('label[for="si-filter-query"]')!.textContent!.trim();
const count = (el: SiCatalogue) => el.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim();
const statusText = (el: SiDeadline) => el.shadowRoot!.querySelector('[part~="status-text"]')!.textContent!.replace(/\s+/g, ' ').trim();

afterEach(() => {
  for (const box of document.body.querySelectorAll(':scope > div[lang], :scope > div:not([class])')) box.remove();
});

describe('matchLocale', () => {
  const available = [...UI_LOCALES];
  const cases: Array<[string, string, string]> = [
    ['zh-CN', 'zh-CN', 'zh-CN'],
    ['zh-cn', 'zh-CN', 'zh-CN'],
    ['zh', 'zh-CN', 'zh'],
    ['zh-Hans', 'zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-CN', 'zh-SG'],
    ['zh-TW', 'zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW', 'zh-HK'],
    ['zh-Hant', 'zh-TW', 'zh-Hant'],
    ['en', 'en', 'en'],
    ['en-GB', 'en', 'en-GB'],
    ['ja', 'zh-CN', 'zh-CN'],
    ['', 'zh-CN', 'zh-CN'],
    ['not a tag!', 'zh-CN', 'zh-CN'],
  ];
  for (const [tag, locale, formatLocale] of cases) {
    it(`"${tag}" → ${locale} words, ${formatLocale} formats`, () => {
      expect(matchLocale(available, tag)).to.deep.equal({ locale, formatLocale });
    });
  }

  it('uses a locale a site added', () => {
    const withUyghur = { ...channelBadgesTranslations, ug: { label: 'ئاشكارىلاش يوللىرى' } } as Translations<{ label: string }>;
    expect(localize(withUyghur, 'ug-CN').strings.label).to.equal('ئاشكارىلاش يوللىرى');
  });
});

describe('templates', () => {
  it('fills names, formats numbers with Intl and picks English plurals', () => {
    expect(formatTemplate('共 {count} 项', { count: 12345 }, 'zh-CN')).to.equal('共 12,345 项');
    expect(formatTemplate('{n} {n:day|days} left', { n: 1 }, 'en')).to.equal('1 day left');
    expect(formatTemplate('{n} {n:day|days} left', { n: 2 }, 'en')).to.equal('2 days left');
    expect(formatTemplate('{url} {missing}', { url: '/a.json' })).to.equal('/a.json {missing}');
  });
});

describe('translations', () => {
  const tables: Record<string, Translations<unknown>> = {
    catalogue: catalogueTranslations,
    'channel-badges': channelBadgesTranslations,
    deadline: deadlineTranslations,
    'item-card': itemCardTranslations,
    'service-guide': serviceGuideTranslations,
  };
  /** `path → placeholders` of every string in a table. */
  const shape = (value: unknown, path = ''): Record<string, string> =>
    typeof value === 'string'
      ? { [path]: [...new Set([...value.matchAll(/\{(\w+)/g)].map((m) => m[1]))].sort().join(',') }
      : Object.assign({}, ...Object.entries(value as object).map(([key, inner]) => shape(inner, path ? `${path}.${key}` : key)));

  // zh-TW and en are loaded on first use (lazyTranslations): load them all to compare.
  before(() => Promise.all(Object.values(tables).map((table) => loadTranslations(table))));

  for (const [component, table] of Object.entries(tables)) {
    it(`${component}: zh-TW and en have every zh-CN text, with the same placeholders`, () => {
      const reference = shape(table['zh-CN']);
      for (const locale of UI_LOCALES) {
        const translated = shape(table[locale]);
        delete translated.locale;
        delete reference.locale;
        // Holiday names map the data's names; their values have no placeholders to compare.
        expect(translated, locale).to.deep.equal(reference);
      }
    });
  }
});

describe('the element language', () => {
  it('is its own lang, else the nearest ancestor’s across shadow roots, else the document’s', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="en"><span lang=""><section></section></span></div>`);
    const shadowHost = outer.querySelector('section')!;
    shadowHost.attachShadow({ mode: 'open' }).innerHTML = '<p><i></i><i lang="zh-TW"></i></p>';
    const [plain, own] = [...shadowHost.shadowRoot!.querySelectorAll('i')];
    expect(resolveLang(plain!)).to.equal('en');
    expect(resolveLang(own!)).to.equal('zh-TW');
    const lone = document.createElement('i');
    document.body.append(lone);
    const documentLang = document.documentElement.lang;
    try {
      document.documentElement.lang = 'en-GB';
      expect(resolveLang(lone)).to.equal('en-GB');
      document.documentElement.lang = '';
      expect(resolveLang(lone)).to.equal('zh-CN');
    } finally {
      document.documentElement.lang = documentLang;
      lone.remove();
    }
  });

  it('shows each component in zh-CN, zh-TW and en', async () => {
    const expected = {
      'zh-CN': { header: '序号', search: '搜索事项', count: '共 2 项', badges: '公开渠道', status: '剩余 8 个工作日' },
      'zh-TW': { header: '序號', search: '搜尋事項', count: '共 2 項', badges: '公開渠道', status: '剩餘 8 個工作日' },
      en: { header: 'No.', search: 'Search items', count: 'Items: 2', badges: 'Disclosure channels', status: '8 working days left' },
    };
    for (const [lang, words] of Object.entries(expected)) {
      const catalogue = await catalogueIn(lang);
      expect(firstHeader(catalogue), lang).to.equal(words.header);
      expect(searchLabel(catalogue), lang).to.equal(words.search);
      expect(count(catalogue), lang).to.equal(words.count);
      // The data stays in the language it was published in.
      expect(catalogue.shadowRoot!.querySelector('tbody th.cell-name')!.textContent!.trim(), lang).to.equal('示例登记事项');
      const box = catalogue.parentElement!;
      box.insertAdjacentHTML(
        'beforeend',
        '<si-channel-badges channels="政府网站"></si-channel-badges><si-deadline changed="2026-09-28" today="2026-10-20"></si-deadline>',
      );
      const badges = box.querySelector<SiChannelBadges>('si-channel-badges')!;
      const deadline = box.querySelector<SiDeadline>('si-deadline')!;
      await badges.updateComplete;
      await deadline.updateComplete;
      expect(badges.shadowRoot!.querySelector('ul')!.getAttribute('aria-label'), lang).to.equal(words.badges);
      expect(badges.shadowRoot!.querySelector('[part~="text"]')!.textContent, lang).to.equal('政府网站');
      expect(statusText(deadline), lang).to.equal(words.status);
    }
  });

  it('marks the data zh-CN when the interface is in another language (WCAG 3.1.2)', async () => {
    const english = await catalogueIn('en');
    expect(english.shadowRoot!.querySelector('tbody')!.lang).to.equal('zh-CN');
    expect(english.shadowRoot!.querySelector('caption')!.lang).to.equal('zh-CN');
    expect(english.shadowRoot!.querySelector('tbody .visually-hidden')!.getAttribute('lang')).to.equal('en');
    const chinese = await catalogueIn('zh-TW');
    expect(chinese.shadowRoot!.querySelector('tbody')!.hasAttribute('lang')).to.equal(false);
    const cards = await catalogueIn('en');
    cards.view = 'cards';
    await cards.updateComplete;
    expect(cards.shadowRoot!.querySelector('.card-heading')!.getAttribute('lang')).to.equal('zh-CN');
  });

  it('follows changes of lang on the element, an ancestor and the document', async () => {
    const catalogue = await catalogueIn('en');
    const box = catalogue.parentElement!;
    expect(firstHeader(catalogue)).to.equal('No.');
    box.lang = 'zh-TW';
    await nextTask();
    await catalogue.updateComplete;
    expect(firstHeader(catalogue)).to.equal('序號');
    catalogue.lang = 'en';
    await nextTask();
    await catalogue.updateComplete;
    expect(firstHeader(catalogue)).to.equal('No.');
    catalogue.removeAttribute('lang');
    box.removeAttribute('lang');
    const documentLang = document.documentElement.lang;
    try {
      document.documentElement.lang = 'zh-Hant-HK';
      await nextTask();
      await catalogue.updateComplete;
      expect(firstHeader(catalogue)).to.equal('序號');
    } finally {
      document.documentElement.lang = documentLang;
    }
    await nextTask();
    await catalogue.updateComplete;
    expect(firstHeader(catalogue)).to.equal('序号');
  });

  it('follows a lang change inside another element’s shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML = '<section lang="en"><si-deadline changed="2026-09-28" today="2026-10-29"></si-deadline></section>';
    const deadline = host.shadowRoot!.querySelector<SiDeadline>('si-deadline')!;
    await deadline.updateComplete;
    expect(statusText(deadline)).to.equal('1 working day left');
    host.shadowRoot!.querySelector('section')!.lang = 'zh-CN';
    await nextTask();
    await deadline.updateComplete;
    expect(statusText(deadline)).to.equal('剩余 1 个工作日');
  });

  it('formats dates and numbers through Intl in the element’s locale', async () => {
    const box = await fixture<HTMLElement>(html`<div lang="en-GB"><si-deadline changed="2026-09-28" today="2026-10-20"></si-deadline></div>`);
    const deadline = box.querySelector<SiDeadline>('si-deadline')!;
    await deadline.updateComplete;
    const due = deadline.shadowRoot!.querySelector('[part="dates"] time[datetime="2026-10-30"]')!;
    expect(due.textContent).to.equal('30 October 2026');
  });
});

describe('per-instance overrides', () => {
  it('replaces any text through the strings attribute, nested keys included, in every language', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const catalogue = await catalogueIn(lang, `strings='{"searchLabel":"查找本栏目事项","columns":{"seq":"编号"}}'`);
      expect(searchLabel(catalogue), lang).to.equal('查找本栏目事项');
      expect(firstHeader(catalogue), lang).to.equal('编号');
    }
    const badges = await fixture<SiChannelBadges>(html`<si-channel-badges channels="政府网站" strings='{"label":"本事项公开渠道"}'></si-channel-badges>`);
    expect(badges.shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).to.equal('本事项公开渠道');
    const deadline = await fixture<SiDeadline>(
      html`<si-deadline changed="2026-09-28" today="2026-10-20" .strings=${{ statusRemaining: '还有 {n} 个工作日到期' }}></si-deadline>`,
    );
    expect(statusText(deadline)).to.equal('还有 8 个工作日到期');
  });

  it('keeps the dedicated attributes and slots: caption, the empty slot, the badges’ label', async () => {
    const catalogue = await catalogueIn('en', 'caption="示例县目录" query="不相干的词语"');
    catalogue.innerHTML = '<span slot="empty">本栏目暂无相关事项。</span>';
    await catalogue.updateComplete;
    const slot = catalogue.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('本栏目暂无相关事项。');
    catalogue.query = '';
    await catalogue.updateComplete;
    expect(catalogue.shadowRoot!.querySelector('caption')!.textContent!.trim()).to.equal('示例县目录');
    const badges = await fixture<SiChannelBadges>(html`<si-channel-badges lang="en" channels="政府网站" label="示例渠道"></si-channel-badges>`);
    expect(badges.shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).to.equal('示例渠道');
  });

  it('ignores a malformed strings attribute or an unknown key, with a warning, and keeps the texts', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const broken = await catalogueIn('zh-CN', `strings='{searchLabel: 查找}'`);
      expect(searchLabel(broken)).to.equal('搜索事项');
      const typo = await catalogueIn('zh-CN', `strings='{"serchLabel":"查找","columns":{"seq":7}}'`);
      expect(searchLabel(typo)).to.equal('搜索事项');
      expect(firstHeader(typo)).to.equal('序号');
    } finally {
      console.warn = warn;
    }
    expect(warnings.some((w) => w.includes('must be a JSON object'))).to.equal(true);
    expect(warnings.some((w) => w.includes('"serchLabel"'))).to.equal(true);
    expect(warnings.some((w) => w.includes('"columns.seq"'))).to.equal(true);
  });
});
