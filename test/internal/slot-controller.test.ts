import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { hasContent, SlotController } from '../../src/internal/slot-controller.js';

class SlotTestElement extends LitElement {
  readonly slots = new SlotController(this);

  renders = 0;

  override render() {
    this.renders += 1;
    return litHtml`<div part="note" ?hidden=${!this.slots.has('note')}><slot name="note"></slot></div>`;
  }
}
customElements.define('si-slot-test', SlotTestElement);

describe('SlotController (src/internal/slot-controller.ts)', () => {
  it('counts text and embedded content, not blank elements', () => {
    const make = (markup: string) => {
      const box = document.createElement('div');
      box.innerHTML = markup;
      return box.firstElementChild!;
    };
    expect(hasContent(make('<p>示例</p>'))).to.equal(true);
    expect(hasContent(make('<div>&nbsp; </div>'))).to.equal(false);
    expect(hasContent(make('<div></div>'))).to.equal(false);
    expect(hasContent(make('<div><img alt=""></div>'))).to.equal(true);
    expect(hasContent(make('<button></button>'))).to.equal(true);
  });

  it('knows on the first render which slots have content', async () => {
    const el = await fixture<SlotTestElement>(html`<si-slot-test><p slot="note">示例说明</p><p slot="other"> </p></si-slot-test>`);
    expect([...el.slots.filled]).to.deep.equal(['note']);
    expect(el.renders).to.equal(1);
    expect(el.shadowRoot!.querySelector('[part="note"]')!.hasAttribute('hidden')).to.equal(false);
    expect(el.slots.assigned('other')).to.have.length(1);
  });

  it('follows content added, emptied and re-slotted later, rendering again only when the answer changes', async () => {
    const el = await fixture<SlotTestElement>(html`<si-slot-test><div slot="note"></div></si-slot-test>`);
    const wrapper = () => el.shadowRoot!.querySelector('[part="note"]')!;
    expect(wrapper().hasAttribute('hidden')).to.equal(true);
    const child = el.firstElementChild as HTMLElement;
    child.textContent = '示例';
    await waitUntil(() => !wrapper().hasAttribute('hidden'), 'text makes it filled');
    const renders = el.renders;
    child.append(' 更多');
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(el.renders).to.equal(renders);
    child.slot = 'elsewhere';
    await waitUntil(() => wrapper().hasAttribute('hidden'), 'moved to another slot');
    expect(el.slots.has('elsewhere')).to.equal(true);
  });
});
