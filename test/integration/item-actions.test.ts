// Item actions (issue #14 point 5) in every component that shows them: <si-catalogue> cards and
// table rows, <si-item-card> and <si-service-guide>, at 360 and 1280 px and in the elder theme.
import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { catalogueContext } from '../../src/context/catalogue-context.js';
import '../../src/catalogue.js';
import '../../src/item-card.js';
import '../../src/service-guide.js';
import type { SiCatalogue } from '../../src/catalogue.js';
import data from '../../src/data/social-insurance.json';
import exampleOverlay from '../../demo/overlay.example.json';
import exampleGuide from '../../demo/guide.example.json';
import { applyOverlay } from '../../src/data/overlay.js';
import { preloadCatalogueChecks } from '../../src/components/catalogue/catalogue-source.js';
import { preloadGuideChecks } from '../../src/components/service-guide/guide-source.js';
import type { CatalogueItem } from '../../src/data/types.js';
import { settled } from '../support/wait.js';

const overlaid = (() => {
  const result = applyOverlay(data, exampleOverlay);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.catalogue;
})();

// <si-catalogue> and <si-service-guide> import their validators as chunks when a `catalogue` or
// `guide` property is set: loaded before the tests, properties are validated at once, as in
// test/support/catalogue.ts.
before(() => Promise.all([preloadCatalogueChecks(), preloadGuideChecks()]));

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

const actionsIn = (root: ParentNode, id?: string): Element | null =>
  (id === undefined ? root : root.querySelector(`#si-item-${id}`)!)?.querySelector('[part="item-actions"]') ?? null;

const hrefs = (group: Element | null): string[] => [...(group?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href')!);

async function catalogueAt(width: number, view: 'cards' | 'table', theme = '', extra: Partial<SiCatalogue> = {}): Promise<SiCatalogue> {
  const box = await fixture<HTMLElement>(html`<div style="inline-size: ${width}px" data-si-theme=${theme}>
    <si-catalogue view=${view} .catalogue=${overlaid}></si-catalogue>
  </div>`);
  const el = box.querySelector('si-catalogue')!;
  Object.assign(el, extra);
  await settled(el);
  return el;
}

/** Opens the 详情 of the first `count` compact cards: a closed card shows no actions. */
async function openCards(el: SiCatalogue, count = Infinity): Promise<void> {
  const toggles = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="card-toggle"]')].slice(0, count);
  for (const toggle of toggles) toggle.click();
  await settled(el);
}

describe('item actions', () => {
  for (const view of ['cards', 'table'] as const) {
    it(`<si-catalogue> ${view}: the overlay's per-item details and the site-wide phone and hours`, async () => {
      const el = await catalogueAt(view === 'cards' ? 360 : 1280, view);
      const root = el.shadowRoot!;
      if (view === 'cards') {
        // Closed compact cards keep to one line of chips: the actions come with the 详情.
        expect(actionsIn(root, 'social-security-card-application')).to.equal(null);
        await openCards(el);
      }
      const own = actionsIn(root, 'social-security-card-application');
      expect(hrefs(own)).to.deep.equal(['./item.html', 'https://www.example.invalid/shebao/card', 'tel:0000-0000001', 'tel:0000-0000002']);
      // An item without its own details shows the site-wide default.
      const other = actionsIn(root, 'benefit-suspension');
      expect(hrefs(other)).to.deep.equal(['tel:0000-0000000']);
      expect(other!.textContent).to.contain('工作日 9:00—12:00，13:30—17:00（示例）');
      // Without guide-href the name stays text (or a button with selectable): links are opt-in.
      expect(root.querySelector(`#si-item-social-security-card-application ${view === 'table' ? 'th.cell-name' : '.card-heading'} a`)).to.equal(null);
      if (view === 'table') expect(own!.closest('td')!.classList.contains('cell-list')).to.equal(true);
    });
  }

  it('<si-catalogue>: guide-href keeps linking names and fills the 服务指南 of items without their own', async () => {
    const el = await catalogueAt(1280, 'table', '', { guideHref: '/bsfw/guides/{id}.html' });
    const root = el.shadowRoot!;
    expect(root.querySelector('#si-item-benefit-suspension th.cell-name a')!.getAttribute('href')).to.equal('/bsfw/guides/benefit-suspension.html');
    // One source: the name links where the item's 服务指南 action does.
    expect(root.querySelector('#si-item-social-security-card-application th.cell-name a')!.getAttribute('href')).to.equal('./item.html');
    expect(hrefs(actionsIn(root, 'benefit-suspension'))[0]).to.equal('/bsfw/guides/benefit-suspension.html');
    // The item's own guide wins over the page's template.
    expect(hrefs(actionsIn(root, 'social-security-card-application'))[0]).to.equal('./item.html');
  });

  it('<si-catalogue> without any 办事信息 shows no actions (the standard catalogue is unchanged)', async () => {
    const box = await fixture<HTMLElement>(html`<div style="inline-size: 1280px"><si-catalogue view="table" guide-href="/g/{id}.html"></si-catalogue></div>`);
    const el = box.querySelector('si-catalogue')!;
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('[part="item-actions"]')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('th.cell-name a')!.getAttribute('href')).to.equal('/g/enterprise-registration.html');
  });

  it('<si-item-card>: shows the item’s actions, and with href its own guide links the name', async () => {
    const item = overlaid.items.find((entry) => entry.id === 'social-security-card-application') as CatalogueItem;
    const plain = await fixture<Updatable>(html`<si-item-card .itemData=${item}></si-item-card>`);
    await settled(plain);
    expect(plain.shadowRoot!.querySelector('[part="link"]')).to.equal(null);
    const el = await fixture<Updatable>(html`<si-item-card .itemData=${item} href="/guides/{id}.html"></si-item-card>`);
    await settled(el);
    const group = actionsIn(el.shadowRoot!);
    expect(hrefs(group)).to.deep.equal(['./item.html', 'https://www.example.invalid/shebao/card', 'tel:0000-0000001', 'tel:0000-0000002']);
    expect(el.shadowRoot!.querySelector('[part="link"]')!.getAttribute('href')).to.equal('./item.html');
  });

  it('<si-item-card> inside a catalogue takes the site-wide default', async () => {
    const box = await fixture<HTMLElement>(
      html`<si-catalogue hide-toolbar .catalogue=${overlaid}><si-item-card item="benefit-suspension"></si-item-card></si-catalogue>`,
    );
    const card = box.querySelector('si-item-card')!;
    await settled(box);
    await settled(card);
    expect(hrefs(actionsIn(card.shadowRoot!))).to.deep.equal(['tel:0000-0000000']);
  });

  it('<si-service-guide>: 咨询方式 and the actions are visible at the top with every section closed', async () => {
    // A page region providing the overlaid catalogue, as a <si-catalogue> does to its descendants.
    const box = await fixture<HTMLElement>(html`<div style="inline-size: 360px"></div>`);
    new ContextProvider(box, { context: catalogueContext, initialValue: overlaid });
    box.innerHTML = '<si-service-guide item="social-security-card-application"></si-service-guide>';
    const guide = box.querySelector('si-service-guide')! as HTMLElement & { guide: unknown };
    guide.guide = exampleGuide;
    await settled(guide);
    const root = guide.shadowRoot!;
    const group = actionsIn(root)!;
    // The guide's own online link, the catalogue's phones; no link to the guide itself.
    expect(hrefs(group)).to.deep.equal(['https://www.example.gov.cn/', 'tel:0000-0000001', 'tel:0000-0000002']);
    expect(group.textContent).to.contain(exampleGuide.contact);
    expect(group.textContent).to.contain(exampleGuide.location);
    const firstSection = root.querySelector('[part~="section"]')!;
    expect(root.querySelector('[part="panel"]:not([hidden])')).to.equal(null);
    expect(group.getBoundingClientRect().bottom).to.be.at.most(firstSection.getBoundingClientRect().top);
    expect(group.getBoundingClientRect().height).to.be.above(0);
  });

  for (const [theme, min] of [
    ['', 24],
    ['elder', 44],
  ] as const) {
    for (const width of [360, 1280]) {
      it(`targets are at least ${min} × ${min} px${theme ? ` in the ${theme} theme` : ''} at ${width} px`, async () => {
        const el = await catalogueAt(width, width === 360 ? 'cards' : 'table', theme);
        if (width === 360) await openCards(el, 12);
        const links = [...el.shadowRoot!.querySelectorAll('[part="item-actions"] a')];
        expect(links.length).to.be.at.least(12);
        for (const link of links) {
          const { width: w, height: h } = link.getBoundingClientRect();
          expect(Math.min(w, h), link.textContent!).to.be.at.least(min);
        }
      });
    }
  }
});
