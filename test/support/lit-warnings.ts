/**
 * Fails a test during which Lit printed a dev-mode warning (https://lit.dev/msg/…, e.g.
 * `change-in-update`: an element that sets its own state after rendering and renders twice).
 * Lit prints each warning once per page, so the printed ones are forgotten after every test and
 * the next test that causes one fails too. Its one-line "Lit is in dev mode" notice is not a
 * warning about the code. Installed by importing this module (the catalogue helpers do).
 */
const found: string[] = [];
const litWarning = /https:\/\/lit\.dev\/msg\/(?!dev-mode\b)/;

const warn = console.warn;
console.warn = function (this: Console, ...args: unknown[]) {
  const text = args.map(String).join(' ');
  if (litWarning.test(text)) found.push(text);
  return warn.apply(this, args);
};

/** Lit's record of printed warnings (reactive-element's dev build keeps it on globalThis). */
const printed = () => (globalThis as { litIssuedWarnings?: Set<unknown> }).litIssuedWarnings;

afterEach(() => {
  printed()?.clear();
  const warnings = found.splice(0);
  if (warnings.length > 0) throw new Error(`Lit dev-mode warning during the test: ${warnings.join(' | ')}`);
});

/** Takes the Lit warnings seen so far in this test, so they do not fail it (for a test that expects one). */
export function takeLitWarnings(): string[] {
  return found.splice(0);
}
