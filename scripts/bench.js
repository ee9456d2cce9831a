// npm run bench [-- --runs 5 --sizes 50,1000,10000 --compare DIR --smoke]   (builds first)
//
// What a visitor waits for, cold, side by side in one headless-Chromium run: the plain
// server-rendered table, the `si-catalogue render` output (alone and with the bundle), the
// <si-catalogue> bundle, Tabulator 6 and Vaadin Grid 25, with the same 11 columns and rows, at
// 50, 1,000 and 10,000 items. Every page load is cold (a new browser context: empty cache) and
// timed from navigation start; runs are interleaved (A B C A B C …) so drift hits all variants.
// Per variant: rows painted, ready for a search, main-thread blocking (long tasks past 50 ms up
// to ready), the 1st/2nd/3rd keystroke (input event → paint after the last DOM change it
// caused), JS+CSS gzip, JS heap; and for <si-catalogue> the heap across 100 filter changes and
// 100 connect/disconnect cycles at 1,000 and 10,000 items. Prints tables with ratios, writes
// bench/.out/results.json.
//
// A benchmark, not a test: it asserts nothing about time. `--smoke` (CI) is 1 run at 50 items.
// One slow or broken page never stops the run: a load that is not ready within `--timeout`
// seconds (default 120), or that throws, is recorded as failed with its reason (results.json
// `failures`), printed as it happens with its variant, size and run, and shown as "timeout" /
// "failed" in the table when no run of that variant and size succeeded.
// `--compare DIR` adds the bundle and render pages of another build (a directory with that
// build's dist/ and bin/, e.g. a copy of main's) as extra variants in the same run.
import { chromium } from 'playwright-core';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { buildPages } from '../bench/build-pages.js';
import { filterChanges, heapAfterGc, reconnections } from '../bench/memory-cycles.js';
import { CHROME_ARGS, chromePath } from './chrome.js';
import { startServer } from './serve.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}bench/.out`;

const { values: options } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    runs: { type: 'string' },
    sizes: { type: 'string' },
    compare: { type: 'string' },
    only: { type: 'string' },
    'no-memory': { type: 'boolean', default: false },
    timeout: { type: 'string' },
  },
});
const runs = options.smoke ? 1 : Number(options.runs ?? 5);
/** The longest a page load may take until ready (ms); past it the load is recorded as timed out. */
const loadTimeout = Number(options.timeout ?? 120) * 1000;
if (!Number.isFinite(loadTimeout) || loadTimeout <= 0) {
  console.error(`bench: --timeout must be a number of seconds, not "${options.timeout}"`);
  process.exit(2);
}
const sizes = options.smoke ? [50] : (options.sizes ?? '50,1000,10000').split(',').map(Number);
/** Three keystrokes, as a person types them (an IME commits one character at a time). */
const QUERY = ['失', '业', '保'];

if (!existsSync(`${root}dist/si-catalogue.bundle.js`)) {
  console.error('bench: dist/si-catalogue.bundle.js is missing; run "npm run build" first.');
  process.exit(1);
}
if (options.compare && !existsSync(`${options.compare}/dist/si-catalogue.bundle.js`)) {
  console.error(`bench: --compare ${options.compare} has no dist/si-catalogue.bundle.js`);
  process.exit(1);
}

let variants = await buildPages({ root, outDir, sizes, compare: options.compare });
if (options.only) variants = variants.filter((v) => options.only.split(',').includes(v.id));
const inPage = readFileSync(`${root}bench/in-page.js`, 'utf8');

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function heapUsed(page) {
  const cdp = await page.context().newCDPSession(page);
  const used = await heapAfterGc(cdp);
  await cdp.detach();
  return used;
}

/** A load that did not finish: `reason` says what it was waiting for (or the error), `timeout` whether it ran out of time. */
class LoadFailure extends Error {
  constructor(reason, timeout) {
    super(reason);
    this.timeout = timeout;
  }
}

/** Resolves with `promise`, or rejects after `ms` with a LoadFailure naming what was awaited. */
function within(ms, what, promise) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new LoadFailure(`${what}: not done within ${ms / 1000} s`, true)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** What the page had reached when a load failed ("rows painted at 812 ms, not ready"), if it still answers. */
async function progressOf(page) {
  const marks = await within(
    5000,
    'reading the page',
    page.evaluate(() => ({ rows: window.__bench?.rowsPainted, ready: window.__bench?.ready })),
  ).catch(() => undefined);
  if (marks === undefined) return 'the page did not answer';
  const at = (t) => (t === undefined ? 'not' : `at ${Math.round(t)} ms`);
  return `rows painted ${at(marks.rows)}, ready ${at(marks.ready)}`;
}

/**
 * One cold load of one page: a fresh context, so nothing is cached. The whole load, up to ready,
 * has `loadTimeout`; the keystrokes and the heap have it again. Rejects with a LoadFailure.
 */
async function coldLoad(browser, url, variant, { heap }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: `${inPage}\ninstallBench(${JSON.stringify({ rowsSelector: variant.rows, readyCheck: variant.ready })});` });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const assets = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'script' || type === 'stylesheet')
      assets.push(
        response
          .body()
          .then((body) => gzipSync(body, { level: 9 }).length)
          .catch(() => 0),
      );
  });
  try {
    const started = Date.now();
    try {
      await page.goto(url, { waitUntil: 'load', timeout: loadTimeout });
      const left = Math.max(1, loadTimeout - (Date.now() - started));
      await page.waitForFunction(() => window.__bench.rowsPainted !== undefined && window.__bench.ready !== undefined, null, { timeout: left, polling: 100 });
    } catch (error) {
      const timedOut = error?.name === 'TimeoutError';
      const progress = await progressOf(page);
      const why = timedOut ? `not ready within ${loadTimeout / 1000} s` : String(error?.message ?? error).split('\n')[0];
      throw new LoadFailure(`${why} (${progress})${errors.length > 0 ? `; page errors: ${errors.join('; ')}` : ''}`, timedOut);
    }
    const marks = await page.evaluate(() => {
      const { rowsPainted, ready, longTasks } = window.__bench;
      const blocking = longTasks.filter(([start]) => start < ready).reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
      const html = performance.getEntriesByType('navigation')[0];
      // The load event: the whole HTML parsed (rows are painted long before on a large static page).
      return { rowsPainted, ready, blocking, loaded: html.loadEventStart, htmlBytes: html.encodedBodySize, htmlDecodedBytes: html.decodedBodySize };
    });
    const keystrokes = [];
    if (variant.search) {
      await within(
        loadTimeout,
        'the keystrokes',
        (async () => {
          const box = page.locator(variant.search).first();
          await box.focus({ timeout: loadTimeout });
          for (const character of QUERY) {
            await page.evaluate(() => window.__bench.arm());
            await page.keyboard.insertText(character);
            keystrokes.push(await page.evaluate(() => window.__bench.keystroke()));
          }
        })(),
      );
    }
    const jsCss = (await Promise.all(assets)).reduce((a, b) => a + b, 0);
    const heapBytes = heap ? await within(loadTimeout, 'the heap', heapUsed(page)) : undefined;
    if (errors.length > 0) throw new LoadFailure(`page errors: ${errors.join('; ')}`, false);
    return { ...marks, keystrokes, jsCss, heapBytes };
  } finally {
    await context.close();
  }
}

/** <si-catalogue> at one size: heap before and after 100 filter changes and 100 reconnections. */
async function memoryCycles(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('si-catalogue')?.matchingItems.length > 0, null, { timeout: 120_000 });
    await filterChanges(page, 16);
    const beforeFilters = await heapUsed(page);
    await filterChanges(page, 100);
    const afterFilters = await heapUsed(page);
    await reconnections(page, 10);
    const beforeReconnects = await heapUsed(page);
    await reconnections(page, 100);
    const afterReconnects = await heapUsed(page);
    return { beforeFilters, afterFilters, beforeReconnects, afterReconnects };
  } finally {
    await context.close();
  }
}

const server = await startServer({ root, gzip: true });
const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
const results = { date: new Date().toISOString(), runs, sizes, query: QUERY.join(''), chromium: browser.version(), variants: {}, memory: undefined };
try {
  for (const n of sizes) {
    const samples = new Map(variants.map((v) => [v.id, []]));
    const failures = new Map(variants.map((v) => [v.id, []]));
    for (let run = 0; run < runs; run++) {
      for (const variant of variants) {
        try {
          // The heap is read on the first run that gets that far.
          const heap = samples.get(variant.id).length === 0;
          samples.get(variant.id).push(await coldLoad(browser, `${server.url}${variant.pages[n]}`, variant, { heap }));
          process.stderr.write('.');
        } catch (error) {
          const failure = {
            run: run + 1,
            timeout: error instanceof LoadFailure && error.timeout,
            reason: error instanceof Error ? error.message : String(error),
          };
          failures.get(variant.id).push(failure);
          process.stderr.write(
            `\nbench: ${variant.id} at ${n.toLocaleString('en')} items, run ${run + 1} of ${runs}: ${failure.timeout ? 'timeout' : 'failed'}: ${failure.reason}\n`,
          );
        }
      }
    }
    process.stderr.write('\n');
    for (const variant of variants) {
      const list = samples.get(variant.id);
      const failed = failures.get(variant.id);
      const first = list.find((s) => s.heapBytes !== undefined) ?? list[0];
      (results.variants[variant.id] ??= { label: variant.label, sizes: {} }).sizes[n] = {
        rowsPainted: median(list.map((s) => s.rowsPainted)),
        ready: variant.search ? median(list.map((s) => s.ready)) : undefined,
        blocking: median(list.map((s) => s.blocking)),
        loaded: median(list.map((s) => s.loaded)),
        keystrokes: variant.search ? QUERY.map((_, i) => median(list.map((s) => s.keystrokes[i]))) : undefined,
        jsCssGzip: first?.jsCss,
        htmlBytes: first?.htmlBytes,
        htmlDecodedBytes: first?.htmlDecodedBytes,
        heapBytes: first?.heapBytes,
        samples: list.map(({ rowsPainted, ready, blocking, loaded, keystrokes }) => ({ rowsPainted, ready, blocking, loaded, keystrokes })),
        // Loads that did not finish; the medians are of the others. None finished: every figure is undefined.
        failures: failed,
        status: list.length > 0 ? 'ok' : failed.every((f) => f.timeout) ? 'timeout' : 'failed',
      };
    }
  }
  // Memory cycles at every size of 1,000 items or more (at the smallest size when none is).
  const memoryVariant = variants.find((v) => v.id === 'bundle');
  const memorySizes = sizes.filter((n) => n >= 1000);
  if (memoryVariant && !options['no-memory']) {
    results.memory = [];
    for (const items of memorySizes.length > 0 ? memorySizes : [sizes[0]]) {
      try {
        results.memory.push({
          items,
          ...(await within(4 * loadTimeout, 'the memory cycles', memoryCycles(browser, `${server.url}${memoryVariant.pages[items]}`))),
        });
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        results.memory.push({ items, failed: reason });
        console.error(`bench: memory cycles of bundle at ${items.toLocaleString('en')} items failed: ${reason}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

writeFileSync(`${outDir}/results.json`, `${JSON.stringify(results, null, 2)}\n`);
print(results);

function print({ variants: byId, sizes, memory, runs, query }) {
  const ms = (v) => (v === undefined || v === null ? '—' : `${Math.round(v)}`);
  const kb = (v) => (v === undefined ? '—' : (v / 1024).toFixed(1));
  const mb = (v) => (v === undefined ? '—' : (v / 1024 / 1024).toFixed(1));
  const entries = Object.entries(byId);
  console.log(`\nCold loads, medians of ${runs} interleaved run(s); ms from navigation start; keystrokes "${query}" one character at a time.`);
  for (const n of sizes) {
    const plain = byId.plain?.sizes[n]?.rowsPainted;
    const comparators = ['tabulator', 'vaadin'].map((id) => byId[id]?.sizes[n]?.rowsPainted).filter((v) => v !== undefined);
    const fastestGrid = comparators.length ? Math.min(...comparators) : undefined;
    console.log(`\n${n.toLocaleString('en')} items`);
    const header = [
      'variant',
      'rows painted',
      '× plain',
      '× best grid',
      'ready',
      'loaded',
      'blocking',
      'key 1',
      'key 2',
      'key 3',
      'JS+CSS KB gz',
      'HTML KB gz',
      'HTML KB',
      'heap MB',
    ];
    const notes = [];
    const rows = entries.map(([, v]) => {
      const s = v.sizes[n];
      if (s === undefined) return [v.label, ...header.slice(1).map(() => '—')];
      const failed = s.failures ?? [];
      if (failed.length > 0) {
        const reasons = [...new Set(failed.map((f) => f.reason))];
        notes.push(
          `  ${v.label}: ${failed.length} of ${runs} run(s) ${s.status === 'ok' ? 'failed, medians of the others' : 'failed'} (run ${failed.map((f) => f.run).join(', ')}): ${reasons.join(' | ')}`,
        );
      }
      // No run finished: say so where the time would be, not a dash that reads like "not measured".
      const time = (value) => (s.status === 'ok' || s.status === undefined ? ms(value) : s.status);
      return [
        v.label,
        time(s.rowsPainted),
        plain && s.rowsPainted !== undefined ? (s.rowsPainted / plain).toFixed(2) : '—',
        fastestGrid && s.rowsPainted !== undefined ? (s.rowsPainted / fastestGrid).toFixed(2) : '—',
        time(s.ready),
        time(s.loaded),
        ms(s.blocking),
        ...(s.keystrokes ?? [undefined, undefined, undefined]).map((k) => (k === undefined || k === null ? '—' : k.toFixed(1))),
        kb(s.jsCssGzip),
        kb(s.htmlBytes),
        kb(s.htmlDecodedBytes),
        mb(s.heapBytes),
      ];
    });
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
    const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
    console.log(line(header));
    for (const row of rows) console.log(line(row));
    if (notes.length > 0) console.log(`Loads that did not finish:\n${notes.join('\n')}`);
  }
  for (const cycles of memory ?? []) {
    if (cycles.failed !== undefined) {
      console.log(`\n<si-catalogue> at ${cycles.items.toLocaleString('en')} items, memory cycles failed: ${cycles.failed}`);
      continue;
    }
    console.log(
      `\n<si-catalogue> at ${cycles.items.toLocaleString('en')} items, JS heap after GC: 100 filter changes ${mb(cycles.beforeFilters)} → ${mb(cycles.afterFilters)} MB; ` +
        `100 disconnect/connect cycles ${mb(cycles.beforeReconnects)} → ${mb(cycles.afterReconnects)} MB`,
    );
  }
  console.log(
    `\nJSON: ${outDir.replace(root, '')}/results.json ("ready": a search can start; "loaded": the load event, the HTML parsed; "blocking": long tasks past 50 ms before ready).`,
  );
}
