// Fails when the committed custom-elements.json differs from what the analyzer makes of
// the current JSDoc, so the API docs (Storybook, IDE data) never go stale. The analyzer's output
// is deterministic (custom-elements-manifest.config.js; test/node/manifest-determinism.test.js),
// so a difference here is a real change, never the order of a run.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer resolves outdir against the working directory, so keep it inside the repo.
const outdir = join('node_modules', '.cache', 'si-cem-check');
try {
  execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.js'], {
    env: { ...process.env, CEM_OUTDIR: outdir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh !== committed) {
    const freshLines = fresh.split('\n');
    const committedLines = committed.split('\n');
    const line = freshLines.findIndex((text, index) => text !== committedLines[index]);
    console.error(
      `custom-elements.json is stale from line ${line + 1}: the analyzer writes ${JSON.stringify(freshLines[line])}, ` +
        `the committed file has ${JSON.stringify(committedLines[line])}. Run "npm run analyze" and commit the result.`,
    );
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
