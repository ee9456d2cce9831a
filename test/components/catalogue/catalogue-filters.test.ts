// The filters controller alone, with a stand-in host.
import { expect } from '@open-wc/testing';
import { EMPTY_FILTER, type CatalogueFilter } from '../../../src/catalogue/filter.js';
import { CatalogueFilters, type FilterCause } from '../../../src/components/catalogue/catalogue-filters.js';
import { exampleCatalogue } from '../../support/catalogue.js';
import { StandInHost } from '../../support/stand-in-host.js';

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
