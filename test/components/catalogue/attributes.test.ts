import { expect, html, waitUntil } from '@open-wc/testing';
import type { SiCatalogue } from '../../../src/catalogue.js';
import { attributesOf, create, describeAttributeRules, recordWarnings, uncaughtErrors } from '../../support/attributes.js';
import { exampleCatalogue, renderCatalogue, rowSeqs, settled, shadow } from '../../support/catalogue.js';
import { expectConsole } from '../../support/console-guard.js';

const FIXTURES = new URL('../../fixtures/catalogue/', import.meta.url).href;
const OVERLAY = new URL('../../../demo/overlay.example.json', import.meta.url).href;

/** Resolves once the element shows rows, cards or a message (not the loading skeleton). */
async function loaded(el: SiCatalogue): Promise<void> {
  await waitUntil(() => shadow(el).querySelector('[data-seq], [part="message"]') !== null, 'the catalogue never finished loading', { timeout: 4000 });
  await settled(el);
}

const count = (el: SiCatalogue) => shadow(el).querySelector('[part="count"]')?.textContent?.trim();

describeAttributeRules<SiCatalogue>({
  tag: 'si-catalogue',
  cases: [
    { attribute: 'src', property: 'src', values: [`${FIXTURES}example.json`, `${FIXTURES}invalid.json`], defaultValue: '', reflect: true, defaultText: '' },
    { attribute: 'overlay-src', property: 'overlaySrc', values: [OVERLAY, `${FIXTURES}invalid.json`], defaultValue: '', reflect: true },
    { attribute: 'query', property: 'query', values: ['养老', 'shebaoka'], defaultValue: '', reflect: true, defaultText: '' },
    { attribute: 'popular-searches', property: 'popularSearches', values: ['养老金,失业金', 'none'], defaultValue: '', reflect: true, defaultText: '' },
    { attribute: 'group', property: 'group', values: ['社会保障卡服务', '社会保险登记'], defaultValue: '', reflect: true, defaultText: '' },
    { attribute: 'level', property: 'level', values: ['county', 'township'], defaultValue: '', reflect: true, defaultText: '', bad: 'provincial' },
    { attribute: 'channel', property: 'channel', values: ['政务服务中心', '基层公共服务平台'], defaultValue: '', reflect: true, defaultText: '' },
    { attribute: 'view', property: 'view', values: ['cards', 'table'], defaultValue: 'auto', reflect: true, defaultText: 'auto', bad: 'grid' },
    { attribute: 'hide-toolbar', property: 'hideToolbar', values: ['', 'hide-toolbar'], expected: [true, true], defaultValue: false, reflect: true },
    { attribute: 'sync-url', property: 'syncUrl', values: ['', ''], expected: [true, true], defaultValue: false, reflect: true },
    { attribute: 'guide-href', property: 'guideHref', values: ['/guides/{id}.html', '?seq={seq}'], defaultValue: '', reflect: true, defaultText: '' },
    { attribute: 'columns', property: 'columns', values: ['seq,name', '序号、二级事项、公开内容'], defaultValue: '', reflect: true, defaultText: '' },
    { attribute: 'exportable', property: 'exportable', values: ['', ''], expected: [true, true], defaultValue: false, reflect: true },
    { attribute: 'selectable', property: 'selectable', values: ['', ''], expected: [true, true], defaultValue: false, reflect: true },
    { attribute: 'caption', property: 'caption', values: ['示例标题', '另一个示例标题'], defaultValue: '', reflect: false, defaultText: '' },
    {
      attribute: 'heading-level',
      property: 'headingLevel',
      values: ['2', '４'],
      expected: [2, 4],
      defaultValue: 3,
      reflect: false,
      defaultText: '3',
      bad: 'h2x',
    },
    {
      attribute: 'page-size',
      property: 'pageSize',
      values: ['10', '２０'],
      expected: [10, 20],
      defaultValue: 100,
      reflect: false,
      defaultText: '100',
      bad: 'many',
    },
    {
      attribute: 'strings',
      property: 'strings',
      values: ['{"empty":"本栏目暂无事项"}', '{"searchLabel":"查找"}'],
      expected: [{ empty: '本栏目暂无事项' }, { searchLabel: '查找' }],
      defaultValue: undefined,
      reflect: false,
      bad: '{not json',
    },
  ],
  healthy: (el) => {
    expect(shadow(el).textContent!.trim(), 'never blank').to.not.equal('');
  },
  showsDefault: async (el) => {
    await loaded(el);
    // The built-in catalogue, unfiltered: every one of the 50 rows, no stale rows.
    expect(rowSeqs(el).length).to.equal(50);
  },
});

describe('<si-catalogue> removed attributes and null properties (#11.3)', () => {
  it('removing query shows every row again instead of throwing and keeping the old rows', async () => {
    const errors = await uncaughtErrors(async () => {
      const el = await renderCatalogue(html`<si-catalogue view="table" query="社会保障卡"></si-catalogue>`);
      expect(rowSeqs(el).length).to.be.lessThan(50);
      el.removeAttribute('query');
      await settled(el);
      expect(el.query).to.equal('');
      expect(rowSeqs(el).length).to.equal(50);
    });
    expect(errors).to.deep.equal([]);
  });

  it('removing group or channel, or setting a filter property to null or undefined, shows all 50 items, not 共 0 项', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" group="社会保障卡服务" channel="政府网站"></si-catalogue>`);
    el.removeAttribute('group');
    el.removeAttribute('channel');
    await settled(el);
    expect(count(el)).to.equal('共 50 项');
    for (const key of ['query', 'group', 'level', 'channel'] as const) {
      for (const nothing of [null, undefined]) {
        (el as unknown as Record<string, unknown>)[key] = nothing;
        await settled(el);
        expect(el[key], `${key} = ${String(nothing)}`).to.equal('');
        expect(rowSeqs(el).length, `${key} = ${String(nothing)}`).to.equal(50);
      }
    }
  });
});

describe('<si-catalogue> reflects only what the author set or what changed (#16.2)', () => {
  it("keeps a fresh element's attributes as written, reflects a filter change and removes it when cleared", async () => {
    const el = await create<SiCatalogue>('si-catalogue', { view: 'table' });
    expect(attributesOf(el)).to.deep.equal({ view: 'table' });
    const select = shadow(el).querySelector<HTMLSelectElement>('#si-filter-level')!;
    select.value = 'township';
    select.dispatchEvent(new Event('change'));
    await settled(el);
    expect(el.getAttribute('level')).to.equal('township');
    shadow(el).querySelector<HTMLButtonElement>('[part="clear-button"]')!.click();
    await settled(el);
    expect(attributesOf(el)).to.deep.equal({ view: 'table' });
  });
});

describe('<si-catalogue> numbers from editors (#11.5)', () => {
  it('reads page-size="２０" (full-width digits) and " 20 " as 20', async () => {
    for (const text of ['２０', ' 20 ', '２ ０']) {
      const el = await renderCatalogue(html`<si-catalogue view="table" page-size=${text}></si-catalogue>`);
      expect(el.pageSize, text).to.equal(20);
      expect(rowSeqs(el).length, text).to.equal(20);
    }
  });

  it('falls back to the default for page-size="abc" and heading-level="abc", with one warning naming element, attribute and value', async () => {
    const warnings = await recordWarnings(async () => {
      const el = await renderCatalogue(html`<si-catalogue view="cards" page-size="abc" heading-level="abc"></si-catalogue>`);
      expect(el.pageSize).to.equal(100);
      expect(el.headingLevel).to.equal(3);
      expect(rowSeqs(el).length).to.equal(50);
      const levels = [...shadow(el).querySelectorAll(':is(h1, h2, h3, h4, h5, h6)')].map((heading) => heading.localName.slice(1));
      expect(levels.length).to.equal(50);
      expect(levels.every((level) => level === '3')).to.equal(true);
      await renderCatalogue(html`<si-catalogue view="cards" page-size="abc" heading-level="abc"></si-catalogue>`);
    });
    const about = (attribute: string) => warnings.filter((w) => w.includes('<si-catalogue>') && w.includes(attribute) && w.includes('"abc"'));
    expect(about('page-size')).to.have.length(1);
    expect(about('heading-level')).to.have.length(1);
  });

  it('clamps page-size and heading-level to their range', async () => {
    expectConsole(/<si-catalogue>: (page-size|heading-level) \S+ is (out of range|not a number)/);
    const el = await renderCatalogue(html`<si-catalogue view="cards" page-size="0" heading-level="9"></si-catalogue>`);
    expect(el.pageSize).to.equal(1);
    expect(el.headingLevel).to.equal(6);
    expect(rowSeqs(el)).to.deep.equal([1]);
    el.pageSize = -5;
    el.headingLevel = Number.NaN;
    await settled(el);
    expect(el.pageSize).to.equal(1);
    expect(el.headingLevel).to.equal(3);
  });
});

describe('<si-catalogue> typos are reported (#11.6)', () => {
  const warningsFor = async (template: ReturnType<typeof html>) => {
    let el: SiCatalogue | undefined;
    const warnings = await recordWarnings(async () => {
      el = await renderCatalogue(template);
    });
    return { el: el!, warnings };
  };

  it('warns about unknown columns, naming them and the accepted ones', async () => {
    const { el, warnings } = await warningsFor(html`<si-catalogue view="table" columns="seq,nmae,content"></si-catalogue>`);
    const warning = warnings.find((w) => w.includes('columns'));
    expect(warning).to.include('"nmae"').and.include('seq, group, name');
    expect(shadow(el).querySelectorAll('thead th').length).to.equal(2);
  });

  it('warns about an unknown level and view, and uses no level filter and the auto view', async () => {
    const { el, warnings } = await warningsFor(html`<si-catalogue level="towns" view="tabel"></si-catalogue>`);
    expect(warnings.find((w) => w.includes('level "towns"'))).to.include('"county", "township"');
    expect(warnings.find((w) => w.includes('view "tabel"'))).to.include('"auto", "table", "cards"');
    expect(el.level).to.equal('');
    expect(el.view).to.equal('auto');
    expect(rowSeqs(el).length).to.equal(50);
  });

  it("accepts the catalogue's own words for the levels", async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" level="乡、村级"></si-catalogue>`);
    expect(el.level).to.equal('township');
  });

  it('warns about an unknown group or channel and shows every item, not 共 0 项', async () => {
    const { el, warnings } = await warningsFor(html`<si-catalogue view="table" group="社保卡服务" channel="微博"></si-catalogue>`);
    expect(warnings.find((w) => w.includes('"社保卡服务"'))).to.include('社会保障卡服务');
    expect(warnings.find((w) => w.includes('"微博"'))).to.include('政府网站');
    expect(count(el)).to.equal('共 50 项');
    expect(shadow(el).querySelector<HTMLSelectElement>('#si-filter-group')!.value).to.equal('');
  });

  it('warns about a guide-href that is not http(s) or relative', async () => {
    const { el, warnings } = await warningsFor(html`<si-catalogue view="table" guide-href="javascript:alert({id})"></si-catalogue>`);
    expect(warnings.find((w) => w.includes('guide-href'))).to.include('javascript:alert({id})');
    expect(shadow(el).querySelector('tbody a')).to.equal(null);
  });

  it('writes each warning once, with the [si-catalogue] prefix', async () => {
    const warnings = await recordWarnings(async () => {
      const el = await renderCatalogue(html`<si-catalogue view="table" columns="nope-once"></si-catalogue>`);
      el.query = '养老';
      await settled(el);
      await renderCatalogue(html`<si-catalogue view="table" columns="nope-once"></si-catalogue>`);
    });
    const mine = warnings.filter((w) => w.includes('nope-once'));
    expect(mine).to.have.length(1);
    expect(mine[0].startsWith('[si-catalogue] <si-catalogue>:')).to.equal(true);
  });
});

describe('<si-catalogue> bad hashes (#11.10)', () => {
  let original: string;
  beforeEach(() => {
    original = location.href;
  });
  afterEach(() => history.replaceState(null, '', original));

  it('ignores a malformed #si-item- hash instead of throwing a URIError', async () => {
    const errors = await uncaughtErrors(async () => {
      history.replaceState(null, '', '#si-item-%E0%A4%A');
      const el = await renderCatalogue(html`<si-catalogue view="table"></si-catalogue>`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await settled(el);
      expect(rowSeqs(el).length).to.equal(50);
      expect(shadow(el).querySelector('.highlighted')).to.equal(null);
    });
    expect(errors).to.deep.equal([]);
  });
});

describe('<si-catalogue> catalogues are immutable once assigned (#11.12)', () => {
  it('copies and freezes the catalogue on assignment, so later changes neither bypass validation nor break rendering', async () => {
    const data = exampleCatalogue([{ name: '示例事项甲' }, { name: '示例事项乙' }]);
    const errors = await uncaughtErrors(async () => {
      const el = await renderCatalogue(html`<si-catalogue view="table" .catalogue=${data}></si-catalogue>`);
      expect(rowSeqs(el)).to.deep.equal([1, 2]);
      (data.items[0] as unknown as Record<string, unknown>).name = 42;
      (data.items[1] as unknown as Record<string, unknown>).channels = null;
      el.query = '示例';
      await settled(el);
      expect(rowSeqs(el)).to.deep.equal([1, 2]);
      expect(shadow(el).textContent).to.include('示例事项甲');
      expect(Object.isFrozen(el.catalogue)).to.equal(true);
      expect(Object.isFrozen((el.catalogue as typeof data).items[0])).to.equal(true);
    });
    expect(errors).to.deep.equal([]);
  });

  it('validates a newly assigned object', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" .catalogue=${exampleCatalogue([{ name: '示例事项' }])}></si-catalogue>`);
    el.catalogue = { ...exampleCatalogue([{ name: '示例事项' }]), items: [{ name: 42 }] };
    await settled(el);
    expect(shadow(el).querySelector('[part="message"]')!.textContent).to.include('items');
  });
});

describe('<si-catalogue> text size and long words (#11.14, #11.15)', () => {
  it('never draws text below --si-font-size-min under a tiny root font size', async () => {
    const root = document.documentElement;
    const previous = root.style.fontSize;
    root.style.fontSize = '62.5%';
    try {
      const el = await renderCatalogue(html`<si-catalogue view="table"></si-catalogue>`);
      const size = (selector: string) => parseFloat(getComputedStyle(shadow(el).querySelector(selector)!).fontSize);
      expect(parseFloat(getComputedStyle(el).fontSize)).to.be.at.least(14);
      expect(size('td')).to.be.at.least(14);
      expect(size('.field label')).to.be.at.least(14);
    } finally {
      root.style.fontSize = previous;
    }
  });

  it('wraps long URLs and unbroken words inside their cell', async () => {
    const long = `https://www.example.gov.cn/${'a'.repeat(300)}`;
    const data = exampleCatalogue([{ name: '示例事项', content: [long], subject: 'x'.repeat(200) }]);
    for (const view of ['table', 'cards'] as const) {
      const el = await renderCatalogue(html`<si-catalogue view=${view} .catalogue=${data} style="inline-size: 900px"></si-catalogue>`);
      const cells = [...shadow(el).querySelectorAll<HTMLElement>(view === 'table' ? 'tbody td' : '[part="card"] dd')];
      expect(cells.length).to.be.greaterThan(0);
      for (const cell of cells) expect(cell.scrollWidth, `${view}: ${cell.textContent!.slice(0, 20)}`).to.be.at.most(cell.clientWidth + 1);
    }
  });
});
