// Runtime `dependencies` are exactly the packages the shipped code imports (src/ and bin/):
// nothing unused that every installer downloads, nothing used that only devDependencies hold.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;

function files(dir, pattern) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** The package a bare specifier names (`lit/decorators.js` → lit, `@lit/context` → @lit/context). */
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

function importedPackages() {
  const sources = [...files(join(root, 'src'), /\.(ts|js)$/), ...files(join(root, 'bin'), /\.js$/)].filter((path) => !path.endsWith('.d.ts'));
  const found = new Set();
  const specifiers = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;
  for (const path of sources) {
    // Comments name packages in examples (`import … from 'ckeditor5'` in a JSDoc): not imports.
    const text = readFileSync(path, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const match of text.matchAll(specifiers)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      // Relative files, Node built-ins and build-time virtual modules (`si-catalogue:elements`) are no packages.
      if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.includes(':')) continue;
      // Type-only imports are not run.
      if (/^\s*(?:import|export)\s+type\s/.test(match[0].trimStart())) continue;
      found.add(packageOf(specifier));
    }
  }
  return found;
}

test('runtime dependencies are exactly the packages src/ and bin/ import', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const declared = new Set(Object.keys(pkg.dependencies ?? {}));
  const peer = new Set(Object.keys(pkg.peerDependencies ?? {}));
  const imported = importedPackages();
  const missing = [...imported].filter((name) => !declared.has(name) && !peer.has(name)).sort();
  const unused = [...declared].filter((name) => !imported.has(name)).sort();
  assert.deepEqual({ missing, unused }, { missing: [], unused: [] });
});
