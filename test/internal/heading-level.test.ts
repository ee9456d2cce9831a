import { expect, fixture, html } from '@open-wc/testing';
import { headingLevel, renderHeading } from '../../src/internal/heading-level.js';

describe('headingLevel / renderHeading (src/internal/heading-level.ts)', () => {
  it('clamps to a whole level from 1 to 6, and gives the fallback for anything else', () => {
    const cases: Array<[unknown, number]> = [
      [3, 3],
      [0, 1],
      [-2, 1],
      [7, 6],
      [99, 6],
      [2.4, 2],
      [2.6, 3],
      ['4', 4],
      ['abc', 3],
      ['', 3],
      [null, 3],
      [Number.NaN, 3],
      [Infinity, 3],
    ];
    for (const [value, level] of cases) expect(headingLevel(value), String(value)).to.equal(level);
    expect(headingLevel('x', 2)).to.equal(2);
  });

  it('keeps a derived level real (a section under an h6 title is an h6)', () => {
    expect(headingLevel(6 + 1)).to.equal(6);
  });

  it('names real h1–h6 tags only', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>${renderHeading(2, 'a')}${renderHeading(9, 'b')}${renderHeading('evil><script', 'c')}</div>`);
    expect([...box.children].map((child) => child.localName)).to.deep.equal(['h2', 'h6', 'h3']);
  });

  it('renders a real heading of the clamped level with only the attributes it was given', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div>${renderHeading(4, html`<span>标题</span>`, { id: 'h', className: 'title', part: 'title', lang: 'zh-CN' })}</div>`,
    );
    const heading = box.firstElementChild!;
    expect(heading.localName).to.equal('h4');
    expect(heading.textContent).to.equal('标题');
    expect([heading.id, heading.className, heading.getAttribute('part'), heading.getAttribute('lang')]).to.deep.equal(['h', 'title', 'title', 'zh-CN']);
    expect(heading.hasAttribute('role')).to.equal(false);
    const plain = await fixture<HTMLDivElement>(html`<div>${renderHeading(9, '节')}${renderHeading('abc', '节')}</div>`);
    expect([...plain.children].map((child) => child.localName)).to.deep.equal(['h6', 'h3']);
    expect(plain.firstElementChild!.getAttributeNames()).to.deep.equal([]);
  });
});
