// <si-service-guide>'s copy and validator are a chunk (src/components/service-guide/guide-checks.ts),
// imported when `guide` or `src` is set: a property set before it arrives, the element once it
// has, and the message when it cannot load. Each test page starts without the chunk, so the first
// test sees it arrive.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import exampleGuide from '../../../demo/guide.example.json';
import { GuideSource } from '../../../src/components/service-guide/guide-source.js';
import '../../../src/service-guide.js';
import type { SiServiceGuide } from '../../../src/service-guide.js';
import { expectConsole } from '../../support/console-guard.js';
import { StandInHost } from '../../support/stand-in-host.js';

// Not test/support/catalogue.ts: it loads the chunk before the tests.
const shadow = (el: SiServiceGuide) => el.shadowRoot!;
const busy = (el: SiServiceGuide) => shadow(el).querySelector('[aria-busy="true"]') !== null;
const sectionKeys = (el: SiServiceGuide) => [...shadow(el).querySelectorAll<HTMLElement>('section.section')].map((section) => section.dataset.key);

class GuideHost extends StandInHost {
  src = '';
  guide: unknown = undefined;
  timeout = undefined;
}

describe('the guide checks chunk', () => {
  it('an invalid guide property set before the chunk arrives: loading, then the problem in the element’s words', async () => {
    const el = await fixture<SiServiceGuide>(html`<si-service-guide .guide=${42}></si-service-guide>`);
    expect(busy(el)).to.equal(true);
    await waitUntil(() => shadow(el).querySelector('[role="alert"]') !== null, 'the error is shown');
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('应为服务指南对象，实际为 42');
  });

  it('a valid guide property once the chunk is here is checked at once, as the element renders', async () => {
    const el = await fixture<SiServiceGuide>(html`<si-service-guide .guide=${exampleGuide}></si-service-guide>`);
    expect(busy(el)).to.equal(false);
    expect(sectionKeys(el)).to.include('materials');
  });

  it('a chunk that cannot load (404, CSP) is a visible problem naming the file, with 重试 loading it again', async () => {
    const errors = expectConsole(/the code that checks guide data could not be loaded/);
    const host = new GuideHost();
    let attempts = 0;
    const url = 'https://example.invalid/static/si-catalogue.guide-checks-AbCd1234.js';
    const source = new GuideSource(host, {
      loadChecks: () => {
        attempts += 1;
        return Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`));
      },
    });
    host.guide = exampleGuide;
    host.connected();
    source.inputsChanged();
    expect(source.outcome.status).to.equal('loading');
    await waitUntil(() => source.outcome.status === 'error', 'the problem is shown, not a skeleton forever');
    expect(source.outcome).to.deep.include({
      status: 'error',
      problem: { kind: 'network', url, detail: `Failed to fetch dynamically imported module: ${url}` },
    });
    expect(errors).to.have.length(1);
    source.retry();
    expect(source.outcome.status).to.equal('loading');
    await waitUntil(() => source.outcome.status === 'error');
    expect(attempts).to.equal(2);
  });
});
