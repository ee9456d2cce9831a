/**
 * Fails a unit test on a `console.warn` or `console.error` it did not expect.
 *
 * web-test-runner.config.js loads this module for every test file, right after Mocha and before
 * the test file (`testRunnerHtml`). From the start of each test (its `beforeEach` hooks included)
 * to its end, every warning and error is recorded; a test that logged one it did not declare fails
 * with the messages listed. The messages still reach the console (and the runner's browser logs).
 *
 * A test that expects a message declares it, inside the test or a `beforeEach` hook:
 *
 * ```ts
 * const warnings = expectConsole(/heading-level "abc"/);
 * // ... act ...
 * expect(warnings).to.have.length(1); // optional: the messages that matched, in order
 * ```
 *
 * A test that replaces `console.warn` itself (and restores it) is not seen by the guard. Lit's
 * dev-mode warnings (change-in-update and the others) are console warnings too: a test that causes
 * one fails, every time, though Lit prints each once a page.
 */

type Level = 'warn' | 'error';
type Pattern = string | RegExp;

interface Recorded {
  level: Level;
  text: string;
}

interface TestRecord {
  title: string;
  messages: Recorded[];
  expected: Array<{ patterns: Pattern[]; matched: string[] }>;
}

/** Messages every test may log: Lit's one-time dev-mode notice (the tests run Lit's dev build). */
const ALWAYS_EXPECTED: Pattern[] = [/^Lit is in dev mode/];

/**
 * Lit prints each dev-mode warning (https://lit.dev/msg/…, e.g. change-in-update) once a page and
 * keeps the printed ones in this set (reactive-element's dev build). Emptied after every test, so
 * each test that causes one sees it, and fails unless it declares it.
 */
const forgetLitWarnings = () => (globalThis as { litIssuedWarnings?: Set<unknown> }).litIssuedWarnings?.clear();

let current: TestRecord | undefined;

function describeValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const matches = (text: string, pattern: Pattern) => (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text));

function record(level: Level, args: unknown[]): void {
  const text = args.map(describeValue).join(' ');
  if (ALWAYS_EXPECTED.some((pattern) => matches(text, pattern))) return;
  if (current === undefined) return;
  const declared = current.expected.find(({ patterns }) => patterns.some((pattern) => matches(text, pattern)));
  if (declared !== undefined) declared.matched.push(text);
  else current.messages.push({ level, text });
}

const installed = Symbol.for('si-console-guard');
const flags = globalThis as { [installed]?: true };
if (flags[installed]) throw new Error('test/support/console-guard.ts was loaded twice (import it by the same URL as web-test-runner.config.js)');
flags[installed] = true;

for (const level of ['warn', 'error'] as const) {
  const original = console[level];
  console[level] = function guarded(...args: unknown[]) {
    record(level, args);
    return original.apply(console, args);
  };
}

/**
 * Declares that the running test expects console warnings or errors matching any of `patterns`
 * (a string is looked for inside the message). Returns the matching messages, filled as they come.
 */
export function expectConsole(...patterns: Pattern[]): string[] {
  if (current === undefined) throw new Error('expectConsole() is called inside a test or a beforeEach hook');
  if (patterns.length === 0) throw new Error('expectConsole() needs at least one pattern');
  const entry = { patterns, matched: [] as string[] };
  current.expected.push(entry);
  return entry.matched;
}

function unexpected(record: TestRecord): Error | undefined {
  if (record.messages.length === 0) return undefined;
  const list = record.messages.map(({ level, text }) => `  console.${level}: ${text}`).join('\n');
  return new Error(
    `The test logged ${record.messages.length} console message(s) it did not expect:\n${list}\n` +
      'Fix the cause, or declare the message with expectConsole(pattern) from test/support/console-guard.js.',
  );
}

// Mocha's classes, as the test runner's framework script defines them on the window.
interface MochaRunnable {
  type?: string;
  fullTitle(): string;
  run(done: (error?: unknown) => void): unknown;
}
interface MochaRunner {
  on(event: 'test', listener: (test: MochaRunnable) => void): unknown;
  run(...args: unknown[]): unknown;
}
interface MochaGlobal {
  Runner: { prototype: MochaRunner };
  Runnable: { prototype: MochaRunnable };
}

const mocha = (globalThis as { Mocha?: MochaGlobal }).Mocha;
if (mocha === undefined) throw new Error('test/support/console-guard.ts must load after Mocha (web-test-runner.config.js, testRunnerHtml)');

const runnerRun = mocha.Runner.prototype.run;
mocha.Runner.prototype.run = function run(this: MochaRunner, ...args: unknown[]) {
  // Emitted before the test's beforeEach hooks run.
  this.on('test', (test) => {
    current = { title: test.fullTitle(), messages: [], expected: [] };
    // Lit's dev build prints each warning (https://lit.dev/msg/…, e.g. change-in-update) once per
    // page: forgotten before every test, so each test that causes one is caught, not only the first.
    (globalThis as { litIssuedWarnings?: Set<unknown> }).litIssuedWarnings?.clear();
  });
  return runnerRun.apply(this, args);
};

const runnableRun = mocha.Runnable.prototype.run;
mocha.Runnable.prototype.run = function run(this: MochaRunnable, done: (error?: unknown) => void) {
  if (this.type !== 'test') return runnableRun.call(this, done);
  return runnableRun.call(this, (error?: unknown) => {
    const record = current;
    forgetLitWarnings();
    if (error !== undefined && error !== null) return done(error);
    return done(record === undefined ? undefined : unexpected(record));
  });
};
