import { expect, html } from '@open-wc/testing';
import { readUrlState, writeUrlState } from '../../src/catalogue/url-state.js';
import { renderCatalogue, rowSeqs, shadow } from './helpers.js';

describe('url-state', () => {
  it('reads only si- prefixed, non-empty parameters', () => {
    expect(readUrlState('?si-query=%E7%A8%B3&si-level=&q=x&level=county', ['query', 'level'])).to.deep.equal({ query: '稳' });
  });

  it('writes si- parameters, removes empty ones and keeps the host page\'s own', () => {
    const href = writeUrlState('https://example.gov.cn/col/1.html?id=7&si-group=old#top', { query: '养老', group: '' });
    const url = new URL(href);
    expect(url.searchParams.get('id')).to.equal('7');
    expect(url.searchParams.get('si-query')).to.equal('养老');
    expect(url.searchParams.has('si-group')).to.equal(false);
    expect(url.hash).to.equal('#top');
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
