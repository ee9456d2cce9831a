// The bundle's on-demand elements (src/lazy-elements.ts): a lazy element's module is imported
// when one is in the document, and only then.
import { expect, waitUntil } from '@open-wc/testing';
import { lazyElements, type ElementLoader } from '../src/lazy-elements.js';

let serial = 0;

/** A fresh tag and a loader that defines it, counting its calls. */
function lazyTag(fail = false): { tag: string; loader: ElementLoader; calls: () => number } {
  const tag = `si-lazy-test-${++serial}`;
  let calls = 0;
  const loader: ElementLoader = async () => {
    calls++;
    if (fail && calls === 1) throw new Error('offline');
    if (customElements.get(tag) === undefined) customElements.define(tag, class extends HTMLElement {});
  };
  return { tag, loader, calls: () => calls };
}

describe('lazyElements', () => {
  const watchers: { disconnect(): void }[] = [];
  const holder = () => document.body.appendChild(document.createElement('div'));

  afterEach(() => {
    for (const watcher of watchers.splice(0)) watcher.disconnect();
    document.querySelectorAll('[data-lazy-test]').forEach((element) => element.remove());
  });

  it('imports the module of an element already in the document', async () => {
    const { tag, loader, calls } = lazyTag();
    const box = holder();
    box.dataset.lazyTest = '';
    box.innerHTML = `<p><${tag}></${tag}></p>`;
    watchers.push(lazyElements({ [tag]: loader }));
    await waitUntil(() => customElements.get(tag) !== undefined, 'not defined');
    expect(calls()).to.equal(1);
    expect(box.querySelector(tag)).to.be.instanceOf(customElements.get(tag)!);
  });

  it('imports nothing while no such element is in the document, and then once when one is added', async () => {
    const { tag, loader, calls } = lazyTag();
    watchers.push(lazyElements({ [tag]: loader }));
    const detached = document.createElement(tag);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(calls()).to.equal(0);
    const box = holder();
    box.dataset.lazyTest = '';
    box.append(detached);
    await waitUntil(() => customElements.get(tag) !== undefined, 'not defined after it was added');
    box.append(document.createElement(tag));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(calls()).to.equal(1);
  });

  it('defines elements on request, for shadow roots the document does not show', async () => {
    const { tag, loader, calls } = lazyTag();
    const other = lazyTag();
    const elements = lazyElements({ [tag]: loader, [other.tag]: other.loader });
    watchers.push(elements);
    const box = holder();
    box.dataset.lazyTest = '';
    box.attachShadow({ mode: 'open' }).innerHTML = `<${tag}></${tag}>`;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(calls()).to.equal(0);
    await elements.define(tag);
    expect(customElements.get(tag)).to.not.equal(undefined);
    expect(other.calls()).to.equal(0);
    await elements.define();
    expect(customElements.get(other.tag)).to.not.equal(undefined);
  });

  it('reports a failed import once and tries again when such an element is added again', async () => {
    const { tag, loader, calls } = lazyTag(true);
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      watchers.push(lazyElements({ [tag]: loader }));
      const box = holder();
      box.dataset.lazyTest = '';
      box.append(document.createElement(tag));
      await waitUntil(() => errors.length === 1, 'no error reported');
      expect(String(errors[0]![0])).to.contain(`<${tag}>`);
      expect(customElements.get(tag)).to.equal(undefined);
      box.append(document.createElement(tag));
      await waitUntil(() => customElements.get(tag) !== undefined, 'not retried');
      expect(calls()).to.equal(2);
      expect(errors).to.have.length(1);
    } finally {
      console.error = original;
    }
  });
});
