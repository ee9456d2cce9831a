// Writes dist/tokens.json, the design tokens in the W3C Design Tokens format (DTCG) for design
// tools, from the same src/styles/tokens.ts and themes.ts the components are styled with:
//   node scripts/build-tokens.js            write dist/tokens.json
//   node scripts/build-tokens.js --check    fail when dist/tokens.json is missing or stale
// The TypeScript is bundled in memory with esbuild's JS API (as scripts/data-check.js does).
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist', 'tokens.json');

/** `toDtcg()` from src/styles/dtcg.ts, compiled now. */
async function loadToDtcg() {
  const result = await build({
    entryPoints: [join(root, 'src/styles/dtcg.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  // Written beside node_modules so the module resolves like any file of the repo, then removed.
  const dir = join(root, 'node_modules', '.cache', 'si-build-tokens');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `dtcg-${process.pid}.mjs`);
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return (await import(pathToFileURL(file).href)).toDtcg;
  } finally {
    rmSync(file, { force: true });
  }
}

const toDtcg = await loadToDtcg();
const json = `${JSON.stringify(toDtcg(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current;
  try {
    current = readFileSync(out, 'utf8');
  } catch {
    console.error('dist/tokens.json is missing: run "node scripts/build-tokens.js" (part of the build).');
    process.exit(1);
  }
  if (current !== json) {
    console.error('dist/tokens.json does not match src/styles/tokens.ts and themes.ts: run "node scripts/build-tokens.js".');
    process.exit(1);
  }
  console.log('dist/tokens.json matches the token source.');
} else {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  const count = (json.match(/"\$type"/g) ?? []).length;
  console.log(`wrote dist/tokens.json (${count} token values, default and themes)`);
}
