import { expect, html } from '@open-wc/testing';
import standard from '../../../src/data/social-insurance.json';
import { bodyRows, container, renderCatalogue, rowSeqs, shadow } from '../../support/catalogue.js';

describe('<si-catalogue> table', () => {
  it('shows the 50 items of the built-in catalogue with 9 spanning first-level cells', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table"></si-catalogue>`);
    expect(bodyRows(el).length).to.equal(50);
    expect(rowSeqs(el)).to.deep.equal(Array.from({ length: 50 }, (_, i) => i + 1));
    const groupCells = [...shadow(el).querySelectorAll('th[scope="rowgroup"]')];
    expect(groupCells.map((th) => th.textContent!.trim())).to.deep.equal(standard.groups);
    expect(groupCells.reduce((sum, th) => sum + Number(th.getAttribute('rowspan')), 0)).to.equal(50);
    expect(shadow(el).querySelectorAll('tbody').length).to.equal(9);
    expect(shadow(el).querySelector('caption')!.textContent!.trim()).to.equal(standard.title);
  });

  it('has the official two-row header with scopes', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table"></si-catalogue>`);
    const [upper, lower] = [...shadow(el).querySelectorAll('thead tr')];
    expect(
      [...upper.children].map((th) => [th.textContent!.trim(), th.getAttribute('colspan'), th.getAttribute('rowspan'), th.getAttribute('scope')]),
    ).to.deep.equal([
      ['序号', '1', '2', 'col'],
      ['公开事项', '2', '1', 'colgroup'],
      ['公开内容（要素）', '1', '2', 'col'],
      ['公开依据', '1', '2', 'col'],
      ['公开时限', '1', '2', 'col'],
      ['公开主体', '1', '2', 'col'],
      ['公开渠道和载体', '1', '2', 'col'],
      ['公开对象', '2', '1', 'colgroup'],
      ['公开方式', '2', '1', 'colgroup'],
      ['公开层级', '2', '1', 'colgroup'],
    ]);
    expect([...lower.children].map((th) => th.textContent!.trim())).to.deep.equal([
      '一级事项',
      '二级事项',
      '全社会',
      '特定群众',
      '主动',
      '依申请公开',
      '县级',
      '乡、村级',
    ]);
  });

  it("names every data cell's headers with ids that exist", async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table"></si-catalogue>`);
    const root = shadow(el);
    const firstRow = bodyRows(el)[0];
    for (const cell of firstRow.querySelectorAll('td')) {
      const ids = cell.getAttribute('headers')!.split(' ');
      expect(ids.length).to.be.greaterThan(1);
      for (const id of ids) expect(root.getElementById(id), id).to.not.equal(null);
    }
    const nameHeader = firstRow.querySelector('th[scope="row"]')!;
    expect(nameHeader.textContent!.trim()).to.equal('企业社会保险登记');
    const tickCell = firstRow.querySelectorAll('td')[6];
    const headerTexts = tickCell
      .getAttribute('headers')!
      .split(' ')
      .map((id) => root.getElementById(id)!.textContent!.trim());
    expect(headerTexts).to.include.members(['公开对象', '全社会', '企业社会保险登记', '社会保险登记']);
  });

  it('shows ticks as ✓ with 是/否 for screen readers', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" columns="name,audience"></si-catalogue>`);
    const item = standard.items[0];
    const [publicCell, specificCell] = [...bodyRows(el)[0].querySelectorAll('td')];
    expect(publicCell.textContent!.replace(/\s/g, '')).to.equal(item.audience.public ? '✓是' : '否');
    expect(specificCell.textContent!.replace(/\s/g, '')).to.equal(item.audience.specific ? '✓是' : '否');
    expect(publicCell.querySelector('[aria-hidden="true"]')?.textContent).to.equal(item.audience.public ? '✓' : undefined);
  });

  it('lists content elements, shows basis titles in 《》 and channels as badges', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table"></si-catalogue>`);
    const row = bodyRows(el)[0];
    const item = standard.items[0];
    expect([...row.querySelectorAll('.content-list li')].map((li) => li.textContent!.trim())).to.deep.equal(item.content);
    expect([...row.querySelectorAll('.basis-list li')].map((li) => li.textContent!.trim())).to.deep.equal(item.basis.map((t) => `《${t}》`));
    const badges = [...row.querySelectorAll('[part~="badge"]')].map((li) => li.textContent!.trim());
    expect(badges).to.deep.equal(item.channels);
    // Unnamed: the cell is named by its channels and labelled by its column header.
    expect(row.querySelector('ul[role="list"]:not([aria-label]) svg[aria-hidden="true"]')).to.not.equal(null);
  });

  it('gives each row data-seq and an si-item-<id> id', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table"></si-catalogue>`);
    const row = bodyRows(el)[3];
    expect(row.id).to.equal(`si-item-${standard.items[3].id}`);
    expect(row.dataset.seq).to.equal('4');
  });

  it('scrolls inside a labelled, focusable region, never the page', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table"></si-catalogue>`, container('600px'));
    const region = shadow(el).querySelector<HTMLElement>('[role="region"]')!;
    expect(region.getAttribute('tabindex')).to.equal('0');
    expect(region.getAttribute('aria-label')).to.include(standard.title);
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    const wide = [...document.body.querySelectorAll('*')]
      .filter((node) => node.getBoundingClientRect().right > window.innerWidth)
      .map((node) => node.tagName + '.' + node.className);
    expect(wide).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
  });

  it('shows a chosen subset of columns in the chosen order, by key or printed name', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" columns="二级事项、seq,公开层级"></si-catalogue>`);
    const headers = [...shadow(el).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['公开事项', '序号', '公开层级', '二级事项', '县级', '乡、村级']);
    expect(bodyRows(el)[0].children.length).to.equal(4);
  });

  it('has aria-rowcount and aria-rowindex that count the header rows', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table"></si-catalogue>`);
    expect(shadow(el).querySelector('table')!.getAttribute('aria-rowcount')).to.equal('52');
    expect(bodyRows(el)[0].getAttribute('aria-rowindex')).to.equal('3');
    expect(bodyRows(el)[49].getAttribute('aria-rowindex')).to.equal('52');
  });

  it('overrides the caption by attribute', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" caption="示例县社会保险目录"></si-catalogue>`);
    expect(shadow(el).querySelector('caption')!.textContent!.trim()).to.equal('示例县社会保险目录');
  });

  it('is accessible as a table', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" group="社会保险登记"></si-catalogue>`);
    await expect(el).to.be.accessible();
  });
});
