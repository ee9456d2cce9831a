import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { SiCatalogue } from '../../../src/catalogue.js';
import { exampleCatalogue, renderCatalogue, rowSeqs, shadow, withoutUncaughtErrors } from '../../support/catalogue.js';
import { expectConsole } from '../../support/console-guard.js';
import { recordFetches } from '../../support/fetches.js';

const FIXTURES = new URL('../../fixtures/catalogue/', import.meta.url).href;
const alert = (el: SiCatalogue) => shadow(el).querySelector('[role="alert"]');

async function loaded(el: SiCatalogue): Promise<void> {
  await waitUntil(() => shadow(el).querySelector('[aria-busy="true"]') === null, 'still loading', { timeout: 5000 });
  await el.updateComplete;
}

describe('<si-catalogue> data', () => {
  it('loads a catalogue from src, showing a busy skeleton first and firing si-load', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" src=${`${FIXTURES}example.json`}></si-catalogue>`);
    expect(shadow(el).querySelector('[aria-busy="true"]')).to.not.equal(null);
    const event = await oneEvent(el, 'si-load');
    expect(event.detail.catalogue.id).to.equal('example-src');
    await el.updateComplete;
    expect(rowSeqs(el)).to.deep.equal([1, 2, 3]);
    expect(shadow(el).querySelector('caption')!.textContent).to.include('示例：从 src 加载的目录');
  });

  for (const [name, file, expected] of [
    ['a 404', 'missing.json', 'HTTP 404'],
    ['broken JSON', 'broken.json', '不是有效的 JSON'],
    ['invalid data', 'invalid.json', '不符合要求'],
  ] as const) {
    it(`shows ${name} as a visible alert naming the problem, with retry, and no uncaught error`, async () => {
      let el!: SiCatalogue;
      let errorEvent: CustomEvent | undefined;
      const errors = await withoutUncaughtErrors(async () => {
        el = await renderCatalogue(html`<si-catalogue src=${FIXTURES + file} @si-error=${(e: CustomEvent) => (errorEvent = e)}></si-catalogue>`);
        await loaded(el);
      });
      expect(errors).to.deep.equal([]);
      expect(alert(el)!.textContent).to.include(expected).and.include(file);
      expect(shadow(el).querySelector('table')).to.equal(null);
      expect(errorEvent?.detail.problem).to.be.an('object');
      expect(alert(el)!.querySelector('button')!.textContent).to.include('重试');
      await expect(el).to.be.accessible();
    });
  }

  it('lists the first JSON paths of invalid data', async () => {
    const el = await renderCatalogue(html`<si-catalogue src=${`${FIXTURES}invalid.json`}></si-catalogue>`);
    await loaded(el);
    const listed = [...alert(el)!.querySelectorAll('li')].map((li) => li.textContent!);
    expect(listed.some((text) => text.startsWith('items[0].name'))).to.equal(true);
    expect(listed.some((text) => text.startsWith('items[0].channels'))).to.equal(true);
  });

  it('validates a catalogue property and shows its problems', async () => {
    const el = await renderCatalogue(html`<si-catalogue .catalogue=${{ id: 'x', items: 'none' }}></si-catalogue>`);
    expect(alert(el)!.textContent).to.include('不符合要求');
  });

  it('retries after a failure', async () => {
    const el = await renderCatalogue(html`<si-catalogue src=${`${FIXTURES}missing.json`}></si-catalogue>`);
    await loaded(el);
    el.src = `${FIXTURES}example.json`;
    await waitUntil(() => shadow(el).querySelector('table, [part="cards"]') !== null, 'no table after retry', { timeout: 5000 });
    expect(alert(el)).to.equal(null);
    expect(rowSeqs(el).length).to.equal(3);
  });

  it('aborts the earlier request when src changes, and when the element is removed', async () => {
    const fetches = recordFetches();
    const { signals } = fetches;
    try {
      const el = await renderCatalogue(html`<si-catalogue src=${`${FIXTURES}example.json?first`}></si-catalogue>`);
      el.src = `${FIXTURES}example.json?second`;
      await el.updateComplete;
      expect(signals[0].aborted).to.equal(true);
      el.remove();
      expect(signals[1].aborted).to.equal(true);
    } finally {
      fetches.stop();
    }
  });

  it('applies an overlay from overlay-src on the built-in catalogue', async () => {
    const el = await renderCatalogue(
      html`<si-catalogue view="table" overlay-src=${new URL('../../../demo/overlay.example.json', import.meta.url).href}></si-catalogue>`,
    );
    await loaded(el);
    expect(alert(el)).to.equal(null);
    expect(shadow(el).querySelector('caption')!.textContent).to.include('示例县');
  });

  it('shows markup in data as text, never as elements', async () => {
    const catalogue = exampleCatalogue([{ name: '<b>示例</b><img src=x onerror=alert(1)>', content: ['<城乡养老保险制度衔接暂行办法>'] }]);
    const el = await renderCatalogue(html`<si-catalogue view="table" .catalogue=${catalogue}></si-catalogue>`);
    const row = shadow(el).querySelector('tbody tr')!;
    expect(row.querySelector('b, img')).to.equal(null);
    expect(row.textContent).to.include('<b>示例</b>').and.include('<城乡养老保险制度衔接暂行办法>');
  });

  it('links names to guides with guide-href, only for safe URLs', async () => {
    expectConsole('<si-catalogue>: guide-href "javascript:alert({seq})" was ignored');
    const el = await renderCatalogue(html`<si-catalogue view="table" group="社会保障卡服务" guide-href="/guides/{id}.html?seq={seq}"></si-catalogue>`);
    const link = shadow(el).querySelector<HTMLAnchorElement>('th[scope="row"] a')!;
    expect(link.getAttribute('href')).to.equal('/guides/social-security-card-application.html?seq=48');
    el.guideHref = 'javascript:alert({seq})';
    await el.updateComplete;
    expect(shadow(el).querySelector('th[scope="row"] a')).to.equal(null);
  });

  it('fires a cancelable si-item-select when a name is activated', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" group="社会保障卡服务" guide-href="#guide-{seq}"></si-catalogue>`);
    el.addEventListener('si-item-select', (event) => event.preventDefault(), { once: true });
    const link = shadow(el).querySelector<HTMLAnchorElement>('th[scope="row"] a')!;
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'si-item-select');
    expect(event.detail.item.seq).to.equal(48);
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    expect(location.hash).to.not.equal('#guide-48');
  });

  it('makes names buttons with selectable, activated by Enter', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" selectable group="社会保障卡服务"></si-catalogue>`);
    const button = shadow(el).querySelector<HTMLButtonElement>('th[scope="row"] button')!;
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'si-item-select');
    expect(event.detail.item.name).to.equal('社会保障卡申领');
  });
});
