import { expect } from '@open-wc/testing';
import { safeHref } from '../../src/internal/safe-url.js';

describe('safeHref', () => {
  it('keeps http(s), protocol-relative and relative URLs', () => {
    for (const url of ['https://a.example/x', 'HTTP://a.example', '//a.example/x', '/guides/1.html', 'guides/1.html', '#si-item-1', '?q=1']) {
      expect(safeHref(url), url).to.equal(url);
    }
  });

  it('drops other schemes, including ones hidden by whitespace or case', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:x',
      '\u0001javascript:x',
      'data:text/html,x',
      'vbscript:x',
      'mailto:a@b.c',
      'file:///etc/passwd',
    ]) {
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
