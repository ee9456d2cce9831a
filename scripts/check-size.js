// npm run size:check [-- --profile]   (after npm run build)
//
// Gzip sizes of what pages load, against budgets:
// - the CMS bundle file: what every page loads (<si-catalogue>, <si-channel-badges>, the
//   standard data, holiday registration);
// - the bundle on pages with <si-deadline>, <si-item-card> or <si-service-guide> (all five
//   elements): the file plus the chunk it imports for them (src/lazy-elements.ts) with the
//   chunks that imports; other languages' strings and pinyin (loaded on use) are not counted;
// - the bundle on a page where someone searches: the file plus the search chunk
//   (src/catalogue/search-engine.ts), imported at idle after the first render;
// - the bundle on a page with outside data (`src`, `overlay-src`, the `catalogue` property): the
//   file plus the validators' chunk (src/catalogue/catalogue-checks.ts) and what it imports;
// - each per-component npm entry bundled with what it imports (Lit included, as a site's
//   bundler would ship it; <si-catalogue> alone is the catalogue-only page).
// Fails (exit 1) when one exceeds its budget. `--profile` also lists what each source module
// contributes to the bundle file: minified bytes from the source map, its gzip alone, and its
// compressed contribution (how much smaller the file's gzip is without it), biggest first.
//
// The target is 40 KB gzip (issue #15). A budget above it only stops regressions while the
// target is not reached; lower it as the bundle shrinks, never raise it to make a change pass
// without saying so in the commit.
import { decode } from '@jridgewell/sourcemap-codec';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(root, 'dist');

/**
 * KB gzip (1 KB = 1024 bytes, gzip level 9): the sizes measured on 2026-12-02 on branch
 * `bytes` (05:00), rounded up by about 0.5 KB. Lowered from 54.5 / 74 / 65.5 / 49 / 16.5 / 23.5 / 36.5 /
 * 43.5 when the validators became chunks imported only for outside data (src, overlay-src, the
 * catalogue and guide properties), the built-in holiday data moved to <si-deadline>'s code, the
 * token descriptions and theme labels left the components and css`` got minified
 * (docs/performance.md). 'bundle + outside data' is a page with `src` or `overlay-src`: the
 * bundle file and the validators' chunks. The target, 40 KB (issue #15), is not reached; these
 * budgets stop regressions. Raised by 0.2 on 2026-12-02 (branch `keys`, merged main 45.3 → 45.63
 * and 52.2 → 52.56): drawing only the rows that fill the window while typing and hiding the
 * first page's rows instead of removing them (catalogue-paging.ts) cost 0.3 KB of the bundle
 * file, for the keystroke targets of issues #13 and #15 (docs/performance.md, Keystrokes).
 */
export const BUDGETS = {
  'si-catalogue.bundle.js': 45.7,
  'bundle + all five': 64.5,
  'bundle + search': 56.7,
  'bundle + outside data': 52.7,
  'catalogue.js': 42,
  'channel-badges.js': 14.7,
  'deadline.js': 21.3,
  'item-card.js': 34.2,
  'service-guide.js': 41.8,
};
/** The size every page aims at (issue #15); reported beside each budget. */
const TARGET_KB = 40;

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/**
 * An npm entry as a site's bundler would ship it: dist/<entry> and everything it imports (Lit,
 * @lit/context, …) bundled and minified by Vite, tree-shaken; pinyin-pro (loaded on demand) left out.
 */
async function entrySize(file) {
  const { build } = await import('vite');
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: file, formats: ['es'], fileName: 'entry' },
      rolldownOptions: { external: [/^pinyin-pro(\/|$)/], output: { minify: true } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output).filter((chunk) => chunk.type === 'chunk');
  // What a page loads at once: the entry and its static imports, not chunks loaded on demand
  // (other languages' strings, pinyin).
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const loaded = new Set();
  const visit = (chunk) => {
    if (loaded.has(chunk)) return;
    loaded.add(chunk);
    for (const name of chunk.imports) if (byName.has(name)) visit(byName.get(name));
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk);
  return { gzip: [...loaded].reduce((sum, chunk) => sum + gzip(chunk.code), 0), files: loaded.size };
}

/** The chunk files the bundle imports on demand for lazily defined elements (src/bundle.ts), by name. */
const LAZY_CHUNKS = { '<si-deadline>, <si-item-card>, <si-service-guide>': 'bundle-elements', search: 'search-engine', 'outside data': 'catalogue-checks' };
const ELEMENTS = '<si-deadline>, <si-item-card>, <si-service-guide>';

/** `file` and every chunk it imports statically, recursively (file names in dist/). */
function staticClosure(file, into = new Set()) {
  if (into.has(file)) return into;
  into.add(file);
  const code = readFileSync(resolve(dist, file), 'utf8');
  for (const [, name] of code.matchAll(/(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) staticClosure(name, into);
  return into;
}

/** The bundle file plus the chunks it loads for `elements` (keys of LAZY_CHUNKS). */
function bundlePage(elements) {
  const bundleFile = 'si-catalogue.bundle.js';
  const dynamic = [...readFileSync(resolve(dist, bundleFile), 'utf8').matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)].map(([, name]) => name);
  const files = staticClosure(bundleFile);
  for (const element of elements) {
    const chunk = dynamic.find((name) => name.startsWith(`si-catalogue.${LAZY_CHUNKS[element]}-`));
    if (chunk === undefined) throw new Error(`size:check: the bundle imports no chunk for ${element}`);
    staticClosure(chunk, files);
  }
  return { gzip: [...files].reduce((sum, name) => sum + gzip(readFileSync(resolve(dist, name))), 0), files: files.size };
}

/** What one budget line measures. */
function measure(name) {
  if (name === 'si-catalogue.bundle.js') return bundlePage([]);
  if (name === 'bundle + all five') return bundlePage([ELEMENTS]);
  if (name === 'bundle + search') return bundlePage(['search']);
  if (name === 'bundle + outside data') return bundlePage(['outside data']);
  return entrySize(resolve(dist, name));
}

/** Source-map attribution: minified bytes per source module, and their gzip share of the file. */
function profile(file) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lines = code.split('\n');
  const bytes = new Map();
  const texts = new Map();
  decode(map.mappings).forEach((segments, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    segments.forEach((segment, i) => {
      const start = segment[0];
      const end = segments[i + 1]?.[0] ?? line.length;
      const source = segment.length > 1 ? map.sources[segment[1]] : '(unmapped)';
      const piece = line.slice(start, end);
      bytes.set(source, (bytes.get(source) ?? 0) + Buffer.byteLength(piece));
      texts.set(source, (texts.get(source) ?? '') + piece);
    });
  });
  const total = gzip(code);
  const totalBytes = Buffer.byteLength(code);
  // Compressed contribution: how much smaller the gzip of the file gets without the module's
  // bytes (what removing or lazy-loading it saves), besides its gzip alone.
  const pieces = [];
  decode(map.mappings).forEach((segments, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    segments.forEach((segment, i) => {
      const end = segments[i + 1]?.[0] ?? line.length;
      pieces.push({ source: segment.length > 1 ? map.sources[segment[1]] : '(unmapped)', text: line.slice(segment[0], end) });
    });
  });
  const without = (source) =>
    gzip(
      pieces
        .filter((piece) => piece.source !== source)
        .map((piece) => piece.text)
        .join(''),
    );
  const whole = without(undefined);
  const rows = [...bytes.entries()]
    .map(([source, size]) => ({
      source:
        source === '(unmapped)'
          ? '(unmapped: the inlined JSON: catalogue, pinyin table, holidays)'
          : relative(root, resolve(dirname(file), source)).replace(/^node_modules\//, '~/'),
      size,
      alone: gzip(texts.get(source)),
      saved: whole - without(source),
    }))
    .sort((a, b) => b.saved - a.saved);
  console.log(`\n${relative(root, file)}: ${(totalBytes / 1024).toFixed(1)} KB minified, ${(total / 1024).toFixed(1)} KB gzip`);
  console.log('  min KB  gzip KB alone  gzip KB saved without it  module');
  for (const row of rows) {
    console.log(
      `${(row.size / 1024).toFixed(1).padStart(8)}  ${(row.alone / 1024).toFixed(1).padStart(13)}  ${(row.saved / 1024).toFixed(1).padStart(24)}  ${row.source}`,
    );
  }
  // The same by kind of code: what making one kind lazy, or smaller, could save at most.
  console.log('\n  gzip KB saved without it  kind');
  for (const [kind, pattern] of Object.entries(PROFILE_GROUPS)) {
    const inGroup = (source) => pattern.test(source ?? '');
    const rest = gzip(
      pieces
        .filter((piece) => !inGroup(piece.source))
        .map((piece) => piece.text)
        .join(''),
    );
    console.log(`${((whole - rest) / 1024).toFixed(1).padStart(26)}  ${kind}`);
  }
}

/** Kinds of code for the profile's summary, by source path (the inlined JSON is unmapped). */
const PROFILE_GROUPS = {
  'Lit (lit-html, reactive-element, lit-element, @lit/context)': /node_modules\/(lit-html|lit-element|@lit)\//,
  'inlined data (catalogue, pinyin table, lexicon, holidays) and its decoders': /\(unmapped\)|src\/data\/compact-/,
  'search code (src/search, catalogue-search, search-limits, builtin)': /src\/search\/|src\/catalogue\/(catalogue-search|search-limits|builtin)\./,
  'validation, overlays, loading (src/data validators, messages, overlay, fetch-json, load-catalogue)':
    /src\/data\/(validat|overlay|fetch-json)|load-catalogue/,
  'calendar (src/calendar)': /src\/calendar\//,
  'styles and tokens (*.styles.ts, src/styles)': /\.styles\.ts$|src\/styles\//,
  'zh-CN strings (*.strings.ts) and localize': /\.strings\.ts$|localize\.ts$/,
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(resolve(dist, 'si-catalogue.bundle.js'))) {
    console.error('size:check: dist/ is missing; run "npm run build" first.');
    process.exit(1);
  }
  let failed = false;
  console.log('page / entry                 gzip KB  budget  target  files');
  for (const [name, budget] of Object.entries(BUDGETS)) {
    const { gzip: size, files } = await measure(name);
    const kb = size / 1024;
    const over = kb > budget;
    failed ||= over;
    console.log(
      `${name.padEnd(28)} ${kb.toFixed(1).padStart(7)}  ${String(budget).padStart(6)}  ${String(TARGET_KB).padStart(6)}  ${String(files).padStart(5)}${over ? '  OVER BUDGET' : ''}`,
    );
  }
  if (process.argv.includes('--profile')) profile(resolve(dist, 'si-catalogue.bundle.js'));
  if (failed) {
    console.error('\nsize:check: over budget. Profile with "npm run size:check -- --profile" and shrink what grew.');
    process.exit(1);
  }
}
