import { expect, html } from '@open-wc/testing';
import { readUrlState, urlParamName, writeUrlState } from '../../../src/catalogue/url-state.js';
import type { SiCatalogue } from '../../../src/catalogue.js';
import { renderCatalogue, rowSeqs, shadow } from '../../support/catalogue.js';

describe('url-state', () => {
  it('reads only si- prefixed parameters; a present but empty one reads as cleared', () => {
    expect(readUrlState('?si-query=%E7%A8%B3&si-level=&q=x&level=county', ['query', 'level', 'group'])).to.deep.equal({ query: '稳', level: '' });
  });

  it("writes si- parameters, removes undefined ones, writes cleared ones empty and keeps the host page's own", () => {
    const href = writeUrlState('https://example.gov.cn/col/1.html?id=7&si-group=old&si-channel=x#top', { query: '养老', group: undefined, channel: '' });
    const url = new URL(href);
    expect(url.searchParams.get('id')).to.equal('7');
    expect(url.searchParams.get('si-query')).to.equal('养老');
    expect(url.searchParams.has('si-group')).to.equal(false);
    expect(url.searchParams.get('si-channel')).to.equal('');
    expect(url.hash).to.equal('#top');
  });

  it('namespaces parameters by element id', () => {
    expect(urlParamName('query')).to.equal('si-query');
    expect(urlParamName('query', 'county')).to.equal('si-county-query');
    expect(readUrlState('?si-query=a&si-county-query=b', ['query'], 'county')).to.deep.equal({ query: 'b' });
    const url = new URL(writeUrlState('https://example.gov.cn/?si-query=a', { query: 'b' }, 'county'));
    expect(url.searchParams.get('si-query')).to.equal('a');
    expect(url.searchParams.get('si-county-query')).to.equal('b');
  });
});

describe('<si-catalogue sync-url>', () => {
  let original: string;
  beforeEach(() => {
    original = location.href;
  });
  afterEach(() => history.replaceState(null, '', original));

  it('restores the filters from the page URL', async () => {
    history.replaceState(null, '', '?si-query=%E7%A8%B3%E5%B2%97&keep=1');
    const el = await renderCatalogue(html`<si-catalogue sync-url view="table"></si-catalogue>`);
    expect(el.query).to.equal('稳岗');
    expect(rowSeqs(el).length).to.be.greaterThan(0);
    expect(rowSeqs(el).length).to.be.lessThan(50);
  });

  it('writes filter changes into the URL, keeping other parameters', async () => {
    history.replaceState(null, '', '?keep=1');
    const el = await renderCatalogue(html`<si-catalogue sync-url></si-catalogue>`);
    const select = shadow(el).querySelector<HTMLSelectElement>('#si-filter-group')!;
    select.value = '社会保障卡服务';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const params = new URLSearchParams(location.search);
    expect(params.get('si-group')).to.equal('社会保障卡服务');
    expect(params.get('keep')).to.equal('1');
  });

  it('leaves the URL alone without sync-url', async () => {
    history.replaceState(null, '', '?si-query=%E7%A8%B3');
    const el = await renderCatalogue(html`<si-catalogue></si-catalogue>`);
    expect(el.query).to.equal('');
    el.shadowRoot!.querySelector<HTMLInputElement>('#si-filter-query')!.value = '养老';
    el.shadowRoot!.querySelector<HTMLInputElement>('#si-filter-query')!.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(location.search).to.equal('?si-query=%E7%A8%B3');
  });
});

describe("<si-catalogue sync-url> keeps the author's attributes (#11.4)", () => {
  let original: string;
  beforeEach(() => {
    original = location.href;
  });
  afterEach(() => history.replaceState(null, '', original));

  const count = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim();
  const changeSelect = async (el: SiCatalogue, name: string, value: string) => {
    const select = shadow(el).querySelector<HTMLSelectElement>(`#si-filter-${name}`)!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
  };

  it('keeps level="township" and group when the URL names neither', async () => {
    history.replaceState(null, '', '?keep=1');
    const el = await renderCatalogue(html`<si-catalogue sync-url level="township" group="社会保障卡服务" view="table"></si-catalogue>`);
    expect(el.level).to.equal('township');
    expect(el.group).to.equal('社会保障卡服务');
    expect(shadow(el).querySelector<HTMLSelectElement>('#si-filter-level')!.value).to.equal('township');
    expect(count(el)).to.match(/^共 \d+ 项（全部 50 项）$/);
    expect(rowSeqs(el).length).to.be.lessThan(50);
  });

  it('lets URL values override only the keys they carry', async () => {
    history.replaceState(null, '', '?si-query=%E5%85%BB%E8%80%81');
    const el = await renderCatalogue(html`<si-catalogue sync-url level="township" group="养老保险待遇核定支付" view="table"></si-catalogue>`);
    expect(el.query).to.equal('养老');
    expect(el.level).to.equal('township');
    expect(el.group).to.equal('养老保险待遇核定支付');
  });

  it("writes only what differs from the author's attributes, and a cleared author filter as an empty parameter", async () => {
    history.replaceState(null, '', '?keep=1');
    const el = await renderCatalogue(html`<si-catalogue sync-url level="township"></si-catalogue>`);
    await changeSelect(el, 'level', '');
    expect(new URLSearchParams(location.search).get('si-level')).to.equal('');
    await changeSelect(el, 'level', 'county');
    expect(new URLSearchParams(location.search).get('si-level')).to.equal('county');
    await changeSelect(el, 'level', 'township');
    expect(new URLSearchParams(location.search).has('si-level')).to.equal(false);
    // A reload with the cleared parameter shows every level.
    await changeSelect(el, 'level', '');
    const reloaded = await renderCatalogue(html`<si-catalogue sync-url level="township" view="table"></si-catalogue>`);
    expect(reloaded.level).to.equal('');
    expect(rowSeqs(reloaded).length).to.equal(50);
  });

  it("restores the author's value on back/forward for keys the URL no longer names", async () => {
    history.replaceState(null, '', '?si-level=county');
    const el = await renderCatalogue(html`<si-catalogue sync-url level="township"></si-catalogue>`);
    expect(el.level).to.equal('county');
    history.replaceState(null, '', '?');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await el.updateComplete;
    expect(el.level).to.equal('township');
  });

  it('keeps two catalogues on one page apart by their ids', async () => {
    history.replaceState(null, '', '?si-query=%E5%85%BB%E8%80%81&si-town-level=township');
    const box = document.createElement('div');
    document.body.append(box);
    try {
      box.innerHTML = '<si-catalogue sync-url></si-catalogue><si-catalogue id="town" sync-url></si-catalogue>';
      const [plain, town] = [...box.querySelectorAll('si-catalogue')];
      await plain.updateComplete;
      await town.updateComplete;
      expect([plain.query, plain.level]).to.deep.equal(['养老', '']);
      expect([town.query, town.level]).to.deep.equal(['', 'township']);
      await changeSelect(town, 'group', '社会保障卡服务');
      const params = new URLSearchParams(location.search);
      expect(params.get('si-town-group')).to.equal('社会保障卡服务');
      expect(params.has('si-group')).to.equal(false);
      expect(params.get('si-query')).to.equal('养老');
    } finally {
      box.remove();
    }
  });
});

describe('<si-catalogue sync-url> ignores unknown URL values (#11.6)', () => {
  let original: string;
  beforeEach(() => {
    original = location.href;
  });
  afterEach(() => history.replaceState(null, '', original));

  it('shows every item for ?si-group=, ?si-channel= and ?si-level= values the catalogue does not have, with a warning', async () => {
    history.replaceState(null, '', '?si-group=%E4%B8%8D%E5%AD%98%E5%9C%A8&si-channel=x&si-level=moon');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    let el: SiCatalogue;
    try {
      el = await renderCatalogue(html`<si-catalogue sync-url view="table"></si-catalogue>`);
    } finally {
      console.warn = warn;
    }
    expect(rowSeqs(el).length).to.equal(50);
    expect([el.group, el.channel, el.level]).to.deep.equal(['', '', '']);
    expect(warnings.some((w) => w.includes('si-group="不存在"') && w.includes('社会保障卡服务'))).to.equal(true);
    expect(warnings.some((w) => w.includes('si-channel="x"'))).to.equal(true);
    expect(warnings.some((w) => w.includes('si-level="moon"'))).to.equal(true);
  });

  it("keeps the author's group when the URL names an unknown one", async () => {
    history.replaceState(null, '', '?si-group=%E4%B8%8D%E5%AD%98%E5%9C%A8');
    const el = await renderCatalogue(html`<si-catalogue sync-url group="社会保障卡服务" view="table"></si-catalogue>`);
    expect(el.group).to.equal('社会保障卡服务');
  });
});
