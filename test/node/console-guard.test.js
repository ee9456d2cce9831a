// The unit tests' console guard (test/support/console-guard.ts, installed by web-test-runner.config.js):
// a sample test file runs through the real runner and config; the tests that log a message they
// did not declare fail, naming it, and the others pass.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runner = fileURLToPath(new URL('../../node_modules/@web/test-runner/dist/bin.js', import.meta.url));

test('a unit test fails on a console warning or error it did not declare', { timeout: 180_000 }, async () => {
  const { code, output } = await new Promise((resolve) => {
    execFile(
      process.execPath,
      [runner, 'test/node/fixtures/console-guard.sample.ts', '--config', 'web-test-runner.config.js'],
      { cwd: root, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ code: error?.code ?? 0, output: `${stdout}\n${stderr}`.replace(new RegExp(String.fromCharCode(27) + '\\[[0-9;]*[A-Za-z]', 'g'), '') }),
    );
  });
  assert.notEqual(code, 0, output);
  assert.match(output, /2 passed, 3 failed/, output);
  for (const title of ['an unexpected console.warn', 'an unexpected console.error logged in a later task', 'a warning from its beforeEach hook']) {
    assert.match(output, new RegExp(`❌ .*fails: ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), output);
  }
  assert.match(output, /console\.warn: sample: an unexpected warning/);
  assert.match(output, /console\.error: sample: an unexpected error/);
  assert.doesNotMatch(output, /❌ .*passes:/);
});
