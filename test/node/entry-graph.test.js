// What each npm entry loads at once: the item card and the service guide look items up in the
// built-in catalogue but never load search code (src/search/, the pinyin and lexicon tables of
// src/catalogue/builtin-search.ts), which only <si-catalogue> needs. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The source modules of `entry` and every chunk it imports statically (dynamic imports load later). */
function staticSources(entry) {
  const seen = new Set();
  const sources = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const map = `${file}.map`;
    if (existsSync(map)) for (const source of JSON.parse(readFileSync(map, 'utf8')).sources) sources.add(resolve(dirname(file), source));
    for (const match of code.matchAll(/(?:^|[;\s])(?:import|export)\s*(?:[^'"()]*?\sfrom\s*)?["'](\.[^"']+)["']/g)) visit(resolve(dirname(file), match[1]));
  };
  visit(join(dist, entry));
  return [...sources].map((path) => path.replace(/^.*?\/src\//, 'src/'));
}

const searchCode = (path) => path.startsWith('src/search/') || path === 'src/catalogue/builtin-search.ts';

describe('npm entry graphs', () => {
  it('<si-catalogue> loads the search code (so the check below can tell)', () => {
    assert.ok(staticSources('catalogue.js').some(searchCode));
  });

  for (const entry of ['item-card.js', 'service-guide.js']) {
    it(`${entry} loads the built-in catalogue but no search code`, () => {
      const sources = staticSources(entry);
      assert.ok(sources.includes('src/catalogue/builtin.ts'), 'the built-in catalogue is there');
      assert.deepEqual(sources.filter(searchCode), []);
    });
  }
});
