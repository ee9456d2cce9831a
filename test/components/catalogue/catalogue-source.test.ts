// The source controller alone, with a stand-in host that is an event target.
import { expect } from '@open-wc/testing';
import { builtinCatalogue } from '../../../src/catalogue/builtin.js';
import { CatalogueSource } from '../../../src/components/catalogue/catalogue-source.js';
import type { ErrorDetail, LoadDetail } from '../../../src/internal/events.js';
import { exampleCatalogue } from '../../support/catalogue.js';
import { StandInHost } from '../../support/stand-in-host.js';

class SourceHost extends StandInHost {
  src = '';
  overlaySrc = '';
  catalogue: unknown = undefined;
  timeout = undefined;
}

describe('CatalogueSource', () => {
  it('gives the built-in catalogue, a valid property, or the problem with an invalid one, announcing each once', () => {
    const host = new SourceHost();
    const loaded: LoadDetail[] = [];
    const problems: ErrorDetail[] = [];
    host.addEventListener('si-load', (event) => loaded.push((event as CustomEvent<LoadDetail>).detail));
    host.addEventListener('si-error', (event) => problems.push((event as CustomEvent<ErrorDetail>).detail));
    const source = new CatalogueSource(host);
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
    expect(problems[0]!.message).to.be.a('string').and.not.equal('');
    expect(source.fetches).to.equal(false);
  });
});
