// The paging controller alone (a stand-in host), then in the element: a keystroke draws its
// first screen at once and the rest of the page once typing pauses.
import { expect, html, waitUntil } from '@open-wc/testing';
import { CataloguePaging, DRAW_REST_AFTER_MS, firstScreenRows, rowsToFill } from '../../../src/components/catalogue/catalogue-paging.js';
import { exampleCatalogue, renderCatalogue, rowSeqs, shadow } from '../../support/catalogue.js';
import { StandInHost } from '../../support/stand-in-host.js';

class PagedHost extends StandInHost {
  readonly renderRoot = document.createDocumentFragment();
  constructor(public pageSize = 100) {
    super();
  }
}

const items = Array.from({ length: 300 }, (_, index) => index);

describe('CataloguePaging', () => {
  it('draws a whole page, and one more per 显示更多', () => {
    const host = new PagedHost(100);
    const paging = new CataloguePaging(host);
    paging.reset();
    expect(paging.rows(items)).to.have.length(100);
    expect(paging.partial(items.length)).to.equal(false);
    paging.showMore();
    expect(paging.rows(items)).to.have.length(200);
    expect(host.updates).to.equal(1);
  });

  it('draws only the first screen after a keystroke, the rest once typing pauses', async () => {
    const host = new PagedHost(100);
    const paging = new CataloguePaging(host);
    paging.reset('typing');
    const first = firstScreenRows(window.innerHeight);
    expect(first).to.be.lessThan(100);
    expect(paging.rows(items)).to.have.length(first);
    expect(paging.partial(items.length)).to.equal(true);
    await waitUntil(() => host.updates === 1, 'the rest of the page was never drawn', { timeout: DRAW_REST_AFTER_MS * 4 });
    expect(paging.rows(items)).to.have.length(100);
    expect(paging.partial(items.length)).to.equal(false);
  });

  it('draws the row a link reveals, and all before it', () => {
    const host = new PagedHost(20);
    const paging = new CataloguePaging(host);
    paging.reset('typing');
    paging.reveal(150);
    expect(paging.rows(items)).to.have.length(151);
  });

  it('counts about one screen of rows, never fewer than 8', () => {
    expect(firstScreenRows(0)).to.equal(8);
    expect(firstScreenRows(900)).to.equal(12);
  });

  it('fills the window and a quarter window more from where the rows start, by the shortest row', () => {
    // 900 px window, rows from 556 px, shortest 101 px: (1125 − 556) / 101 → 6, and one more.
    expect(rowsToFill(900, { firstTop: 556, shortest: 101 })).to.equal(7);
    // Scrolled into the rows: the whole window and the margin.
    expect(rowsToFill(900, { firstTop: -2000, shortest: 150 })).to.equal(9);
    // Rows below the window: two, the rest drawn when they come near.
    expect(rowsToFill(900, { firstTop: 5000, shortest: 100 })).to.equal(2);
    // Never more than a screen's count; nothing measured: that count.
    expect(rowsToFill(900, { firstTop: 0, shortest: 20 })).to.equal(firstScreenRows(900));
    expect(rowsToFill(900, undefined)).to.equal(firstScreenRows(900));
    expect(rowsToFill(900, { firstTop: Infinity, shortest: 0 })).to.equal(firstScreenRows(900));
  });
});

describe('<si-catalogue> while a person types', () => {
  const many = exampleCatalogue(Array.from({ length: 300 }, (_, index) => ({ name: `示例事项${index + 1}`, content: ['示例要素'] })));

  it('draws the first screen of results in the keystroke’s render, then the whole page', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" .catalogue=${many}></si-catalogue>`);
    expect(rowSeqs(el)).to.have.length(100);
    const input = shadow(el).querySelector<HTMLInputElement>('#si-filter-query')!;
    input.value = '示例事项';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.matchingItems).to.have.length(300);
    const drawn = rowSeqs(el).length;
    expect(drawn).to.be.within(2, firstScreenRows(window.innerHeight));
    // The rows drawn at once reach past the bottom of the window (they were measured before the keystroke).
    const rows = shadow(el).querySelectorAll('tbody tr');
    expect(rows[rows.length - 1].getBoundingClientRect().bottom).to.be.greaterThan(window.innerHeight);
    // The next keystroke keeps that count (rows neither added nor removed for a new count).
    input.value = '示例事项2';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.matchingItems.length).to.be.greaterThan(drawn);
    expect(rowSeqs(el)).to.have.length(drawn);
    await waitUntil(() => rowSeqs(el).length === 100, 'the rest of the page was never drawn', { timeout: DRAW_REST_AFTER_MS * 6 });
    expect(shadow(el).querySelector('.more')!.textContent).to.include('200');
  });

  it('hides the rows drawn before a burst of typing, and removes them when it pauses', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" .catalogue=${many}></si-catalogue>`);
    const before = shadow(el).querySelector('.table-wrap')!;
    const input = shadow(el).querySelector<HTMLInputElement>('#si-filter-query')!;
    for (const query of ['示例事项2', '示例事项25']) {
      input.value = query;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      // The first page's rows: still there, hidden, and nothing finds them first.
      const regions = [...shadow(el).querySelectorAll('.table-wrap')];
      expect(regions).to.have.length(2);
      expect(regions[1]).to.equal(before);
      expect(before.getAttribute('aria-hidden')).to.equal('true');
      expect(getComputedStyle(before).contentVisibility).to.equal('hidden');
      expect(before.querySelectorAll('tbody tr')).to.have.length(100);
      expect(regions[0].hasAttribute('aria-hidden')).to.equal(false);
      // The drawn rows come first, so an id finds them, not their hidden copies.
      const first = regions[0].querySelector('tbody tr')!;
      expect(before.querySelector(`#${first.id}`)).to.not.equal(null);
      expect(shadow(el).querySelector(`#${first.id}`)).to.equal(first);
    }
    expect(rowSeqs(el)[0]).to.equal(25);
    await waitUntil(() => !before.isConnected, 'the hidden rows were never removed', { timeout: DRAW_REST_AFTER_MS * 6 });
    expect(shadow(el).querySelectorAll('.table-wrap')).to.have.length(1);
    expect(rowSeqs(el)).to.have.length(el.matchingItems.length);
  });

  it('draws the whole page at once for a query set by script', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" .catalogue=${many}></si-catalogue>`);
    el.query = '示例事项';
    await el.updateComplete;
    expect(rowSeqs(el)).to.have.length(100);
  });
});
