// The validators are a chunk of their own (src/catalogue/catalogue-checks.ts), imported when a
// `catalogue` property, `src` or `overlay-src` is set: a property set before it arrives, the
// element once it has, and the message when it cannot load. Each test page starts without the
// chunk, so the first test sees it arrive.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { builtinCatalogue } from '../../../src/catalogue/builtin.js';
import { CatalogueSource } from '../../../src/components/catalogue/catalogue-source.js';
import type { SiCatalogue } from '../../../src/catalogue.js';
import '../../../src/catalogue.js';
import type { ErrorDetail } from '../../../src/internal/events.js';
import { expectConsole } from '../../support/console-guard.js';
import { StandInHost } from '../../support/stand-in-host.js';

// Not test/support/catalogue.ts: it loads the chunk before the tests.
const shadow = (el: SiCatalogue) => el.shadowRoot!;
const rowSeqs = (el: SiCatalogue) => [...shadow(el).querySelectorAll<HTMLElement>('[data-seq]')].map((row) => Number(row.dataset.seq));
const busy = (el: SiCatalogue) => shadow(el).querySelector('[aria-busy="true"]') !== null;

/** A valid catalogue that is not the built-in object: the first three items. */
const firstThree = { ...builtinCatalogue, items: builtinCatalogue.items.slice(0, 3) };

class SourceHost extends StandInHost {
  src = '';
  overlaySrc = '';
  catalogue: unknown = undefined;
  timeout = undefined;
}

describe('the validators chunk', () => {
  it('an invalid property set before the chunk arrives: loading, then the same listed, localized problems', async () => {
    const el = await fixture<SiCatalogue>(html`<si-catalogue .catalogue=${{ ...firstThree, title: 42 }}></si-catalogue>`);
    // The built-in rows are never shown in its place, nor an error before it is checked.
    expect(busy(el)).to.equal(true);
    expect(rowSeqs(el)).to.deep.equal([]);
    await waitUntil(() => shadow(el).querySelector('[role="alert"]') !== null, 'the error is shown');
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('目录加载失败');
    // The path in the element's words (zh-CN), not the English message.
    expect([...alert.querySelectorAll('code')].map((code) => code.textContent)).to.deep.equal(['title：应为非空字符串，实际为 42']);
  });

  it('a valid property once the chunk is here is checked at once, as the element renders', async () => {
    const el = await fixture<SiCatalogue>(html`<si-catalogue view="table" .catalogue=${firstThree}></si-catalogue>`);
    expect(busy(el)).to.equal(false);
    expect(rowSeqs(el)).to.deep.equal(firstThree.items.map((item) => item.seq));
  });

  it('the built-in catalogue needs no validators: rows from the first render', async () => {
    const el = await fixture<SiCatalogue>(html`<si-catalogue view="table"></si-catalogue>`);
    expect(rowSeqs(el).length).to.be.greaterThan(0);
  });

  it('a chunk that cannot load (404, CSP) is a visible problem naming the file, announced once, with 重试 loading it again', async () => {
    const errors = expectConsole(/the code that checks catalogue data could not be loaded/);
    const host = new SourceHost();
    const problems: ErrorDetail[] = [];
    let attempts = 0;
    const url = 'https://example.invalid/static/si-catalogue.catalogue-checks-AbCd1234.js';
    const source = new CatalogueSource(host, {
      loadChecks: () => {
        attempts += 1;
        return Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`));
      },
    });
    host.addEventListener('si-error', (event) => problems.push((event as CustomEvent<ErrorDetail>).detail));
    host.catalogue = firstThree;
    host.connected();
    source.inputsChanged();
    expect(source.state.loading).to.equal(true);
    await waitUntil(() => source.state.problem !== undefined, 'the problem is shown, not a skeleton forever');
    expect(source.state.problem).to.deep.include({ kind: 'network', url });
    expect(source.state.catalogue).to.equal(undefined);
    expect(errors).to.have.length(1);
    host.updated();
    host.updated();
    expect(problems.map((detail) => detail.problem)).to.deep.equal([source.state.problem]);
    source.retry();
    expect(source.state.loading).to.equal(true);
    await waitUntil(() => source.state.problem !== undefined);
    expect(attempts).to.equal(2);
  });
});
