/* global Buffer, process */
// Query-set quality of the ranked search in Node (the browser test test/search-queries.test.ts
// asserts the same figures): share of queries with an answer in the first 3, median shown.
// Usage: node bench/search-quality.js [--verbose]
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = `
import catalogue from './src/data/social-insurance.json';
import table from './src/data/social-insurance.search.json';
import * as lexicon from './src/data/search-lexicon.json';
import lexiconTable from './src/data/search-lexicon.search.json';
import { createSearcher } from './src/search/searcher.ts';
import { pinyinFromTable } from './src/search/search-index.ts';
import { lexiconPinyin } from './src/search/lexicon-pinyin.ts';
export function make() {
  return createSearcher(catalogue.items, { lexicon, domain: catalogue.domain, pinyinOf: pinyinFromTable(table), termPinyinOf: lexiconPinyin(table, lexiconTable) });
}`;
const out = await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', write: false, platform: 'node' });
const { make } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
const searcher = make();
const { queries } = JSON.parse(readFileSync(new URL('../test/fixtures/search-queries.json', import.meta.url), 'utf8'));
let top3 = 0;
const shown = [];
const verbose = process.argv.includes('--verbose');
const extra = process.argv.filter((arg) => !arg.startsWith('-')).slice(2);
for (const { q, a } of extra.length ? extra.map((q) => ({ q, a: [] })) : queries) {
  const { results, terms } = searcher.search(q);
  const ids = results.map((r) => r.item.id);
  const ok = ids.slice(0, 3).some((id) => a.includes(id));
  if (ok) top3++;
  shown.push(results.length);
  if (verbose || !ok)
    console.log(
      ok ? 'ok  ' : 'MISS',
      q,
      '|',
      terms.map((t) => t.text).join('/'),
      '|',
      results.length,
      ids
        .slice(0, 4)
        .map((id) => searcher.index.items.find((i) => i.id === id).seq)
        .join(','),
      ok ? '' : `want ${a.map((id) => searcher.index.items.find((i) => i.id === id).seq)}`,
    );
}
shown.sort((x, y) => x - y);
const median = shown.length % 2 ? shown[(shown.length - 1) / 2] : (shown[shown.length / 2 - 1] + shown[shown.length / 2]) / 2;
console.log(
  `${queries.length} queries: answer in top 3 for ${top3} (${((100 * top3) / queries.length).toFixed(1)}%), median results shown ${median}, over 10: ${shown.filter((n) => n > 10).length}`,
);
