import { expect } from '@open-wc/testing';
import { define } from '../src/utilities/define.js';
import { parseList } from '../src/utilities/list-attribute.js';
import { safeHref } from '../src/utilities/safe-url.js';
import { VERSION } from '../src/version.js';
import pkg from '../package.json';

describe('safeHref', () => {
  it('keeps http(s), protocol-relative and relative URLs', () => {
    for (const url of ['https://a.example/x', 'HTTP://a.example', '//a.example/x', '/guides/1.html', 'guides/1.html', '#si-item-1', '?q=1']) {
      expect(safeHref(url), url).to.equal(url);
    }
  });

  it('drops other schemes, including ones hidden by whitespace or case', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', '\u0001javascript:x', 'data:text/html,x', 'vbscript:x', 'mailto:a@b.c', 'file:///etc/passwd']) {
      expect(safeHref(url), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('treats empty input as no link', () => {
    expect(safeHref('')).to.equal(undefined);
    expect(safeHref('   ')).to.equal(undefined);
    expect(safeHref(null)).to.equal(undefined);
    expect(safeHref(undefined)).to.equal(undefined);
  });
});

describe('parseList', () => {
  it('splits on ASCII and full-width separators and drops blanks', () => {
    expect(parseList('a, b，c、d;e；f\ng')).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(parseList(' , 、 ')).to.deep.equal([]);
    expect(parseList(null)).to.deep.equal([]);
  });
});

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

describe('VERSION', () => {
  it('matches package.json', () => {
    expect(VERSION).to.equal(pkg.version);
  });
});

describe('immutableCopy', () => {
  it('copies plain data deeply and freezes the copy, keeping __proto__ keys as data', async () => {
    const { immutableCopy } = await import('../src/utilities/immutable.js');
    const source = JSON.parse('{"items":[{"name":"示例","channels":["政府网站"]}],"__proto__":{"polluted":true}}') as { items: Array<{ name: string; channels: string[] }> };
    const copy = immutableCopy(source);
    expect(copy).to.not.equal(source);
    expect(copy).to.deep.equal(source);
    expect(Object.isFrozen(copy.items[0].channels)).to.equal(true);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(copy)).to.equal(Object.prototype);
    source.items[0].name = 'changed';
    expect(copy.items[0].name).to.equal('示例');
    expect(immutableCopy(copy)).to.equal(copy);
  });
});
