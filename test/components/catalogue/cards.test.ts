import { expect, html } from '@open-wc/testing';
import { container, renderCatalogue, shadow } from '../../support/catalogue.js';
import { afterResize, settled } from '../../support/wait.js';

describe('<si-catalogue> cards and layout', () => {
  it('shows cards with view="cards", each value beside its header label', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="cards" group="社会保障卡服务"></si-catalogue>`);
    const cards = [...shadow(el).querySelectorAll('[part="card"]')];
    expect(cards.length).to.equal(3);
    expect(shadow(el).querySelector('table')).to.equal(null);
    const terms = [...cards[0].querySelectorAll('dt')].map((dt) => dt.textContent!.trim());
    expect(terms).to.deep.equal(['公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级']);
    expect(cards[0].querySelector(':is(h1, h2, h3, h4, h5, h6)')!.localName).to.equal('h3');
    expect(cards[0].id).to.equal('si-item-social-security-card-application');
  });

  it('switches to cards by itself in a narrow container, and back', async () => {
    const box = container('360px');
    const el = await renderCatalogue(html`<si-catalogue group="社会保障卡服务"></si-catalogue>`, box);
    await afterResize(el);
    expect(shadow(el).querySelectorAll('[part="card"]').length).to.equal(3);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    expect(document.visibilityState).to.equal('visible');
    box.style.inlineSize = '1200px';
    await afterResize(el);
    expect(shadow(el).querySelector('table')).to.not.equal(null);
  });

  it('is accessible as cards', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="cards" group="社会保险登记"></si-catalogue>`);
    await expect(el).to.be.accessible();
  });

  it('hides the toolbar with hide-toolbar', async () => {
    const el = await renderCatalogue(html`<si-catalogue hide-toolbar></si-catalogue>`);
    expect(shadow(el).querySelector('[part="toolbar"]')).to.equal(null);
  });

  it('highlights and scrolls to the row a #si-item- link names', async () => {
    const original = location.href;
    try {
      history.replaceState(null, '', '#si-item-social-security-card-replacement');
      const el = await renderCatalogue(html`<si-catalogue view="table"></si-catalogue>`);
      await settled(el);
      const row = shadow(el).querySelector('#si-item-social-security-card-replacement')!;
      expect(row.classList.contains('highlighted')).to.equal(true);
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('resets inherited host-page CSS and scales with the host font size', async () => {
    const box = container('1000px');
    box.setAttribute('style', 'inline-size: 1000px; font: 12pt SimSun, serif; text-indent: 2em; letter-spacing: 2px; line-height: 3');
    const el = await renderCatalogue(html`<si-catalogue view="table" group="社会保障卡服务"></si-catalogue>`, box);
    const cell = shadow(el).querySelector('td')!;
    const style = getComputedStyle(cell);
    expect(style.textIndent).to.equal('0px');
    expect(style.letterSpacing).to.equal('normal');
    expect(style.fontFamily).to.not.include('SimSun');
    expect(style.fontSize).to.equal('16px');
  });

  it('offers a CSV download of the rows shown with exportable', async () => {
    const el = await renderCatalogue(html`<si-catalogue exportable group="社会保障卡服务"></si-catalogue>`);
    expect(shadow(el).querySelector('[part="export-button"]')!.textContent!.trim()).to.equal('导出表格（CSV）');
  });
});

describe('<si-catalogue> detail slot', () => {
  it('shows an item card in the detail slot, looking items up in the same catalogue', async () => {
    await import('../../../src/item-card.js');
    const el = await renderCatalogue(html`<si-catalogue view="table" group="社会保障卡服务">
      <si-item-card slot="detail" item="49"></si-item-card>
    </si-catalogue>`);
    const card = el.querySelector('si-item-card')!;
    await card.updateComplete;
    expect(card.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(card.shadowRoot!.textContent).to.include('社会保障卡补换');
  });
});
