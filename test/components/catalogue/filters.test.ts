import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { knownFilter } from '../../../src/catalogue/filter.js';
import standard from '../../../src/data/social-insurance.json';
import { exampleCatalogue, renderCatalogue, rowSeqs, settled, shadow } from '../../support/catalogue.js';

const count = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim();
const marks = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('mark')].map((mark) => mark.textContent);

const levelled = exampleCatalogue([
  { name: '示例县级事项', levels: { county: true, township: false }, channels: ['政府网站'] },
  { name: '示例乡级事项', levels: { county: false, township: true }, channels: ['村务公开栏'] },
  { name: '示例两级事项', levels: { county: true, township: true }, channels: ['政府网站', '政务服务中心'], group: '示例一级事项乙' },
]);

describe('<si-catalogue> finding an item', () => {
  it('filters by level from the attribute', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" level="township" .catalogue=${levelled}></si-catalogue>`);
    expect(rowSeqs(el)).to.deep.equal([2, 3]);
    expect(count(el)).to.equal('共 2 项（全部 3 项）');
    el.level = 'county';
    await el.updateComplete;
    expect(rowSeqs(el)).to.deep.equal([1, 3]);
  });

  it('filters by first-level item and by channel', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" group="示例一级事项乙" .catalogue=${levelled}></si-catalogue>`);
    expect(rowSeqs(el)).to.deep.equal([3]);
    el.group = '';
    el.channel = '村务公开栏';
    await el.updateComplete;
    expect(rowSeqs(el)).to.deep.equal([2]);
  });

  it('offers every group and channel of the data as filter options', async () => {
    const el = await renderCatalogue(html`<si-catalogue .catalogue=${levelled}></si-catalogue>`);
    const options = (name: string) => [...shadow(el).querySelectorAll(`#si-filter-${name} option`)].map((o) => (o as HTMLOptionElement).value);
    expect(options('group')).to.deep.equal(['', '示例一级事项甲', '示例一级事项乙']);
    expect(options('channel')).to.deep.equal(['', '政府网站', '村务公开栏', '政务服务中心']);
    expect(options('level')).to.deep.equal(['', 'county', 'township']);
  });

  it('searches Chinese characters in name, group, content and basis, and marks matches', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" query="稳岗"></si-catalogue>`);
    const expected = standard.items
      .filter((item) => JSON.stringify([item.name, item.group, item.content, item.basis]).includes('稳岗'))
      .map((item) => item.seq);
    expect(expected.length).to.be.greaterThan(0);
    // Best first, so compared as a set; the lexicon also marks the official word 稳岗补贴.
    expect(rowSeqs(el)).to.have.members(expected);
    expect(marks(el).every((text) => text.includes('稳岗'))).to.equal(true);
    expect(marks(el).length).to.be.greaterThan(0);
  });

  it('searches by full pinyin and by initials', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" query="shebaoka"></si-catalogue>`);
    const cardItems = standard.items.filter((item) => item.name.includes('社会保障卡')).map((item) => item.seq);
    const byPinyin = rowSeqs(el);
    el.query = 'shbzk';
    await el.updateComplete;
    expect(rowSeqs(el)).to.include.members(cardItems);
    expect(marks(el)).to.include('社会保障卡');
    el.query = 'wengang';
    await el.updateComplete;
    expect(marks(el).some((text) => text.includes('稳岗'))).to.equal(true);
    // Full pinyin of 社保卡 (the lexicon's everyday word for 社会保障卡) finds every card item.
    expect(cardItems.length).to.be.greaterThan(0);
    expect(byPinyin).to.include.members(cardItems);
  });

  it('ignores spaces and full-width letters in the query', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" query=" 稳 岗 "></si-catalogue>`);
    const spaced = rowSeqs(el);
    el.query = 'ｗｅｎｇａｎｇ';
    await el.updateComplete;
    expect(rowSeqs(el)).to.deep.equal(spaced);
    expect(spaced.length).to.be.greaterThan(0);
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" query="不存在的示例事项"></si-catalogue>`);
    expect(shadow(el).querySelector('table')).to.equal(null);
    expect(shadow(el).querySelector('[part="message"]')!.textContent).to.include('没有找到与“不存在的示例事项”相关的事项');
    expect(count(el)).to.equal('共 0 项（全部 50 项）');
    const clear = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="message"] button')].at(-1)!;
    clear.click();
    await el.updateComplete;
    expect(el.query).to.equal('');
    // Cleared at run time: the attribute goes, so a saved page does not pin an empty search.
    expect(el.hasAttribute('query')).to.equal(false);
    expect(rowSeqs(el).length).to.equal(50);
  });

  it('reflects the filters to attributes and fires si-filter-change', async () => {
    const el = await renderCatalogue(html`<si-catalogue .catalogue=${levelled}></si-catalogue>`);
    const select = shadow(el).querySelector<HTMLSelectElement>('#si-filter-level')!;
    select.value = 'township';
    setTimeout(() => select.dispatchEvent(new Event('change')));
    const event = await oneEvent(el, 'si-filter-change');
    expect(event.detail).to.deep.equal({ query: '', group: '', level: 'township', channel: '' });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.getAttribute('level')).to.equal('township');
  });

  it('is usable by keyboard alone: type a query, pick a filter, clear', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table"></si-catalogue>`);
    const search = shadow(el).querySelector<HTMLInputElement>('#si-filter-query')!;
    search.focus();
    await sendKeys({ type: '稳岗' });
    await el.updateComplete;
    expect(el.query).to.equal('稳岗');
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.id).to.equal('si-filter-group');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.getAttribute('part')).to.equal('clear-button');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.query).to.equal('');
    expect(rowSeqs(el).length).to.equal(50);
    // The disabled clear button must not leave focus on the page body.
    expect(shadow(el).activeElement?.id).to.equal('si-filter-query');
  });

  it('draws large results in pages, keeping aria-rowcount for all of them', async () => {
    const many = exampleCatalogue(Array.from({ length: 250 }, (_, i) => ({ name: `示例事项${i + 1}` })));
    const el = await renderCatalogue(html`<si-catalogue view="table" .catalogue=${many}></si-catalogue>`);
    expect(rowSeqs(el).length).to.equal(100);
    expect(shadow(el).querySelector('table')!.getAttribute('aria-rowcount')).to.equal('252');
    shadow(el).querySelector<HTMLButtonElement>('.more button')!.click();
    await settled(el);
    expect(rowSeqs(el).length).to.equal(200);
    expect(shadow(el).querySelectorAll('tbody tr')[199].getAttribute('aria-rowindex')).to.equal('202');
  });
});

describe('knownFilter', () => {
  it('keeps values the catalogue has and replaces the others by no filter, listing them', () => {
    const { filter, unknown } = knownFilter({ query: 'x', group: '示例一级事项乙', level: '县级', channel: '微博' }, levelled);
    expect(filter).to.deep.equal({ query: 'x', group: '示例一级事项乙', level: 'county', channel: '' });
    expect(unknown).to.deep.equal([{ key: 'channel', value: '微博', accepted: ['政府网站', '村务公开栏', '政务服务中心'] }]);
    expect(knownFilter({ query: '', group: '无', level: 'moon', channel: '' }, levelled).unknown.map((entry) => entry.key)).to.deep.equal(['level', 'group']);
  });
});
