// The README's and docs' HTML snippets: one bundle path everywhere, and every file a snippet
// loads (src, overlay-src, the bundle and the loader) is a file of the CMS kit with a source in
// this repository. The same snippets go through the three editors in test/editors/.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BUNDLE_URL, EXAMPLE_FILES, LOADER_URL, SITE_BASE } from '../../kit/site-files.js';
import { documentationFiles, documentedSnippets, extractSnippets } from '../../scripts/doc-snippets.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const snippets = documentedSnippets(root);

test('the Markdown has snippets of both kinds, found by the extractor', () => {
  assert.ok(snippets.filter((snippet) => snippet.kind === 'article').length >= 8);
  assert.ok(snippets.some((snippet) => snippet.kind === 'template'));
  assert.deepEqual(extractSnippets('a\n```html\n<x></x>\n```\n', 'x.md'), [{ file: 'x.md', line: 2, html: '<x></x>', kind: 'article' }]);
});

test('every snippet loads the bundle from the one canonical path', () => {
  for (const file of documentationFiles(root)) {
    const text = readFileSync(join(root, file), 'utf8');
    // Where a page or a script loads it (src="…", import … from '…'); `dist/…` names the build output.
    for (const match of text.matchAll(/(?:src=|from )["']([^"']*)si-catalogue\.bundle\.js/g)) {
      assert.equal(match[1], SITE_BASE, `${file}: bundle at ${match[1]}si-catalogue.bundle.js, expected ${BUNDLE_URL}`);
    }
  }
});

test('every file a snippet loads is in the kit, with its source in the repository', () => {
  const kitFiles = new Map(Object.entries(EXAMPLE_FILES));
  for (const snippet of snippets) {
    for (const match of snippet.html.matchAll(/\b(src|overlay-src)="([^"]+)"/g)) {
      const url = match[2];
      if (url === BUNDLE_URL || url === LOADER_URL) continue;
      assert.ok(kitFiles.has(url), `${snippet.file}:${snippet.line}: ${match[1]}="${url}" is not a kit file (kit/site-files.js)`);
      assert.ok(existsSync(join(root, kitFiles.get(url))), `${kitFiles.get(url)} exists`);
    }
  }
  for (const source of kitFiles.values()) JSON.parse(readFileSync(join(root, source), 'utf8'));
});

test('the county overlay replaces the city names the built-in edition prints (items 13 and 26)', async () => {
  // Needs `npm run build` (like the other Node tests of the built package).
  const { applyOverlay } = await import('../../dist/data.js');
  const base = JSON.parse(readFileSync(join(root, 'src/data/social-insurance.json'), 'utf8'));
  const overlay = JSON.parse(readFileSync(join(root, 'kit/shili-county-overlay.json'), 'utf8'));
  const cities = base.items.filter((item) => JSON.stringify(item.content).includes('济宁')).map((item) => item.seq);
  assert.deepEqual(cities, [13, 26]);
  const result = applyOverlay(base, overlay);
  assert.equal(result.ok, true, JSON.stringify(result.errors));
  assert.equal(result.catalogue.items.length, 50);
  assert.ok(!JSON.stringify(result.catalogue.items.map((item) => item.content)).includes('济宁'));
  assert.match(result.catalogue.title, /示例县/);
});
