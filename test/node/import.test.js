// Every npm entry point of package.json "exports" imports in plain Node (no DOM, no shim), by its
// public name (the package references itself), each in a fresh process; none leaves DOM globals
// behind. Run after `npm run build` (`npm run test:node` builds first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * Imports `specifier` in a new Node process at the repo root; reports what it exported and which
 * DOM globals it left. (`customElements` is not among those checked: Lit's own Node build installs
 * a shim registry as `globalThis.customElements` so that definitions do not throw on a server.)
 */
function importInNode(specifier, json = false) {
  const code = `
    const module = await import(${JSON.stringify(specifier)}${json ? ", { with: { type: 'json' } }" : ''});
    const globals = ['window', 'document', 'HTMLElement', 'CSSStyleSheet', 'ShadowRoot'].filter((name) => name in globalThis);
    console.log(JSON.stringify({ exports: Object.keys(module).sort(), globals }));
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stderr: result.stderr, ...(result.status === 0 ? JSON.parse(result.stdout.trim().split('\n').at(-1)) : {}) };
}

const entries = Object.entries(pkg.exports).filter(([subpath]) => !subpath.includes('*'));

describe('npm entry points in Node', () => {
  for (const [subpath, target] of entries) {
    const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
    const json = subpath.endsWith('.json');
    it(`import '${specifier}'`, () => {
      const file = typeof target === 'string' ? target : target.default;
      assert.ok(
        existsSync(join(root, file)),
        `${file} is missing (npm run build${subpath === './react.js' ? '; vite.config.ts needs the entry react: src/react/index.ts' : ''})`,
      );
      if (typeof target === 'object' && target.types) assert.ok(existsSync(join(root, target.types)), `${target.types} is missing`);
      const result = importInNode(specifier, json);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stderr, '', 'nothing printed to stderr');
      assert.deepEqual(result.globals, [], 'DOM globals left behind');
      if (!json) assert.ok(result.exports.length > 0, 'exports something');
    });
  }

  it("import 'si-catalogue' exposes the elements' classes and the data layer", () => {
    const result = importInNode(pkg.name);
    assert.equal(result.code, 0, result.stderr);
    for (const name of ['SiCatalogue', 'SiChannelBadges', 'SiDeadline', 'validateCatalogue', 'applyOverlay', 'define', 'VERSION']) {
      assert.ok(result.exports.includes(name), name);
    }
  });

  it("every 'si-catalogue/data/*' file imports as JSON", () => {
    const files = readdirSync(join(root, 'dist/data')).filter((name) => name.endsWith('.json'));
    assert.ok(files.includes('social-insurance.json'));
    for (const name of files) {
      const result = importInNode(`${pkg.name}/data/${name}`, true);
      assert.equal(result.code, 0, `${name}: ${result.stderr}`);
    }
  });

  it('the bin answers --version without the DOM', () => {
    const result = spawnSync(process.execPath, [join(root, pkg.bin['si-catalogue']), '--version'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim(), pkg.version);
  });
});
