// custom-elements.json is tracked and every build rewrites it, so the analyzer must write the
// same bytes every time: on an idle machine, on a busy one (its file search returned files in a
// different order under load, see custom-elements-manifest.config.js), and whatever order the
// files are found in. Runs the real CLI with the project's config into temporary outdirs.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The analyzer resolves outdir against the working directory, so the runs write inside the repo
// (as scripts/check-manifest.js does), in a folder git ignores.
const cacheDir = join('node_modules', '.cache', `si-cem-determinism-${process.pid}`);
const cem = join(root, 'node_modules', '@custom-elements-manifest', 'analyzer', 'cem.js');
const projectConfig = join(root, 'custom-elements-manifest.config.js');
const permutedConfig = join(root, cacheDir, 'permuted.config.mjs');

/** Runs `cem analyze` into its own outdir and resolves to the manifest's text. */
function analyze(name, { config = projectConfig, env = {} } = {}) {
  const outdir = join(cacheDir, name);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cem, 'analyze', '--config', config], {
      cwd: root,
      env: { ...process.env, ...env, CEM_OUTDIR: outdir },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`cem analyze (${name}) exited with ${code}: ${stderr}`));
      else resolvePromise(readFileSync(join(root, outdir, 'custom-elements.json'), 'utf8'));
    });
  });
}

/** Busy-loop Node processes, one per core, until `stop()`: a CPU-heavy job beside the analyzer. */
async function busyLoops() {
  const children = Array.from({ length: availableParallelism() }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
  await Promise.all(children.map((child) => new Promise((ready, fail) => child.once('spawn', ready).once('error', fail))));
  return {
    stop: () =>
      Promise.all(
        children.map((child) =>
          child.exitCode !== null || child.signalCode !== null ? null : new Promise((gone) => child.once('exit', gone).kill('SIGKILL')),
        ),
      ),
  };
}

/** The first line where two manifests differ, for a readable failure. */
function firstDifference(a, b) {
  const linesA = a.split('\n');
  const linesB = b.split('\n');
  const index = linesA.findIndex((line, i) => line !== linesB[i]);
  return `line ${index + 1}: ${JSON.stringify(linesA[index])} vs ${JSON.stringify(linesB[index])}`;
}

describe('custom-elements.json generation is deterministic', () => {
  const runs = new Map();

  before(async () => {
    mkdirSync(join(root, cacheDir), { recursive: true });
    // The project's config, with the file list permuted before the modules are created: the
    // order a directory walk could return them in. SI_CEM_ORDER is "reverse" or "rotate:N".
    writeFileSync(
      permutedConfig,
      [
        "import { readFileSync } from 'node:fs';",
        `import config from ${JSON.stringify(pathToFileURL(projectConfig).href)};`,
        "const [how, count] = process.env.SI_CEM_ORDER.split(':');",
        'const permute = (globs) =>',
        "  how === 'reverse' ? [...globs].reverse() : [...globs.slice(Number(count)), ...globs.slice(0, Number(count))];",
        "// The analyzer's own way of creating modules, should the project's config stop overriding it.",
        'const analyzerDefault = ({ ts, globs }) =>',
        "  globs.map((path) => ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2015, true));",
        'const create = config.overrideModuleCreation ?? analyzerDefault;',
        'export default { ...config, overrideModuleCreation: ({ ts, globs }) => create({ ts, globs: permute(globs) }) };',
        '',
      ].join('\n'),
    );

    runs.set('first run', await analyze('first'));
    runs.set('second run', await analyze('second'));
    const load = await busyLoops();
    try {
      const [third, fourth] = await Promise.all([analyze('third'), analyze('fourth')]);
      runs.set('third run, two at once beside a CPU-heavy job', third);
      runs.set('fourth run, two at once beside a CPU-heavy job', fourth);
    } finally {
      await load.stop();
    }
    runs.set('files found in reverse order', await analyze('reverse', { config: permutedConfig, env: { SI_CEM_ORDER: 'reverse' } }));
    runs.set('files found in rotated order', await analyze('rotate', { config: permutedConfig, env: { SI_CEM_ORDER: 'rotate:2' } }));
  });

  after(() => rmSync(join(root, cacheDir), { recursive: true, force: true }));

  it('writes the same bytes on every run, idle or under load, whatever order the files are found in', () => {
    const reference = runs.get('first run');
    for (const [name, text] of runs) {
      assert.ok(text === reference, `${name} differs from the first run at ${firstDifference(text, reference)}`);
    }
  });

  it('lists the modules in path order and keeps every component', () => {
    const paths = JSON.parse(runs.get('first run')).modules.map((mod) => mod.path);
    assert.deepEqual(
      paths,
      [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    assert.ok(paths.length >= 6, `${paths.length} modules`);
    assert.ok(paths.includes('src/internal/si-element.ts'));
  });
});
