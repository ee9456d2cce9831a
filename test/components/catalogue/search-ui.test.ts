import { expect, html, waitUntil } from '@open-wc/testing';
import { applyOverlay } from '../../../src/data/overlay.js';
import { validateCatalogue } from '../../../src/data/validate.js';
import standard from '../../../src/data/social-insurance.json';
import { exampleCatalogue, renderCatalogue, rowSeqs, shadow } from '../../support/catalogue.js';

const chips = (el: HTMLElement, part = 'popular') => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>(`[part="${part}"] [part="chip"]`)];
const searchBox = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLInputElement>('#si-filter-query')!;
const liveRegion = (el: HTMLElement) => el.shadowRoot!.querySelector('[role="status"]')!;

describe('<si-catalogue> search in citizens’ words', () => {
  it('describes the search box with visible help that mentions pinyin', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table"></si-catalogue>`);
    const help = shadow(el).getElementById(searchBox(el).getAttribute('aria-describedby')!)!;
    expect(help.textContent).to.include('shebaoka');
    expect(help.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('offers 常用查询 chips from the lexicon; a chip searches, and is then pressed', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table"></si-catalogue>`);
    const first = chips(el)[0];
    expect(first.textContent!.trim()).to.equal('社保卡丢了');
    first.click();
    await el.updateComplete;
    expect(el.query).to.equal('社保卡丢了');
    expect(rowSeqs(el)[0]).to.equal(49);
    expect(chips(el)[0].getAttribute('aria-pressed')).to.equal('true');
  });

  it('takes chips from the attribute, the catalogue or an overlay; none with popular-searches="none"', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" popular-searches="养老金、失业金"></si-catalogue>`);
    expect(chips(el).map((chip) => chip.textContent!.trim())).to.deep.equal(['养老金', '失业金']);
    el.popularSearches = 'none';
    await el.updateComplete;
    expect(chips(el)).to.have.length(0);
    el.popularSearches = '';
    el.catalogue = { ...exampleCatalogue([{ name: '示例事项' }]), popularSearches: ['示例查询'] };
    await el.updateComplete;
    expect(chips(el).map((chip) => chip.textContent!.trim())).to.deep.equal(['示例查询']);
  });

  it('shows best matches first with a 按目录顺序 switch back to catalogue order', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" query="退休"></si-catalogue>`);
    const ranked = rowSeqs(el);
    expect(ranked.length).to.be.greaterThan(1);
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[part="order-switch"]')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="order-switch"]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(rowSeqs(el)).to.deep.equal([...ranked].sort((a, b) => a - b));
    expect(rowSeqs(el)).not.to.deep.equal(ranked);
    el.query = '';
    await el.updateComplete;
    expect(rowSeqs(el)).to.have.length(50);
    expect(shadow(el).querySelector('[part="order-switch"]')).to.equal(null);
  });

  it('marks the official words matched through the lexicon', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" query="社保卡丢了"></si-catalogue>`);
    const row = shadow(el).querySelector('tbody tr')!;
    // 社保卡 → 社会保障卡 and 丢了 → 补换 touch, so they are one mark.
    expect([...row.querySelectorAll('.cell-name mark')].map((mark) => mark.textContent)).to.deep.equal(['社会保障卡补换']);
  });

  it('says plainly when nothing matches and offers closest items, popular searches and clearing', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" query="社保卡邮寄费用发票"></si-catalogue>`);
    el.query = '完全无关的词';
    await el.updateComplete;
    const message = shadow(el).querySelector('[part="message"]')!;
    expect(message.textContent).to.include('没有找到与“完全无关的词”相关的事项');
    expect(chips(el, 'empty-popular').length).to.be.greaterThan(0);
    chips(el, 'empty-popular')[0].click();
    await el.updateComplete;
    expect(rowSeqs(el)[0]).to.equal(49);
    el.query = '社会保障卡补换邮寄';
    await el.updateComplete;
    el.query = '补换卡的邮费发票';
    await el.updateComplete;
    const closest = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="closest"] button')];
    if (closest.length > 0) {
      closest[0].click();
      await el.updateComplete;
      expect(rowSeqs(el).length).to.be.greaterThan(0);
    }
  });

  it('offers the closest items when no item matches every word', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" query="养老账号注册"></si-catalogue>`);
    const closest = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="closest"] button')];
    const rows = rowSeqs(el);
    // Either something passes the threshold, or the closest items are offered: never a bare "nothing".
    expect(rows.length + closest.length).to.be.greaterThan(0);
  });

  it('neither searches nor writes the URL while an IME composes; does on compositionend', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table" sync-url></si-catalogue>`);
    const before = location.href;
    const input = searchBox(el);
    input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true }));
    input.value = 'shebaok';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: true, data: 'k', inputType: 'insertCompositionText' }));
    await el.updateComplete;
    expect(el.query).to.equal('');
    expect(location.href).to.equal(before);
    input.value = '社保卡';
    input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true, data: '社保卡' }));
    await el.updateComplete;
    expect(el.query).to.equal('社保卡');
    expect(new URL(location.href).searchParams.get('si-query')).to.equal('社保卡');
    history.replaceState(null, '', before);
  });

  it('announces the count once typing pauses, not per keystroke', async () => {
    const el = await renderCatalogue(html`<si-catalogue view="table"></si-catalogue>`);
    const initial = liveRegion(el).textContent!.trim();
    const input = searchBox(el);
    for (const value of ['社', '社保', '社保卡']) {
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      // Typing goes on: the live region still says what it said before.
      expect(liveRegion(el).textContent!.trim()).to.equal(initial);
    }
    const shown = shadow(el).querySelector('[part="count"]')!.textContent!.trim();
    expect(shown).not.to.equal(initial);
    await waitUntil(() => liveRegion(el).textContent!.trim() === shown, 'count announced after the pause', { timeout: 3000 });
  });

  it('searches a catalogue loaded at run time with its own synonyms plus the built-in lexicon', async () => {
    const catalogue = {
      ...exampleCatalogue([{ name: '示例市民卡补换' }, { name: '示例其他事项' }]),
      domain: '社会保险',
      synonyms: [{ terms: ['一卡通'], means: ['市民卡'] }],
    };
    expect(validateCatalogue(catalogue).ok).to.equal(true);
    const el = await renderCatalogue(html`<si-catalogue view="table" .catalogue=${catalogue} query="一卡通丢了"></si-catalogue>`);
    expect(rowSeqs(el)).to.deep.equal([1]);
  });
});

describe('synonyms in catalogues and overlays', () => {
  it('validates synonyms with clear messages', () => {
    const bad = { ...standard, synonyms: [{ terms: [], means: ['社会保障卡'] }, 'x'] };
    const result = validateCatalogue(bad);
    expect(result.ok).to.equal(false);
    const messages = result.ok ? [] : result.errors.map((error) => `${error.path}: ${error.message}`);
    expect(messages.some((message) => message.startsWith('synonyms[0].terms'))).to.equal(true);
    expect(messages.some((message) => message.startsWith('synonyms[1]'))).to.equal(true);
  });

  it('an overlay adds synonyms and replaces popular searches', () => {
    const result = applyOverlay(standard, { synonyms: [{ terms: ['一卡通'], means: ['社会保障卡'] }], popularSearches: ['一卡通'] });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.catalogue.synonyms).to.deep.equal([{ terms: ['一卡通'], means: ['社会保障卡'] }]);
    expect(result.catalogue.popularSearches).to.deep.equal(['一卡通']);
    const wrong = applyOverlay(standard, { synonyms: { terms: ['x'] } });
    expect(wrong.ok).to.equal(false);
    if (!wrong.ok) expect(wrong.errors[0].path).to.equal('overlay.synonyms');
  });
});
