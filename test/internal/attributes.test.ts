import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SiCatalogue } from '../../src/catalogue.js';
import type { SiChannelBadges } from '../../src/channel-badges.js';
import type { SiDeadline } from '../../src/deadline.js';
import type { SiItemCard } from '../../src/item-card.js';
import type { SiServiceGuide } from '../../src/service-guide.js';
import { parseLenientNumber } from '../../src/internal/attributes.js';
import { hashTarget } from '../../src/internal/hash.js';
import { create, describeAttributeRules, recordWarnings, uncaughtErrors } from '../support/attributes.js';
import { expectConsole } from '../support/console-guard.js';

const GUIDE = new URL('../fixtures/service-guide/guide.json', import.meta.url).href;
const shadowText = (el: Element) => el.shadowRoot!.textContent!.trim();

describe('parseLenientNumber', () => {
  it('reads digits as editors type them: full-width, spaced, signed', () => {
    expect(parseLenientNumber('２０')).to.equal(20);
    expect(parseLenientNumber(' 2 0 ')).to.equal(20);
    expect(parseLenientNumber('\u3000３\u3000')).to.equal(3);
    expect(parseLenientNumber('－５')).to.equal(-5);
    expect(parseLenientNumber('1.5')).to.equal(1.5);
  });

  it('rejects what is not a plain number', () => {
    for (const text of ['abc', '', '0x10', '1e3', '3px', 'NaN', 'Infinity', '1.2.3']) expect(parseLenientNumber(text), text).to.be.NaN;
  });
});

describe('hashTarget', () => {
  it('decodes the target of a prefixed hash and ignores malformed ones', () => {
    expect(hashTarget('#si-guide-%E5%88%B6%E5%8D%A1', '#si-guide-')).to.equal('制卡');
    expect(hashTarget('#si-guide-%E0%A4%A', '#si-guide-')).to.equal(undefined);
    expect(hashTarget('#si-guide-', '#si-guide-')).to.equal(undefined);
    expect(hashTarget('#other', '#si-guide-')).to.equal(undefined);
  });
});

describeAttributeRules<SiItemCard>({
  tag: 'si-item-card',
  base: { item: '3' },
  cases: [
    { attribute: 'item', property: 'item', values: ['5', 'enterprise-registration'], defaultValue: '', reflect: false },
    { attribute: 'variant', property: 'variant', values: ['compact', 'full'], defaultValue: 'full', reflect: true, defaultText: 'full', bad: 'tiny' },
    {
      attribute: 'heading-level',
      property: 'headingLevel',
      values: ['2', '４'],
      expected: [2, 4],
      defaultValue: 3,
      reflect: false,
      defaultText: '3',
      bad: 'top',
    },
    { attribute: 'href', property: 'href', values: ['/guides/{id}.html', '?seq={seq}'], defaultValue: '', reflect: true, defaultText: '' },
    { attribute: 'selectable', property: 'selectable', values: ['', ''], expected: [true, true], defaultValue: false, reflect: true },
    { attribute: 'changed', property: 'changed', values: ['2025-03-03', '2025-04-01'], defaultValue: undefined, reflect: false },
    { attribute: 'published', property: 'published', values: ['2025-03-10', '2025-05-01'], defaultValue: undefined, reflect: false },
    { attribute: 'today', property: 'today', values: ['2025-03-05', '2025-06-01'], defaultValue: undefined, reflect: false },
    {
      attribute: 'strings',
      property: 'strings',
      values: ['{"local":"本地"}', '{"none":"无"}'],
      expected: [{ local: '本地' }, { none: '无' }],
      defaultValue: undefined,
      reflect: false,
    },
  ],
  healthy: (el) => {
    expect(shadowText(el), 'never blank').to.not.equal('');
  },
});

describeAttributeRules<SiServiceGuide>({
  tag: 'si-service-guide',
  base: {},
  cases: [
    { attribute: 'item', property: 'item', values: ['48', 'enterprise-registration'], defaultValue: '', reflect: true, defaultText: '' },
    { attribute: 'src', property: 'src', values: [GUIDE, `${GUIDE}?again`], defaultValue: '', reflect: true, defaultText: '' },
    { attribute: 'expanded', property: 'expanded', values: ['', ''], expected: [true, true], defaultValue: false, reflect: true },
    { attribute: 'editor', property: 'editor', values: ['', ''], expected: [true, true], defaultValue: false, reflect: true },
    {
      attribute: 'heading-level',
      property: 'headingLevel',
      values: ['3', '４'],
      expected: [3, 4],
      defaultValue: 2,
      reflect: false,
      defaultText: '2',
      bad: 'zero',
    },
    {
      attribute: 'strings',
      property: 'strings',
      values: ['{"expandAll":"展开"}', '{"collapseAll":"收起"}'],
      expected: [{ expandAll: '展开' }, { collapseAll: '收起' }],
      defaultValue: undefined,
      reflect: false,
    },
  ],
  healthy: (el) => {
    expect(el.shadowRoot!.querySelector('[part="base"]'), 'never blank').to.not.equal(null);
  },
});

describeAttributeRules<SiDeadline>({
  tag: 'si-deadline',
  cases: [
    { attribute: 'variant', property: 'variant', values: ['compact', 'full'], defaultValue: 'full', reflect: true, defaultText: 'full', bad: 'long' },
    { attribute: 'changed', property: 'changed', values: ['2025-03-03', '2025-04-01'], defaultValue: undefined, reflect: false },
    { attribute: 'working-days', property: 'workingDays', values: ['10', '１５'], expected: [10, 15], defaultValue: 20, reflect: false, defaultText: '20' },
    { attribute: 'published', property: 'published', values: ['2025-03-10', '2025-05-01'], defaultValue: undefined, reflect: false },
    { attribute: 'today', property: 'today', values: ['2025-03-05', '2025-06-01'], defaultValue: undefined, reflect: false },
    {
      attribute: 'strings',
      property: 'strings',
      values: ['{"dueLabel":"截止"}', '{"dueLabel":"到期"}'],
      expected: [{ dueLabel: '截止' }, { dueLabel: '到期' }],
      defaultValue: undefined,
      reflect: false,
    },
  ],
  healthy: (el) => {
    expect(el.shadowRoot!.querySelector('[part="base"]'), 'never blank').to.not.equal(null);
  },
  showsDefault: (el, attribute) => {
    if (attribute === 'changed') expect(el.status).to.equal('rule');
  },
});

describeAttributeRules<SiChannelBadges>({
  tag: 'si-channel-badges',
  base: { channels: '政府网站、政务服务中心' },
  cases: [
    {
      attribute: 'channels',
      property: 'channels',
      values: ['政府网站', '公示栏，微信公众号'],
      expected: [['政府网站'], ['公示栏', '微信公众号']],
      defaultValue: [],
      reflect: false,
    },
    { attribute: 'size', property: 'size', values: ['s', 'l'], defaultValue: 'm', reflect: true, defaultText: 'm', bad: 'huge' },
    { attribute: 'label', property: 'label', values: ['渠道', '公开方式'], defaultValue: undefined, reflect: false },
    {
      attribute: 'strings',
      property: 'strings',
      values: ['{"label":"渠道"}', '{"label":"载体"}'],
      expected: [{ label: '渠道' }, { label: '载体' }],
      defaultValue: undefined,
      reflect: false,
    },
  ],
});

describe('heading-level and other numbers from editors (#11.5)', () => {
  it('never writes aria-level="NaN" or <hNaN> in <si-service-guide>: "abc" gives 2, full-width digits are read, out of range is clamped', async () => {
    const warnings = await recordWarnings(async () => {
      for (const [text, level] of [
        ['abc', '2'],
        ['３', '3'],
        ['9', '5'],
        ['0', '1'],
      ] as const) {
        const el = await fixture<SiServiceGuide>(html`<si-service-guide heading-level=${text} .guide=${{ fees: '不收费' }}></si-service-guide>`);
        expect(el.shadowRoot!.querySelector('[part="title"]')!.localName, text).to.equal(`h${level}`);
      }
    });
    expect(warnings.filter((w) => w.includes('<si-service-guide>') && w.includes('heading-level "abc"'))).to.have.length(1);
  });

  it('reads heading-level="abc" on <si-item-card> as 3, with a warning naming element, attribute and value', async () => {
    const warnings = await recordWarnings(async () => {
      const el = await fixture<SiItemCard>(html`<si-item-card item="1" heading-level="abc"></si-item-card>`);
      expect(el.headingLevel).to.equal(3);
      expect(el.shadowRoot!.querySelector('h3')).to.not.equal(null);
    });
    expect(warnings.some((w) => w.startsWith('[si-catalogue] <si-item-card>:') && w.includes('heading-level "abc"'))).to.equal(true);
  });

  it('reads working-days="２０" as 20 and reports a bad count visibly instead of guessing', async () => {
    const el = await fixture<SiDeadline>(html`<si-deadline working-days="２０"></si-deadline>`);
    expect(el.workingDays).to.equal(20);
    el.setAttribute('working-days', 'abc');
    await el.updateComplete;
    expect(el.status).to.equal('invalid');
    el.workingDays = null as unknown as number;
    await el.updateComplete;
    expect(el.workingDays).to.equal(20);
    expect(el.status).to.equal('rule');
  });
});

describe('unknown values warn (#11.6)', () => {
  it('warns about an unknown variant or size and uses the default', async () => {
    const warnings = await recordWarnings(async () => {
      const card = await create<SiItemCard>('si-item-card', { item: '1', variant: 'compakt' });
      expect(card.variant).to.equal('full');
      const badges = await create<SiChannelBadges>('si-channel-badges', { channels: '政府网站', size: 'xl' });
      expect(badges.size).to.equal('m');
      const deadline = await create<SiDeadline>('si-deadline', { variant: 'short' });
      expect(deadline.variant).to.equal('full');
    });
    expect(warnings.some((w) => w.includes('<si-item-card>') && w.includes('variant "compakt"') && w.includes('"compact", "full"'))).to.equal(true);
    expect(warnings.some((w) => w.includes('<si-channel-badges>') && w.includes('size "xl"') && w.includes('"s", "m", "l"'))).to.equal(true);
    expect(warnings.some((w) => w.includes('<si-deadline>') && w.includes('variant "short"'))).to.equal(true);
  });
});

describe('<si-channel-badges> wrong-typed properties (#11.12)', () => {
  it('ignores links that are not text, with a warning, and keeps the others', async () => {
    const errors = await uncaughtErrors(async () => {
      const warnings = await recordWarnings(async () => {
        const el = await fixture<SiChannelBadges>(html`<si-channel-badges channels="政府网站、政务服务中心"></si-channel-badges>`);
        el.links = { 政府网站: 42, 政务服务中心: '/zwfw/' } as unknown as Record<string, string>;
        await el.updateComplete;
        const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
        expect(links).to.deep.equal(['/zwfw/']);
        expect(el.links).to.deep.equal({ 政务服务中心: '/zwfw/' });
      });
      expect(warnings.some((w) => w.includes('<si-channel-badges>') && w.includes('"政府网站"') && w.includes('42'))).to.equal(true);
    });
    expect(errors).to.deep.equal([]);
  });

  it('treats links = null, a string or an array as no links', async () => {
    expectConsole('<si-channel-badges>: links must be an object');
    const el = await fixture<SiChannelBadges>(html`<si-channel-badges channels="政府网站"></si-channel-badges>`);
    for (const bad of [null, undefined, 'https://example.gov.cn/', ['x']]) {
      el.links = bad as unknown as Record<string, string>;
      await el.updateComplete;
      expect(el.links, String(bad)).to.deep.equal({});
      expect(el.shadowRoot!.querySelectorAll('li').length).to.equal(1);
    }
  });

  it('reads channels set as a string or with non-text entries', async () => {
    expectConsole('<si-channel-badges>: channels must list texts');
    const el = await fixture<SiChannelBadges>(html`<si-channel-badges></si-channel-badges>`);
    el.channels = '政府网站、公示栏' as unknown as string[];
    await el.updateComplete;
    expect(el.channels).to.deep.equal(['政府网站', '公示栏']);
    el.channels = ['政府网站', 7, null] as unknown as string[];
    await el.updateComplete;
    expect(el.channels).to.deep.equal(['政府网站']);
    expect(el.shadowRoot!.querySelectorAll('li').length).to.equal(1);
  });
});

describe('<si-service-guide> bad hashes (#11.10)', () => {
  let original: string;
  beforeEach(() => {
    original = location.href;
  });
  afterEach(() => history.replaceState(null, '', original));

  it('ignores a malformed #si-guide- hash: no exception, no section opened', async () => {
    const errors = await uncaughtErrors(async () => {
      history.replaceState(null, '', '#si-guide-%E0%A4%A');
      const el = await fixture<SiServiceGuide>(html`<si-service-guide .guide=${{ fees: '不收费', hours: '工作日' }}></si-service-guide>`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await el.updateComplete;
      expect([...el.shadowRoot!.querySelectorAll('[part~="toggle"]')].map((t) => t.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false']);
    });
    expect(errors).to.deep.equal([]);
  });
});

describe('<si-item-card> long words (#11.15)', () => {
  it('wraps long URLs and unbroken words inside the card', async () => {
    const long = `https://www.example.gov.cn/${'a'.repeat(300)}`;
    const item = {
      seq: 1,
      id: 'example',
      group: '示例',
      name: 'x'.repeat(200),
      content: [long],
      basis: ['示例'],
      deadline: { text: '示例', workingDays: 20, from: '示例' },
      subject: 'y'.repeat(200),
      channels: ['政府网站'],
      audience: { public: true, specific: false },
      method: { proactive: true, onRequest: false },
      levels: { county: true, township: false },
      notes: [],
    };
    const el = await fixture<SiItemCard>(html`<div style="inline-size: 360px"><si-item-card .itemData=${item}></si-item-card></div>`);
    const card = el.querySelector('si-item-card')!;
    await card.updateComplete;
    for (const value of card.shadowRoot!.querySelectorAll<HTMLElement>('dd, [part="name"]')) {
      expect(value.scrollWidth).to.be.at.most(value.clientWidth + 1);
    }
    expect(card.getBoundingClientRect().width).to.be.at.most(360);
  });
});

describe('properties without an attribute accept null and undefined (#11.3, #11.12)', () => {
  it('catalogue, itemData, guide and holidays set to null or undefined show the default, never throw', async () => {
    const errors = await uncaughtErrors(async () => {
      const catalogue = await create<SiCatalogue>('si-catalogue', { view: 'table' });
      const card = await create<SiItemCard>('si-item-card', { item: '3' });
      const guide = await create<SiServiceGuide>('si-service-guide', { item: '48' });
      const deadline = await create<SiDeadline>('si-deadline', { changed: '2025-03-03', today: '2025-03-05' });
      for (const nothing of [null, undefined]) {
        catalogue.catalogue = nothing;
        card.itemData = nothing as unknown as undefined;
        guide.guide = nothing;
        deadline.holidays = nothing as unknown as undefined;
        await Promise.all([catalogue.updateComplete, card.updateComplete, guide.updateComplete, deadline.updateComplete]);
        expect(catalogue.shadowRoot!.querySelectorAll('[data-seq]').length, `catalogue = ${String(nothing)}`).to.equal(50);
        expect(card.resolvedItem?.seq, `itemData = ${String(nothing)}`).to.equal(3);
        expect(guide.shadowRoot!.querySelector('[part="title"]')!.textContent, `guide = ${String(nothing)}`).to.include('社会保障卡');
        expect(deadline.status, `holidays = ${String(nothing)}`).to.equal('remaining');
      }
    });
    expect(errors).to.deep.equal([]);
  });
});

describe('wrong-typed properties never throw (#11.12)', () => {
  it('itemData, guide, holidays and strings of the wrong type show content or a message', async () => {
    const errors = await uncaughtErrors(async () => {
      const warnings = await recordWarnings(async () => {
        const card = await create<SiItemCard>('si-item-card', { item: '3' });
        const guide = await create<SiServiceGuide>('si-service-guide', { item: '48' });
        const deadline = await create<SiDeadline>('si-deadline', { changed: '2025-03-03', today: '2025-03-05' });
        const badges = await create<SiChannelBadges>('si-channel-badges', { channels: '政府网站' });
        for (const bad of [42, 'text', [1, 2], { name: 5 }, true]) {
          card.itemData = bad as never;
          guide.guide = bad;
          deadline.holidays = bad as never;
          for (const el of [card, guide, deadline, badges]) el.strings = bad as never;
          await Promise.all([card.updateComplete, guide.updateComplete, deadline.updateComplete, badges.updateComplete]);
          for (const el of [card, guide, deadline, badges]) expect(shadowText(el), `${el.localName} with ${JSON.stringify(bad)}`).to.not.equal('');
        }
      });
      expect(warnings.some((w) => w.includes('strings attribute must be a JSON object'))).to.equal(true);
    });
    expect(errors).to.deep.equal([]);
  });
});
