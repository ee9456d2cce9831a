// The console guard and Lit's dev-mode warnings: a warning Lit prints once per page is still
// caught in every test that causes it (the guard forgets Lit's record before each test).
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { expectConsole } from './console-guard.js';

/** Sets its own state after every render: Lit's change-in-update warning. */
class RendersTwice extends LitElement {
  static override properties = { count: { type: Number } };
  count = 0;
  protected override updated(): void {
    if (this.count < 1) this.count += 1;
  }
}
customElements.define('console-guard-renders-twice', RendersTwice);

describe('the console guard and Lit dev-mode warnings', () => {
  for (const round of [1, 2]) {
    it(`sees a change-in-update warning (test ${round}: in each test, though Lit prints a warning once per page)`, async () => {
      const warnings = expectConsole(/lit\.dev\/msg\/change-in-update/);
      const el = await fixture<RendersTwice>(html`<console-guard-renders-twice></console-guard-renders-twice>`);
      await el.updateComplete;
      expect(warnings).to.have.length(1);
    });
  }
});
