import { expect, fixture, html } from '@open-wc/testing';
import { lazyTranslations, loadTranslations, localize, pendingTranslations } from '../../src/utilities/localize.js';
import { SiElement } from '../../src/utilities/si-element.js';

interface Words {
  hello: string;
}

/** A table whose English arrives when `release()` is called, or fails with `fail()`. */
function deferredTable(prefix: string) {
  let release!: () => void;
  let fail!: () => void;
  let requested = 0;
  const table = lazyTranslations<Words>(
    { 'zh-CN': { hello: `${prefix}你好` } },
    {
      en: () => {
        requested += 1;
        return new Promise<Words>((resolve, reject) => {
          release = () => resolve({ hello: `${prefix}Hello` });
          fail = () => reject(new Error('404'));
        });
      },
    },
  );
  return { table, release: () => release(), fail: () => fail(), requests: () => requested };
}

describe('lazyTranslations', () => {
  it('keeps a lazy locale out of the table until it is loaded, then matches it', async () => {
    const { table, release } = deferredTable('a');
    expect(table.en).to.equal(undefined);
    expect(localize(table, 'en').strings.hello).to.equal('a你好');
    const loading = loadTranslations(table, ['en']);
    release();
    await loading;
    expect(localize(table, 'en-GB').strings.hello).to.equal('aHello');
    expect(pendingTranslations('zh-CN')).to.equal(undefined);
  });

  it('renders an English element only once its strings are there: never in zh-CN first', async () => {
    const { table, release, requests } = deferredTable('b');
    const seen: string[] = [];
    class LazyWords extends SiElement {
      override render() {
        const text = this.localize(table).strings.hello;
        seen.push(text);
        return html`<p>${text}</p>`;
      }
    }
    customElements.define('si-test-lazy-words', LazyWords);
    const el = document.createElement('si-test-lazy-words') as LazyWords;
    el.lang = 'en';
    document.body.append(el);
    try {
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(seen).to.deep.equal([]);
      expect(requests()).to.equal(1);
      release();
      await el.updateComplete;
      expect(seen).to.deep.equal(['bHello']);
      expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('bHello');
    } finally {
      el.remove();
    }
  });

  it('shows zh-CN words, with one console warning, when a locale cannot be loaded', async () => {
    const { table, fail } = deferredTable('c');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    class FailedWords extends SiElement {
      override render() {
        return html`<p>${this.localize(table).strings.hello}</p>`;
      }
    }
    customElements.define('si-test-failed-words', FailedWords);
    try {
      const pending = fixture<FailedWords>(html`<si-test-failed-words lang="en"></si-test-failed-words>`);
      await new Promise((resolve) => setTimeout(resolve));
      fail();
      const el = await pending;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('c你好');
      expect(warnings.filter((w) => w.includes('en interface strings'))).to.have.length(1);
      // A failed locale is not waited for again: later elements render at once, in zh-CN.
      expect(pendingTranslations('en')).to.equal(undefined);
    } finally {
      console.warn = warn;
    }
  });
});
