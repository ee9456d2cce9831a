import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { takeLitWarnings } from './lit-warnings.js';

/** Sets its own state after every render: Lit's change-in-update warning. */
class RendersTwice extends LitElement {
  static override properties = { count: { type: Number } };
  count = 0;
  protected override updated(): void {
    if (this.count < 1) this.count += 1;
  }
}
customElements.define('lit-warnings-renders-twice', RendersTwice);

describe('the Lit dev-mode warning guard', () => {
  for (const round of [1, 2]) {
    it(`sees a change-in-update warning (test ${round}: each test, though Lit prints a warning once per page)`, async () => {
      const el = await fixture<RendersTwice>(html`<lit-warnings-renders-twice></lit-warnings-renders-twice>`);
      await el.updateComplete;
      const warnings = takeLitWarnings();
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('change-in-update');
    });
  }
});
