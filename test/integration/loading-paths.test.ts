// Every fetch path (catalogue src, catalogue overlay-src, guide src) against servers that are
// slow, never answer, stall mid-body, and against the element being aborted or moved while it
// loads. Servers: the /__si-test/ routes of web-test-runner.config.js.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import exampleGuide from '../../demo/guide.example.json';
import overlayExample from '../../demo/overlay.example.json';
import type { SiCatalogue } from '../../src/catalogue.js';
import '../../src/catalogue.js';
import type { SiServiceGuide } from '../../src/service-guide.js';
import '../../src/service-guide.js';
import { exampleCatalogue } from '../support/catalogue.js';
import { echoUrl, HANG, RESET, STALL } from '../support/test-servers.js';

type LoadingElement = SiCatalogue | SiServiceGuide;

interface FetchPath {
  name: string;
  /** Mounts the element loading `url` with the given `timeout` attribute. */
  mount(url: string, timeout?: string): Promise<LoadingElement>;
  /** A URL with good data for this path, answered after `delay` ms. */
  good(delay?: number): string;
  /** Text the loaded element shows. */
  loadedText: string;
}

const catalogue = exampleCatalogue([{ name: '示例事项（从测试服务器加载）' }]);

const PATHS: FetchPath[] = [
  {
    name: '<si-catalogue src>',
    mount: (url, timeout) => fixture<SiCatalogue>(html`<si-catalogue view="table" src=${url} timeout=${timeout ?? ''}></si-catalogue>`),
    good: (delay) => echoUrl(catalogue, { delay }),
    loadedText: '示例事项（从测试服务器加载）',
  },
  {
    name: '<si-catalogue overlay-src>',
    mount: (url, timeout) => fixture<SiCatalogue>(html`<si-catalogue view="table" overlay-src=${url} timeout=${timeout ?? ''}></si-catalogue>`),
    good: (delay) => echoUrl(overlayExample, { delay }),
    loadedText: overlayExample.title,
  },
  {
    name: '<si-service-guide src>',
    mount: (url, timeout) => fixture<SiServiceGuide>(html`<si-service-guide src=${url} timeout=${timeout ?? ''}></si-service-guide>`),
    good: (delay) => echoUrl(exampleGuide, { delay }),
    loadedText: '申请材料',
  },
];

const root = (el: LoadingElement) => el.shadowRoot!;
const busy = (el: LoadingElement) => root(el).querySelector('[aria-busy="true"]') !== null;
const alertText = (el: LoadingElement) => root(el).querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

/** Collects si-error events and uncaught errors for the test's duration. */
function watch(el: EventTarget) {
  const events: CustomEvent[] = [];
  const uncaught: string[] = [];
  const onEvent = (event: Event) => events.push(event as CustomEvent);
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
  el.addEventListener('si-error', onEvent);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    events,
    uncaught,
    stop() {
      el.removeEventListener('si-error', onEvent);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

for (const path of PATHS) {
  describe(`${path.name} loading`, () => {
    it('shows the busy state while a slow server answers, then the data', async () => {
      const el = await path.mount(path.good(400));
      expect(busy(el)).to.equal(true);
      await waitUntil(() => root(el).textContent!.includes(path.loadedText), 'not loaded', { timeout: 5000 });
      expect(busy(el)).to.equal(false);
      expect(alertText(el)).to.equal('');
    });

    it('ends a server that never answers with a visible error naming the URL, with 重试', async () => {
      const el = await path.mount(HANG, '0.3');
      const watcher = watch(el);
      try {
        await waitUntil(() => alertText(el) !== '', 'no error after the time limit', { timeout: 5000 });
        expect(alertText(el)).to.include(HANG).and.include('0.3 秒');
        expect(root(el).querySelector('[role="alert"] button')!.textContent).to.include('重试');
        expect(busy(el)).to.equal(false);
        await waitUntil(() => watcher.events.length === 1, 'no si-error');
        expect(watcher.events[0]!.detail.problem).to.deep.equal({ kind: 'timeout', url: HANG, seconds: 0.3 });
        expect(watcher.uncaught).to.deep.equal([]);
      } finally {
        watcher.stop();
      }
    });

    it('ends a server that stalls in the middle of the body with the same error', async () => {
      const el = await path.mount(STALL, '0.3');
      await waitUntil(() => alertText(el) !== '', 'no error after the time limit', { timeout: 5000 });
      expect(alertText(el)).to.include(STALL).and.include('秒内没有完整响应');
    });

    it('a connection the server drops mid-body is a visible network error naming the URL, never an AbortError', async () => {
      const el = await path.mount(RESET);
      await waitUntil(() => alertText(el) !== '', 'no error', { timeout: 5000 });
      expect(alertText(el)).to.include(RESET).and.include('无法连接到').and.not.include('AbortError');
    });

    it('refuses an answer larger than 10 MB, declared or not, with a message naming the URL', async () => {
      for (const url of [new URL('/__si-test/large', location.href).href, new URL('/__si-test/large?chunked', location.href).href]) {
        const el = await path.mount(url);
        await waitUntil(() => alertText(el) !== '', 'no error', { timeout: 5000 });
        expect(alertText(el)).to.include(url).and.include('超过 10 MB');
      }
    });

    it('retries after a time-out and shows the data once the server answers', async () => {
      const el = await path.mount(HANG, '0.2');
      await waitUntil(() => alertText(el) !== '', 'no error', { timeout: 5000 });
      if ('src' in el && path.name !== '<si-catalogue overlay-src>') el.src = path.good();
      else (el as SiCatalogue).overlaySrc = path.good();
      await waitUntil(() => root(el).textContent!.includes(path.loadedText), 'not loaded after the source changed', { timeout: 5000 });
      expect(alertText(el)).to.equal('');
    });

    it('moved while loading: no error, no AbortError, loads again once back on the page', async () => {
      const el = await path.mount(path.good(300));
      const watcher = watch(el);
      try {
        const parent = el.parentElement!;
        el.remove();
        await new Promise((resolve) => setTimeout(resolve, 50));
        parent.append(el);
        await waitUntil(() => root(el).textContent!.includes(path.loadedText), 'not loaded after the move', { timeout: 5000 });
        expect(alertText(el)).to.equal('');
        expect(root(el).textContent).to.not.include('AbortError').and.not.include('无法连接');
        expect(watcher.events).to.deep.equal([]);
        expect(watcher.uncaught).to.deep.equal([]);
      } finally {
        watcher.stop();
      }
    });

    it('aborted by removal: the request is cancelled, nothing is shown or announced, and it stays quiet', async () => {
      const signals: AbortSignal[] = [];
      const realFetch = window.fetch;
      window.fetch = (input, init) => {
        if (init?.signal) signals.push(init.signal);
        return realFetch(input, init);
      };
      let el: LoadingElement;
      try {
        el = await path.mount(HANG, '0.2');
      } finally {
        window.fetch = realFetch;
      }
      const watcher = watch(el);
      try {
        el.remove();
        expect(signals.length).to.equal(1);
        expect(signals[0]!.aborted).to.equal(true);
        // Past the time limit: a removed element does not time out either.
        await new Promise((resolve) => setTimeout(resolve, 400));
        expect(alertText(el)).to.equal('');
        expect(watcher.events).to.deep.equal([]);
        expect(watcher.uncaught).to.deep.equal([]);
      } finally {
        watcher.stop();
      }
    });

    it('moved twice while a server hangs, then times out once, with the URL', async () => {
      const el = await path.mount(HANG, '0.3');
      const watcher = watch(el);
      try {
        const parent = el.parentElement!;
        for (let round = 0; round < 2; round += 1) {
          el.remove();
          parent.append(el);
        }
        await waitUntil(() => alertText(el) !== '', 'no error', { timeout: 5000 });
        expect(alertText(el)).to.include(HANG);
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(watcher.events.length).to.equal(1);
      } finally {
        watcher.stop();
      }
    });
  });
}

describe('timeout attribute', () => {
  it('falls back to 15 s for unusable values and accepts full-width digits', async () => {
    const { timeoutSeconds } = await import('../../src/data/fetch-json.js');
    expect(timeoutSeconds(undefined)).to.equal(15);
    expect(timeoutSeconds('')).to.equal(15);
    expect(timeoutSeconds('abc')).to.equal(15);
    expect(timeoutSeconds('-1')).to.equal(15);
    expect(timeoutSeconds('０.５')).to.equal(0.5);
    expect(timeoutSeconds(' 20 ')).to.equal(20);
    expect(timeoutSeconds('1e9')).to.equal(600);
  });
});
