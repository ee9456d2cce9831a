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

// Without the declaration each of these tests fails (test/node/console-guard.test.js runs a file
// whose undeclared warnings fail); the second proves Lit's once-a-page printing is reset per test.
describe('the console guard and Lit dev-mode warnings', () => {
  for (const round of [1, 2]) {
    it(`sees a change-in-update warning (test ${round}: each test, though Lit prints a warning once per page)`, async () => {
      const warnings = expectConsole('lit.dev/msg/change-in-update');
      const el = await fixture<RendersTwice>(html`<console-guard-renders-twice></console-guard-renders-twice>`);
      await el.updateComplete;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('console-guard-renders-twice');
    });
  }
});
