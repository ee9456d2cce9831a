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
function staticSources(entry, seen = new Set()) {
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

  // The search implementation, the lexicon and the pinyin tables are a chunk fetched at idle
  // after the first render (src/catalogue/search-engine.ts), in the npm entry and the CMS bundle.
  const searchChunkSources = [
    'src/catalogue/search-engine.ts',
    'src/catalogue/builtin-search.ts',
    'src/search/searcher.ts',
    'src/search/rank.ts',
    'src/search/lexicon.ts',
  ];
  for (const entry of ['catalogue.js', 'si-catalogue.bundle.js']) {
    it(`${entry} loads the search implementation as a chunk on demand, not at once`, () => {
      const sources = staticSources(entry);
      assert.deepEqual(
        sources.filter((path) => searchChunkSources.includes(path)),
        [],
      );
      const files = new Set();
      staticSources(entry, files);
      const dynamic = [...files].flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/import\(\s*["'`](\.[^"'`]+)["'`]\s*\)/g)].map((match) => resolve(dirname(file), match[1])),
      );
      const chunk = dynamic.find(
        (path) =>
          existsSync(`${path}.map`) &&
          JSON.parse(readFileSync(`${path}.map`, 'utf8')).sources.some((source) => source.endsWith('src/catalogue/search-engine.ts')),
      );
      assert.ok(chunk, `${entry} imports a chunk holding src/catalogue/search-engine.ts`);
      assert.ok(JSON.parse(readFileSync(`${chunk}.map`, 'utf8')).sources.some((source) => source.endsWith('src/search/searcher.ts')));
    });
  }

  for (const entry of ['item-card.js', 'service-guide.js']) {
    it(`${entry} loads the built-in catalogue but no search code`, () => {
      const sources = staticSources(entry);
      assert.ok(sources.includes('src/catalogue/builtin.ts'), 'the built-in catalogue is there');
      assert.deepEqual(sources.filter(searchCode), []);
    });
  }
});
