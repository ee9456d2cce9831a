import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { parseThemes, ThemeController } from '../../src/internal/theme-controller.js';

class ThemeTestElement extends LitElement {
  readonly theme = new ThemeController(this);

  renders = 0;

  override render() {
    this.renders += 1;
    return html`<p>示例</p>`;
  }
}
customElements.define('si-theme-controller-test', ThemeTestElement);

describe('ThemeController (src/internal/theme-controller.ts)', () => {
  it('reads known theme names in order, without default or repeats', () => {
    expect(parseThemes('elder, red elder default')).to.deep.equal(['elder', 'red']);
  });

  it('applies an ancestor’s theme change without rendering the host again', async () => {
    const box = await fixture<HTMLDivElement>(html`<div data-si-theme="elder"><si-theme-controller-test></si-theme-controller-test></div>`);
    const el = box.querySelector<ThemeTestElement>('si-theme-controller-test')!;
    await el.updateComplete;
    expect(el.getAttribute('data-si-applied-theme')).to.equal('elder');
    const renders = el.renders;
    box.setAttribute('data-si-theme', 'high-contrast');
    await waitUntil(() => el.getAttribute('data-si-applied-theme') === 'high-contrast', 'follows the ancestor');
    expect(el.theme.has('high-contrast')).to.equal(true);
    await el.updateComplete;
    expect(el.renders).to.equal(renders);
  });
});
