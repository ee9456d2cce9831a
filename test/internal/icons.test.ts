import { expect } from '@open-wc/testing';
import { render, svg } from 'lit';
import { icon, iconSprite } from '../../src/internal/icons.js';

function rendered(template: unknown): HTMLElement {
  const box = document.createElement('div');
  render(template, box);
  return box;
}

describe('icons (src/internal/icons.ts)', () => {
  it('draws a decorative 24-grid outline icon in currentColor', () => {
    const el = rendered(icon(svg`<path d="M9 6l6 6-6 6"/>`, { className: 'chevron', part: 'icon', size: '1.25em', strokeWidth: 2.5 })).querySelector('svg')!;
    expect(el.getAttribute('viewBox')).to.equal('0 0 24 24');
    expect([el.getAttribute('aria-hidden'), el.getAttribute('focusable')]).to.deep.equal(['true', 'false']);
    expect([el.getAttribute('width'), el.getAttribute('height')]).to.deep.equal(['1.25em', '1.25em']);
    expect([el.getAttribute('stroke'), el.getAttribute('fill'), el.getAttribute('stroke-width')]).to.deep.equal(['currentColor', 'none', '2.5']);
    expect([el.getAttribute('class'), el.getAttribute('part')]).to.deep.equal(['chevron', 'icon']);
    expect(el.querySelector('path')!.namespaceURI).to.equal('http://www.w3.org/2000/svg');
  });

  it('leaves out class and part when not given, and defaults to 1em and stroke 2', () => {
    const el = rendered(icon(svg`<circle cx="12" cy="12" r="3"/>`)).querySelector('svg')!;
    expect(el.hasAttribute('class') || el.hasAttribute('part')).to.equal(false);
    expect([el.getAttribute('width'), el.getAttribute('stroke-width')]).to.deep.equal(['1em', '2']);
  });

  it('writes a hidden sprite with one symbol per drawing', () => {
    const box = rendered(iconSprite({ a: svg`<path d="M1 1"/>`, b: svg`<path d="M2 2"/>` }, (name) => `test-icon-${name}`));
    const sprite = box.querySelector('svg.icon-sprite')!;
    expect(sprite.getAttribute('aria-hidden')).to.equal('true');
    expect([...sprite.querySelectorAll('symbol')].map((symbol) => symbol.id)).to.deep.equal(['test-icon-a', 'test-icon-b']);
  });
});
