import { expect } from '@open-wc/testing';
import { isNarrow } from '../../../src/components/catalogue/catalogue-layout.js';
import '../../../src/components/catalogue/si-catalogue.js';
import { container, shadow } from '../../support/catalogue.js';

const nameOf = (element: Element) => (element.hasAttribute('part') ? `${element.localName}[part=${element.getAttribute('part')}]` : element.localName);

/** Connects a <si-catalogue> in `box` and records every element its shadow root ever received. */
async function addedDuringFirstRender(box: HTMLElement): Promise<{ el: HTMLElementTagNameMap['si-catalogue']; added: string[] }> {
  const el = document.createElement('si-catalogue');
  el.group = '社会保障卡服务';
  box.append(el);
  // The shadow root exists from connection; the first render happens in a later microtask.
  const added: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) added.push(...[node, ...node.querySelectorAll('*')].map(nameOf));
    }
  });
  observer.observe(shadow(el), { childList: true, subtree: true });
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return { el, added };
}

describe('<si-catalogue> view="auto" picks table or cards before its first render', () => {
  it('draws cards in a phone-width column without ever building the table', async () => {
    const { el, added } = await addedDuringFirstRender(container('360px'));
    expect(shadow(el).querySelectorAll('[part="card"]').length).to.equal(3);
    expect(added).to.not.include('table[part=table]');
  });

  it('draws the table in a wide column without ever building cards', async () => {
    const { el, added } = await addedDuringFirstRender(container('1200px'));
    expect(shadow(el).querySelector('table')).to.not.equal(null);
    expect(added).to.not.include('li[part=card]');
  });

  it('counts 48em of the element’s font size as the limit', () => {
    expect(isNarrow(767, 16)).to.equal(true);
    expect(isNarrow(768, 16)).to.equal(false);
    expect(isNarrow(863, 18)).to.equal(true);
    expect(isNarrow(864, 18)).to.equal(false);
  });
});
