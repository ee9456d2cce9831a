import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LoadError } from '../../src/data/fetch-json.js';
import { makeError } from '../../src/data/validation-core.js';
import { complete, fetchValidated, invalid, LoadController, problemOf, type LoadState } from '../../src/internal/load-controller.js';

/** A host whose load resolves when the test says so. */
class LoadTestElement extends LitElement {
  static override properties = { src: {} };

  src = '';

  direct: LoadState<string> = { status: 'idle' };

  pending: Array<{ key: string; resolve: (value: string) => void; reject: (error: unknown) => void; signal: AbortSignal }> = [];

  readonly loader = new LoadController(this, {
    key: () => (this.src === '' ? undefined : ([this.src] as const)),
    load: ([key], signal) => new Promise<string>((resolve, reject) => this.pending.push({ key, resolve, reject, signal })),
    direct: () => this.direct,
    announce: { load: (value) => (value === 'built-in' ? undefined : { catalogue: { title: value } as never }) },
  });

  override willUpdate() {
    this.loader.inputsChanged();
  }
}
customElements.define('si-load-test', LoadTestElement);

function events(el: Element) {
  const heard: string[] = [];
  el.addEventListener('si-load', (event) => heard.push(`load:${(event as CustomEvent<{ catalogue: { title: string } }>).detail.catalogue.title}`));
  el.addEventListener('si-error', (event) => heard.push(`error:${(event as CustomEvent<{ message: string }>).detail.message}`));
  return heard;
}

describe('LoadController (src/internal/load-controller.ts)', () => {
  it('shows the direct outcome when there is nothing to load, and announces it once', async () => {
    const el = document.createElement('si-load-test') as LoadTestElement;
    el.direct = complete('示例目录');
    const heard = events(el);
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.loader.value).to.equal('示例目录');
      el.requestUpdate();
      await el.updateComplete;
      expect(heard).to.deep.equal(['load:示例目录']);
      el.direct = complete('built-in');
      el.requestUpdate();
      await el.updateComplete;
      expect(heard).to.deep.equal(['load:示例目录']);
    } finally {
      el.remove();
    }
  });

  it('announces a problem once, the same ErrorDetail shape for every element', async () => {
    const el = document.createElement('si-load-test') as LoadTestElement;
    el.direct = invalid([makeError('items[0].name', 'missing')]);
    const heard = events(el);
    document.body.append(el);
    try {
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(heard).to.have.length(1);
      expect(heard[0]).to.match(/^error:The data has 1 problem/);
    } finally {
      el.remove();
    }
  });

  it('loads when there is a key: loading, then the value, announced after the render that shows it', async () => {
    const el = await fixture<LoadTestElement>(html`<si-load-test src="/a.json"></si-load-test>`);
    const heard = events(el);
    expect(el.loader.outcome.status).to.equal('loading');
    el.pending[0].resolve('甲');
    await waitUntil(() => heard.length === 1, 'announced');
    expect(el.loader.value).to.equal('甲');
    expect(heard).to.deep.equal(['load:甲']);
  });

  it('aborts the earlier request when the key changes, and ignores its late answer', async () => {
    const el = await fixture<LoadTestElement>(html`<si-load-test src="/a.json"></si-load-test>`);
    const heard = events(el);
    el.src = '/b.json';
    await el.updateComplete;
    expect(el.pending[0].signal.aborted).to.equal(true);
    el.pending[0].resolve('旧');
    el.pending[1].resolve('新');
    await waitUntil(() => heard.length === 1, 'announced');
    expect(el.loader.value).to.equal('新');
  });

  it('turns a failed load into a shown and announced problem; a LoadError keeps its own', async () => {
    const el = await fixture<LoadTestElement>(html`<si-load-test src="/a.json"></si-load-test>`);
    const heard = events(el);
    el.pending[0].reject(new LoadError({ kind: 'http', url: '/a.json', status: 500 }));
    await waitUntil(() => heard.length === 1, 'announced');
    expect(el.loader.outcome).to.deep.equal({ status: 'error', problem: { kind: 'http', url: '/a.json', status: 500 } });
    expect(problemOf(new TypeError('bug')).kind).to.equal('invalid');
  });

  it('fetchValidated: fetches, then rejects invalid data naming the URL', async () => {
    const url = `/__si-test/echo?body=${btoa('{"a":1}').replace(/=+$/, '')}`;
    const value = await fetchValidated(url, 5, new AbortController().signal, (input) => ({ ok: true, value: input }));
    expect(value).to.deep.equal({ a: 1 });
    let failure: unknown;
    try {
      await fetchValidated(url, 5, new AbortController().signal, () => ({ ok: false, errors: [] }));
    } catch (error) {
      failure = error;
    }
    expect(failure).to.be.instanceOf(LoadError);
    expect((failure as LoadError).problem).to.deep.equal({ kind: 'invalid', url, errors: [] });
  });
});
