// #14 point 3: the desktop table at 1,280 px in an 800 px column shows every column without
// sideways scrolling, and its two header rows stay on screen, over the right columns, while the
// rows scroll past the page; a table forced into a narrower column scrolls in a box one screen
// tall whose scrollbar is on screen, keeping 序号 and 二级事项 in view while scrolling sideways.
import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { SiCatalogue } from '../../../src/catalogue.js';
import { container, renderCatalogue, shadow } from '../../support/catalogue.js';

const $ = (el: SiCatalogue, selector: string) => shadow(el).querySelector<HTMLElement>(selector)!;
const rect = (element: Element) => element.getBoundingClientRect();

/** The body row under the middle of the viewport. */
function rowAtMiddle(el: SiCatalogue): HTMLTableRowElement {
  const rows = [...shadow(el).querySelectorAll<HTMLTableRowElement>('tbody tr')];
  return rows.find((row) => rect(row).top <= window.innerHeight / 2 && rect(row).bottom >= window.innerHeight / 2)!;
}

describe('<si-catalogue> table in a desktop column', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  after(async () => {
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });
  afterEach(() => window.scrollTo(0, 0));

  for (const { theme, width } of [
    { theme: 'default', width: '800px' },
    { theme: 'elder', width: '1000px' },
  ]) {
    it(`fits every column in a ${width} column (${theme}), and keeps both header rows visible at mid-table`, async () => {
      const box = container(width);
      if (theme !== 'default') box.dataset.siTheme = theme;
      const el = await renderCatalogue(html`<si-catalogue></si-catalogue>`, box);
      const region = $(el, '[part="region"]');
      const table = $(el, 'table');
      expect(region.scrollWidth, 'no sideways scrolling').to.be.at.most(region.clientWidth);
      for (const th of shadow(el).querySelectorAll('thead th')) expect(rect(th).right, th.textContent!.trim()).to.be.at.most(rect(region).right + 0.5);
      // Half way down the table, scrolled by the page itself.
      window.scrollTo(0, rect(table).top + window.scrollY + rect(table).height / 2);
      await waitUntil(() => Math.abs(rect($(el, 'thead')).top) < 1, 'the header rows stick to the top of the page');
      const [upper, lower] = [...shadow(el).querySelectorAll('thead tr')];
      for (const headerRow of [upper, lower]) expect(rect(headerRow).bottom).to.be.within(1, window.innerHeight / 3);
      // Each cell of the row in the middle of the screen sits under the header it names.
      const row = rowAtMiddle(el);
      expect(row, 'a row in the middle of the screen').to.not.equal(undefined);
      for (const cell of row.querySelectorAll('td')) {
        // The last header it names is its own column's (全社会 under 公开对象, or 公开依据).
        const leaf = cell
          .getAttribute('headers')!
          .split(' ')
          .map((id) => shadow(el).getElementById(id)!)
          .filter((th) => th.closest('thead'))
          .at(-1)!;
        expect(rect(leaf).left, leaf.textContent!.trim()).to.be.closeTo(rect(cell).left, 1.5);
        expect(rect(leaf).right, leaf.textContent!.trim()).to.be.closeTo(rect(cell).right, 1.5);
      }
    });
  }

  it('scrolls a table forced into a narrow column inside one screen, with 序号 and 二级事项 kept in view sideways', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table"></si-catalogue>`, container('600px'));
    const region = $(el, '[part="region"]');
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    // Its horizontal scrollbar is on screen once the region's top is.
    expect(rect(region).height).to.be.at.most(window.innerHeight);
    region.scrollLeft = region.scrollWidth;
    await waitUntil(() => region.scrollLeft > 0);
    const row = shadow(el).querySelectorAll('tbody tr')[2];
    const seq = row.querySelector('.cell-seq')!;
    const name = row.querySelector('.cell-name')!;
    expect(rect(seq).left).to.be.closeTo(rect(region).left + region.clientLeft, 1.5);
    expect(rect(name).left).to.be.closeTo(rect(seq).right, 1.5);
    // The header rows stick to the region's top while it scrolls down.
    region.scrollTop = region.scrollHeight / 2;
    await waitUntil(() => Math.abs(rect($(el, 'thead')).top - rect(region).top - region.clientTop) < 1.5, 'the headers stick to the region top');
  });
});
