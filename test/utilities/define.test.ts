import { expect } from '@open-wc/testing';
import { define } from '../../src/utilities/define.js';
import { VERSION } from '../../src/version.js';

describe('define', () => {
  let counter = 0;
  const uniqueTag = () => `si-define-test-${++counter}`;

  function versioned(version: string) {
    return class extends HTMLElement {
      static readonly siVersion = version;
    };
  }

  function captureWarnings(run: () => void): string[] {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      run();
    } finally {
      console.warn = original;
    }
    return warnings;
  }

  it('registers an element that is not defined yet', () => {
    const tag = uniqueTag();
    const Element = versioned(VERSION);
    define(tag, Element);
    expect(customElements.get(tag)).to.equal(Element);
  });

  it('skips a second definition of the same version silently, keeping the first', () => {
    const tag = uniqueTag();
    const First = versioned(VERSION);
    define(tag, First);
    const warnings = captureWarnings(() => {
      define(tag, versioned(VERSION));
      define(tag, First);
    });
    expect(warnings).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(First);
  });

  it('warns once, naming both versions, when another version is already defined', () => {
    const tag = uniqueTag();
    const First = versioned('9.9.9');
    define(tag, First);
    const warnings = captureWarnings(() => {
      define(tag, versioned('1.0.0'));
      define(tag, versioned('1.0.0'));
    });
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.include(`<${tag}>`).and.include('9.9.9').and.include('1.0.0');
    expect(customElements.get(tag)).to.equal(First);
  });
});
