// The filters, results, source and layout controllers of <si-catalogue>, each with a stand-in
// host (no element), then the layout controller's one rule in the element: no layout reads.
import { expect, html, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { builtinCatalogue } from '../../../src/catalogue/builtin.js';
import { CatalogueSearch } from '../../../src/catalogue/catalogue-search.js';
import { EMPTY_FILTER, type CatalogueFilter } from '../../../src/catalogue/filter.js';
import { CatalogueFilters, type FilterCause } from '../../../src/components/catalogue/catalogue-filters.js';
import { CatalogueResults } from '../../../src/components/catalogue/catalogue-results.js';
import { CatalogueSource } from '../../../src/components/catalogue/catalogue-source.js';
import type { LoadProblem } from '../../../src/data/fetch-json.js';
import type { Catalogue } from '../../../src/data/types.js';
import { container, exampleCatalogue, renderCatalogue, shadow } from '../../support/catalogue.js';

class StandInHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates += 1;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
  updated(): void {
    for (const controller of this.controllers) controller.hostUpdated?.();
  }
}

class FilterHost extends StandInHost implements CatalogueFilter {
  query = '';
  group = '';
  level: CatalogueFilter['level'] = '';
  channel = '';
  syncUrl = false;
  id = '';
  localName = 'si-catalogue';
}

describe('CatalogueFilters', () => {
  const catalogue = exampleCatalogue([{ name: '示例事项甲' }, { name: '示例事项乙', group: '示例一级事项乙' }]);

  it('ignores a group the catalogue does not have, warning once, and keeps the rest', () => {
    const host = new FilterHost();
    const filters = new CatalogueFilters(host, { onChange: () => {} });
    host.group = '不存在的事项';
    host.query = '示例';
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      expect(filters.current(catalogue)).to.deep.equal({ ...EMPTY_FILTER, query: '示例' });
      expect(filters.current(catalogue)).to.equal(filters.current(catalogue), 'computed once per state');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.include('不存在的事项');
  });

  it('applies a person’s change once, with its cause, and nothing for no change', () => {
    const host = new FilterHost();
    const changes: Array<[CatalogueFilter, FilterCause]> = [];
    const filters = new CatalogueFilters(host, { onChange: (next, cause) => changes.push([next, cause]) });
    filters.apply({ ...EMPTY_FILTER, query: '示例' }, catalogue, 'typing');
    filters.apply({ ...EMPTY_FILTER, query: '示例' }, catalogue, 'typing');
    expect(host.query).to.equal('示例');
    filters.clear(catalogue);
    expect(host.query).to.equal('');
    expect(changes.map(([next, cause]) => [next.query, cause])).to.deep.equal([
      ['示例', 'typing'],
      ['', 'other'],
    ]);
  });
});

describe('CatalogueResults', () => {
  const search = () => new CatalogueSearch(new StandInHost(), { precomputed: () => undefined });

  it('computes the results once per catalogue, filter and order', () => {
    const results = new CatalogueResults(new StandInHost(), search());
    const first = results.find(builtinCatalogue, { ...EMPTY_FILTER, query: '社保卡' }, false);
    expect(first.matching.length).to.be.greaterThan(0);
    expect(results.find(builtinCatalogue, { ...EMPTY_FILTER, query: '社保卡' }, false)).to.equal(first);
    const official = results.find(builtinCatalogue, { ...EMPTY_FILTER, query: '社保卡' }, true);
    expect(official).to.not.equal(first);
    expect(official.matching.map((item) => item.seq)).to.deep.equal(first.matching.map((item) => item.seq).sort((a, b) => a - b));
    expect(results.find(builtinCatalogue, { ...EMPTY_FILTER, level: 'township' }, false).matching.every((item) => item.levels.township)).to.equal(true);
  });

  it('builds the index at idle after a render that shows the catalogue, before any query', async () => {
    const catalogueSearch = search();
    let built = 0;
    const prepare = catalogueSearch.prepare.bind(catalogueSearch);
    catalogueSearch.prepare = (catalogue) => {
      built += 1;
      prepare(catalogue);
    };
    const host = new StandInHost();
    const results = new CatalogueResults(host, catalogueSearch);
    results.showing(builtinCatalogue);
    expect(built).to.equal(0);
    host.updated();
    expect(built).to.equal(1);
  });
});

class SourceHost extends StandInHost {
  src = '';
  overlaySrc = '';
  catalogue: unknown = undefined;
  timeout = undefined;
}

describe('CatalogueSource', () => {
  it('gives the built-in catalogue, a valid property, or the problem with an invalid one, reporting each once', () => {
    const host = new SourceHost();
    const loaded: Catalogue[] = [];
    const problems: LoadProblem[] = [];
    const source = new CatalogueSource(host, { onLoad: (catalogue) => loaded.push(catalogue), onError: (problem) => problems.push(problem) });
    expect(source.state.catalogue).to.equal(builtinCatalogue);
    host.updated();
    expect(loaded).to.deep.equal([], 'the built-in catalogue is no si-load');
    host.catalogue = exampleCatalogue([{ name: '示例事项' }]);
    expect(source.state.catalogue!.items[0]!.name).to.equal('示例事项');
    host.updated();
    host.updated();
    expect(loaded).to.have.length(1);
    host.catalogue = { title: 42 };
    expect(source.state.problem?.kind).to.equal('invalid');
    host.updated();
    host.updated();
    expect(problems).to.have.length(1);
    expect(source.fetches).to.equal(false);
  });
});

describe('<si-catalogue> layout', () => {
  it('follows its width from the ResizeObserver entry, without reading layout', async () => {
    const box = container('1200px');
    const el = await renderCatalogue(html`<si-catalogue group="社会保障卡服务"></si-catalogue>`, box);
    expect(shadow(el).querySelector('table')).to.not.equal(null);
    let reads = 0;
    const read = Element.prototype.getBoundingClientRect;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      reads += 1;
      return read.call(this);
    };
    try {
      box.style.inlineSize = '360px';
      await waitUntil(() => shadow(el).querySelector('[part="card"]') !== null, 'no cards at 360px');
    } finally {
      Element.prototype.getBoundingClientRect = read;
    }
    expect(reads).to.equal(0);
  });
});
