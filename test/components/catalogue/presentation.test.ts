// Reading on a phone (#14 points 1, 2 and 6): compact cards that open in place, the group
// index, back-to-top, the 筛选 drawer, the level note and 清除筛选 keeping the page's level.
import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import standard from '../../../src/data/social-insurance.json';
import { everyItemAtBothLevels, groupEntries } from '../../../src/catalogue/presentation.js';
import type { SiCatalogue } from '../../../src/catalogue.js';
import { container, exampleCatalogue, renderCatalogue, shadow } from '../../support/catalogue.js';

const $ = <T extends Element = HTMLElement>(el: SiCatalogue, selector: string) => shadow(el).querySelector<T & HTMLElement>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: SiCatalogue, selector: string) => [...shadow(el).querySelectorAll<T & HTMLElement>(selector)];
const shown = (element: Element | null) => element !== null && element.getBoundingClientRect().height > 0;
const inView = (element: Element) => {
  const rect = element.getBoundingClientRect();
  return rect.top >= -1 && rect.top < window.innerHeight && rect.bottom > 0;
};

before(() => emulateMedia({ reducedMotion: 'reduce' }));
after(async () => {
  await emulateMedia({ reducedMotion: 'no-preference' });
  await setViewport({ width: 800, height: 600 });
});
afterEach(() => window.scrollTo(0, 0));

describe('<si-catalogue> compact cards', () => {
  it('shows each card compact: its details open and close in place from a disclosure button', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="cards" group="社会保障卡服务"></si-catalogue>`);
    const [first, second] = $$(el, '[part="card"]');
    const toggle = first.querySelector<HTMLButtonElement>('[part="card-toggle"]')!;
    const details = first.querySelector<HTMLElement>('dl')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(details.id);
    expect(shown(details)).to.equal(false);
    // Named by its visible word, described by the card's heading, so 50 buttons are told apart.
    expect(toggle.textContent!.trim()).to.equal('详情');
    expect(shadow(el).getElementById(toggle.getAttribute('aria-describedby')!)!.textContent!.replace(/\s+/g, '')).to.equal('社会保障卡服务48.社会保障卡申领');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(details)).to.equal(true);
    // Several may be open at once; by keyboard too.
    const secondToggle = second.querySelector<HTMLButtonElement>('[part="card-toggle"]')!;
    secondToggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(secondToggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(secondToggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(second.querySelector('dl'))).to.equal(false);
  });

  it('keeps collapsed details findable (hidden="until-found") and opens a card when find-in-page reaches it', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="cards" group="社会保障卡服务"></si-catalogue>`);
    const card = $$(el, '[part="card"]')[1];
    const details = card.querySelector('dl')!;
    expect(details.getAttribute('hidden')).to.equal('until-found');
    details.dispatchEvent(new Event('beforematch'));
    await el.updateComplete;
    expect(card.querySelector('[part="card-toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(details.hasAttribute('hidden')).to.equal(false);
  });

  it('opens the card a #si-item- link points to', async () => {
    const original = location.href;
    try {
      history.replaceState(null, '', '#si-item-social-security-card-replacement');
      const el = await renderCatalogue(html`<si-catalogue view="cards"></si-catalogue>`);
      await waitUntil(() => $(el, '.card.highlighted'));
      await el.updateComplete;
      const card = $(el, '.card.highlighted');
      expect(card.id).to.equal('si-item-social-security-card-replacement');
      expect(card.querySelector('[part="card-toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('shows the channels as named icons and a level only when the item is published at one level', async () => {
    const catalogue = exampleCatalogue([
      { name: '示例事项一', channels: ['政府网站', '政务服务中心'], levels: { county: true, township: true } },
      { name: '示例事项二', levels: { county: false, township: true } },
    ]);
    const el = await renderCatalogue(html`<si-catalogue view="cards" .catalogue=${catalogue}></si-catalogue>`);
    const [both, township] = $$(el, '[part="card"]');
    expect([...both.querySelectorAll('.card-channels li')].map((li) => li.textContent!.trim())).to.deep.equal(['政府网站', '政务服务中心']);
    expect(both.querySelector('.card-level')).to.equal(null);
    expect(township.querySelector('.card-level')!.textContent).to.equal('乡、村级');
  });
});

describe('<si-catalogue> group index', () => {
  it('lists every 一级事项 with its count, and one tap moves to its first card and focus there', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await renderCatalogue(html`<si-catalogue view="cards"></si-catalogue>`);
    const entries = $$(el, '[part="group-jump"]');
    expect(entries.map((button) => button.textContent!.trim())).to.deep.equal(
      groupEntries(standard.items as never).map(({ group, count }) => `${group}（${count} 项）`),
    );
    expect(groupEntries(standard.items as never).reduce((sum, entry) => sum + entry.count, 0)).to.equal(50);
    // 养老保险待遇核定支付, the sixth group: a middle one, so there is page enough below to bring it to the top.
    entries[5].click();
    const first = standard.items.find((item) => item.group === standard.groups[5])!;
    const target = $(el, `#si-item-${first.id}`);
    await waitUntil(() => Math.abs(target.getBoundingClientRect().top) < 2, 'the group’s first card is at the top');
    expect(shadow(el).activeElement).to.equal(target);
  });

  it('draws the rows a jump needs when the list is paged, and is left out while searching', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="cards" page-size="5"></si-catalogue>`);
    expect($$(el, '[part="card"]').length).to.equal(5);
    $$(el, '[part="group-jump"]').at(-1)!.click();
    await waitUntil(() => shadow(el).activeElement?.id === 'si-item-social-security-card-application');
    el.query = '社保卡';
    await el.updateComplete;
    expect($(el, '[part="group-index"]')).to.equal(null);
  });
});

describe('<si-catalogue> back to top', () => {
  it('appears once the top has scrolled out of view and returns there, focus included', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await renderCatalogue(html`<si-catalogue view="cards"></si-catalogue>`);
    const control = () => $(el, '[part="back-to-top"]');
    expect(shown(control())).to.equal(false);
    window.scrollTo(0, 3000);
    await waitUntil(() => shown(control()), 'back-to-top shows after scrolling');
    expect(inView(control())).to.equal(true);
    control().click();
    await waitUntil(() => inView($(el, '[part="toolbar"]')), 'the toolbar is in view again');
    expect(shadow(el).activeElement).to.equal($(el, '.top-marker'));
    await waitUntil(() => !shown(control()), 'back-to-top hides at the top');
  });
});

describe('<si-catalogue> toolbar on a phone', () => {
  it('puts the search first and full width, and the filters behind one 筛选 button that counts them', async () => {
    const el = await renderCatalogue(html`<si-catalogue exportable></si-catalogue>`, container('360px'));
    await waitUntil(() => $(el, '[part="filters-toggle"]'));
    const toolbar = $(el, '[part="toolbar"]');
    const controls = [...toolbar.querySelectorAll(':is(button, input, select)')];
    expect(controls[0]).to.equal($(el, '#si-filter-query'));
    const padding = parseFloat(getComputedStyle(toolbar).paddingInlineStart) * 2 + 2;
    expect($(el, '#si-filter-query').getBoundingClientRect().width).to.be.closeTo(toolbar.getBoundingClientRect().width - padding, 2);
    const toggle = $(el, '[part="filters-toggle"]');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shown($(el, '#si-filter-group'))).to.equal(false);
    expect(shown($(el, '[part="export-button"]'))).to.equal(false);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shown($(el, '#si-filter-group'))).to.equal(true);
    expect(shown($(el, '[part="export-button"]'))).to.equal(true);
    el.group = '社会保障卡服务';
    await el.updateComplete;
    expect(toggle.textContent!.trim()).to.equal('筛选（已选 1 项）');
  });

  it('has no 筛选 button on a wide element, where the filters are always shown', async () => {
    const el = await renderCatalogue(html`<si-catalogue></si-catalogue>`, container('1000px'));
    expect($(el, '[part="filters-toggle"]')).to.equal(null);
    expect(shown($(el, '#si-filter-group'))).to.equal(true);
  });

  it('brings the first result into view after a search', async () => {
    await setViewport({ width: 360, height: 740 });
    const spacer = container('360px');
    spacer.style.blockSize = '300px';
    const el = await renderCatalogue(html`<si-catalogue></si-catalogue>`, container('360px'));
    const search = $<HTMLInputElement>(el, '#si-filter-query');
    search.scrollIntoView({ block: 'start' });
    search.focus();
    await sendKeys({ type: '失业金' });
    await waitUntil(() => el.query === '失业金');
    const first = () => $(el, '.cards > li');
    await waitUntil(() => inView(first()) && first().getBoundingClientRect().bottom <= window.innerHeight + 1, 'the first result is on screen');
    expect(inView(search)).to.equal(true);
  });
});

describe('<si-catalogue> level filter', () => {
  it('says so when every item is published at both levels', async () => {
    const el = await renderCatalogue(html`<si-catalogue></si-catalogue>`);
    expect(everyItemAtBothLevels(standard.items as never)).to.equal(true);
    const note = $(el, '[part="filter-note"]');
    expect(note.textContent!.trim()).to.equal('本目录事项均在县级和乡、村级公开。');
    expect($(el, '#si-filter-level').getAttribute('aria-describedby')).to.equal(note.id);
  });

  it('has no note when levels differ', async () => {
    const catalogue = exampleCatalogue([{ name: '示例事项一' }, { name: '示例事项二', levels: { county: true, township: true } }]);
    const el = await renderCatalogue(html`<si-catalogue .catalogue=${catalogue}></si-catalogue>`);
    expect($(el, '[part="filter-note"]')).to.equal(null);
    expect($(el, '#si-filter-level').hasAttribute('aria-describedby')).to.equal(false);
  });

  it('清除筛选 keeps the level the page pins, and clears a level a person chose', async () => {
    const pinned = await renderCatalogue(html`<si-catalogue level="township" group="社会保障卡服务"></si-catalogue>`);
    $(pinned, '[part="clear-button"]').click();
    await pinned.updateComplete;
    expect({ level: pinned.level, group: pinned.group }).to.deep.equal({ level: 'township', group: '' });
    expect($<HTMLButtonElement>(pinned, '[part="clear-button"]').disabled).to.equal(true);
    const free = await renderCatalogue(html`<si-catalogue></si-catalogue>`);
    free.level = 'county';
    await free.updateComplete;
    $(free, '[part="clear-button"]').click();
    await free.updateComplete;
    expect(free.level).to.equal('');
  });
});

describe('<si-catalogue> printing from a narrow element', () => {
  it('draws the table between beforeprint and afterprint where view="auto" shows cards', async () => {
    const el = await renderCatalogue(html`<si-catalogue></si-catalogue>`, container('360px'));
    await waitUntil(() => $(el, '[part="card"]'), 'cards at 360 px');
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect($(el, 'table')).to.not.equal(null);
    expect($(el, '[part="card"]')).to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($(el, '[part="card"]')).to.not.equal(null);
  });
});
