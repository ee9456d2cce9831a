/* global Buffer, process */
// Evaluates MiniSearch 7.2.0 against our ranked search (src/search) on the same data, lexicon
// and query set: bundle size, index build and query time at 50 / 1,000 / 10,000 items, and
// quality (answer in the first 3, median results shown). The result is in docs/search.md.
// Usage: node bench/search-minisearch.js
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundled = async (contents) =>
  (
    await build({
      stdin: { contents, resolveDir: root, loader: 'ts' },
      bundle: true,
      format: 'esm',
      write: false,
      minify: true,
      platform: 'browser',
      logLevel: 'error',
    })
  ).outputFiles[0].text;
const gzipSize = (text) => gzipSync(text).length;

// Bundle size of each engine's code (data excluded: both read the same catalogue and lexicon).
const minisearchBytes = gzipSize(await bundled(`export { default } from 'minisearch';`));
const ourBytes = gzipSize(await bundled(`export { createSearcher } from './src/search/searcher.ts';`));

const entry = `
import catalogue from './src/data/social-insurance.json';
import table from './src/data/social-insurance.search.json';
import lexiconTable from './src/data/search-lexicon.search.json';
import lexiconFile from './src/data/search-lexicon.json';
import { createSearcher } from './src/search/searcher.ts';
import { pinyinFromTable } from './src/search/search-index.ts';
import { lexiconPinyin } from './src/search/lexicon-pinyin.ts';
import { splitQuery, intlWordSegmenter } from './src/search/segment.ts';
import { normaliseQuery } from './src/search/normalise.ts';
export const lexicon = lexiconFile;
export { catalogue, splitQuery, intlWordSegmenter, normaliseQuery };
export function ours(items) {
  return createSearcher(items, { lexicon, domain: catalogue.domain, pinyinOf: pinyinFromTable(table), termPinyinOf: lexiconPinyin(table, lexiconTable) });
}`;
const module = await import(`data:text/javascript;base64,${Buffer.from(await bundled(entry)).toString('base64')}`);
const { catalogue, ours, splitQuery, intlWordSegmenter, normaliseQuery } = module;
const ourLexicon = ours([]).lexicon;
const segment = intlWordSegmenter();

// MiniSearch, set up as well as it allows: ICU words plus character bigrams as tokens (Chinese has
// no spaces; bigrams let parts of words match), the same field boosts as ours, prefix search, the
// query expanded through the same lexicon, and the same relative threshold on its scores.
const bigrams = (text) => Array.from({ length: Math.max(0, text.length - 1) }, (_, at) => text.slice(at, at + 2));
const tokenize = (text) => {
  const folded = normaliseQuery(text);
  return [...new Set([...segment(folded), ...bigrams(folded)])];
};
function miniSearchOf(items) {
  const search = new MiniSearch({
    fields: ['name', 'group', 'content', 'basis'],
    storeFields: ['id'],
    tokenize,
    extractField: (document, field) => (Array.isArray(document[field]) ? document[field].join('\n') : document[field]),
  });
  search.addAll(items.map((item, at) => ({ ...item, id: at })));
  return search;
}
function miniQuery(search, items, query) {
  const terms = splitQuery(query, ourLexicon, segment);
  if (terms.length === 0) return [];
  const queries = terms.map((term) => ({
    combineWith: 'OR',
    queries: [term.text, ...(ourLexicon.meanings.get(term.text) ?? [])].flatMap((word) => (word.length > 2 ? bigrams(word) : [word])),
  }));
  const results = search.search({ combineWith: 'OR', queries }, { boost: { name: 10, group: 4, content: 3, basis: 1 }, prefix: true });
  const best = results[0]?.score ?? 0;
  return results.filter((result) => result.score >= best / 2).map((result) => items[result.id]);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const { queries } = JSON.parse(readFileSync(new URL('../test/fixtures/search-queries.json', import.meta.url), 'utf8'));
const quality = (run) => {
  let top3 = 0;
  const shown = [];
  for (const { q, a } of queries) {
    const found = run(q);
    shown.push(found.length);
    if (found.slice(0, 3).some((item) => a.includes(item.id))) top3++;
  }
  return `${((100 * top3) / queries.length).toFixed(1)}% in top 3, median ${median(shown)} shown`;
};
const standard = catalogue.items;
const ourSearcher = ours(standard);
const mini = miniSearchOf(standard);
console.log(`code, minified + gzip: MiniSearch ${minisearchBytes} B; our search ${ourBytes} B`);
console.log(
  `quality (${queries.length} queries): ours ${quality((q) => ourSearcher.search(q).results.map((r) => r.item))}; MiniSearch ${quality((q) => miniQuery(mini, standard, q))}`,
);
const noPinyin = queries.filter((query) => !/[a-z]/i.test(query.q)).length;
console.log(`(MiniSearch has no pinyin: ${queries.length - noPinyin} of the queries are pinyin)`);

const synthetic = (size) =>
  Array.from({ length: size }, (_, at) => {
    const base = standard[at % standard.length];
    const copy = Math.floor(at / standard.length);
    return { ...base, id: `${base.id}-${at}`, name: copy ? `${base.name}（示例${copy}）` : base.name, content: [...base.content, `示例要素${at}`] };
  });
const time = (run, times = 5) => {
  let best = Infinity;
  for (let n = 0; n < times; n++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
};
const QUERIES = ['社保卡丢了', '养老金', '丧葬费', '退休', '社'];
for (const size of [1000, 10000]) {
  const items = synthetic(size);
  let ourIndex;
  let miniIndex;
  const ourBuild = time(() => (ourIndex = ours(items)), 2);
  const miniBuild = time(() => (miniIndex = miniSearchOf(items)), 2);
  const ourQuery = Math.max(...QUERIES.map((q) => time(() => ourIndex.search(q))));
  const miniQueryMs = Math.max(...QUERIES.map((q) => time(() => miniQuery(miniIndex, items, q))));
  console.log(
    `${size} items: build ours ${ourBuild.toFixed(0)} ms, MiniSearch ${miniBuild.toFixed(0)} ms (serialised index ${(gzipSize(JSON.stringify(miniIndex)) / 1024).toFixed(0)} KB gzip); ` +
      `slowest of ${QUERIES.join(' ')}: ours ${ourQuery.toFixed(1)} ms, MiniSearch ${miniQueryMs.toFixed(1)} ms`,
  );
}
process.exit(0);
