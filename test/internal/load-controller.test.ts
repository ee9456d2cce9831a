import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LoadError } from '../../src/data/fetch-json.js';
import { GRACE_MS, LATE_MS } from '../../src/data/time-limit.js';
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

/**
 * A page whose main thread is busy, made up: timers of a second or more are held for the test to
 * run (as late as it likes: `performance.now()` stands still but for the test), and fetch() answers
 * when told.
 * Shorter timers (Mocha's, waitUntil's) run as usual. `restore()` puts everything back.
 */
function busyPage() {
  const realSetTimeout = window.setTimeout;
  const realClearTimeout = window.clearTimeout;
  const realFetch = window.fetch;
  let offset = 0;
  let nextId = 1e9;
  const timers: Array<{ id: number; ms: number; run: () => void; cancelled: boolean }> = [];
  const answers: Array<(response: Response) => void> = [];
  window.setTimeout = ((handler: () => void, ms = 0, ...rest: unknown[]) => {
    if (ms < 1000) return realSetTimeout(handler, ms, ...rest);
    const timer = { id: nextId++, ms, run: handler, cancelled: false };
    timers.push(timer);
    return timer.id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    const timer = timers.find((t) => t.id === id);
    if (timer) timer.cancelled = true;
    else realClearTimeout(id);
  }) as typeof window.clearTimeout;
  // Frozen but for what the test moves on, so lateness is exactly what it says.
  const start = performance.now();
  performance.now = () => start + offset;
  window.fetch = (_input, init) =>
    new Promise<Response>((resolve, reject) => {
      answers.push(resolve);
      init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
    });
  return {
    timers,
    /** Runs the latest timer `late` ms after it was due (the main thread was blocked that long). */
    runLatest(late: number) {
      const timer = timers[timers.length - 1]!;
      expect(timer.cancelled, 'the timer to run was cancelled').to.equal(false);
      offset += timer.ms + late;
      timer.run();
    },
    answer(body: string) {
      answers.shift()!(new Response(body, { headers: { 'content-type': 'application/json' } }));
    },
    restore() {
      window.setTimeout = realSetTimeout;
      window.clearTimeout = realClearTimeout;
      window.fetch = realFetch;
      delete (performance as { now?: unknown }).now;
    },
  };
}

async function outcome(promise: Promise<unknown>): Promise<{ value?: unknown; error?: unknown }> {
  try {
    return { value: await promise };
  } catch (error) {
    return { error };
  }
}

describe('fetchValidated on a busy page (the time limit, src/data/time-limit.ts)', () => {
  const accept = (input: unknown) => ({ ok: true as const, value: input });

  it('uses an answer that arrives when the page is free again, though the time limit ran 3 s late', async () => {
    const page = busyPage();
    try {
      const loading = outcome(fetchValidated('/busy.json', 12, new AbortController().signal, accept));
      expect(page.timers.map((t) => t.ms)).to.deep.equal([12000]);
      // The thread was blocked past the limit: the timer runs 3 s late, then the answer waiting behind it.
      page.runLatest(3000);
      page.answer('{"a":1}');
      expect(await loading).to.deep.equal({ value: { a: 1 } });
      // The grace period lasted as long as the timer was late, and was cancelled by the answer.
      expect(page.timers.map((t) => t.ms)).to.deep.equal([12000, 3000]);
      expect(page.timers[1]!.cancelled).to.equal(true);
    } finally {
      page.restore();
    }
  });

  it('still times out a server that does not answer: the grace timer runs on time and the limit expires', async () => {
    const page = busyPage();
    try {
      const loading = outcome(fetchValidated('/busy.json', 12, new AbortController().signal, accept));
      page.runLatest(LATE_MS);
      expect(page.timers.map((t) => t.ms)).to.deep.equal([12000, GRACE_MS]);
      page.runLatest(0);
      const { error } = await loading;
      expect(error).to.be.instanceOf(LoadError);
      expect((error as LoadError).problem).to.deep.equal({ kind: 'timeout', url: '/busy.json', seconds: 12 });
    } finally {
      page.restore();
    }
  });

  it('times out at once when the time limit runs on time (a free page, a silent server)', async () => {
    const page = busyPage();
    try {
      const loading = outcome(fetchValidated('/busy.json', 12, new AbortController().signal, accept));
      page.runLatest(LATE_MS - 1);
      const { error } = await loading;
      expect((error as LoadError).problem).to.deep.equal({ kind: 'timeout', url: '/busy.json', seconds: 12 });
      expect(page.timers).to.have.length(1);
    } finally {
      page.restore();
    }
  });

  it('on a page that stays busy, gives up after the limit once more in grace periods', async () => {
    const page = busyPage();
    try {
      let settled = false;
      const loading = outcome(fetchValidated('/busy.json', 12, new AbortController().signal, accept)).finally(() => (settled = true));
      for (let turn = 0; turn < 20 && !settled; turn++) {
        page.runLatest(5000);
        await Promise.resolve();
      }
      const { error } = await loading;
      expect((error as LoadError).problem.kind).to.equal('timeout');
      const grace = page.timers.slice(1).reduce((sum, t) => sum + t.ms, 0);
      expect(grace).to.equal(12000);
    } finally {
      page.restore();
    }
  });
});
