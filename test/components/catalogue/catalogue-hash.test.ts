// #si-item-… deep links: the item is drawn, highlighted, focused and announced (#14 point 7),
// resolved before the render (no second render, no Lit change-in-update warning).
import { expect, html, waitUntil } from '@open-wc/testing';
import { exampleCatalogue, renderCatalogue, shadow } from '../../support/catalogue.js';
import { echoUrl } from '../../support/test-servers.js';
import { restoreLocationAfterEach } from '../../support/location.js';

const focusedIn = (root: ShadowRoot) => root.activeElement;

describe('<si-catalogue> #si-item-… links', () => {
  restoreLocationAfterEach();

  it('moves keyboard focus to the row a link names on load, and announces it', async () => {
    history.replaceState(null, '', '#si-item-social-security-card-replacement');
    const el = await renderCatalogue(html`<si-catalogue view="table"></si-catalogue>`);
    const row = shadow(el).querySelector<HTMLElement>('#si-item-social-security-card-replacement')!;
    expect(row.classList.contains('highlighted')).to.equal(true);
    expect(focusedIn(shadow(el))).to.equal(row);
    expect(row.tabIndex).to.equal(-1);
    const status = [...shadow(el).querySelectorAll('[role="status"]')].map((node) => node.textContent!.trim()).join(' ');
    expect(status).to.include('已定位到第 49 项').and.include('社会保障卡补换');
  });

  it('follows hashchange to another item, as a card too', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="cards"></si-catalogue>`);
    expect(shadow(el).querySelector('.highlighted')).to.equal(null);
    history.replaceState(null, '', '#si-item-social-security-card-application');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitUntil(() => focusedIn(shadow(el))?.id === 'si-item-social-security-card-application', 'focus did not move');
    expect(focusedIn(shadow(el))!.classList.contains('highlighted')).to.equal(true);
  });

  it('draws rows up to an item beyond the first page', async () => {
    const many = exampleCatalogue(Array.from({ length: 30 }, (_, index) => ({ name: `示例事项${index + 1}` })));
    history.replaceState(null, '', '#si-item-example-25');
    const el = await renderCatalogue(html`<si-catalogue view="table" page-size="10" .catalogue=${many}></si-catalogue>`);
    expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(25);
    expect(focusedIn(shadow(el))!.id).to.equal('si-item-example-25');
  });

  it('waits for a catalogue that is still loading', async () => {
    history.replaceState(null, '', '#si-item-example-2');
    const url = echoUrl(exampleCatalogue([{ name: '示例事项甲' }, { name: '示例事项乙' }]), { delay: 200 });
    const el = await renderCatalogue(html`<si-catalogue view="table" src=${url}></si-catalogue>`);
    await waitUntil(() => focusedIn(shadow(el))?.id === 'si-item-example-2', 'focus did not move once loaded', { timeout: 5000 });
  });
});
