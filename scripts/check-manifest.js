// Fails when the committed custom-elements.json differs from what the analyzer makes of
// the current JSDoc, so the API docs (Storybook, IDE data) never go stale.
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
    console.error('custom-elements.json is stale: run "npm run analyze" and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
