// npm run bench:lighthouse [-- --runs 3 /demo/index.html /demo/township.html]   (builds first)
//
// Lighthouse 12 (performance category, its default mobile config: emulated phone, 4× CPU
// slowdown, slow 4G, simulated throttling) against demo pages served locally with gzip, in
// /usr/bin/chromium (chrome-launcher reads CHROME_PATH). Prints the median score, TBT, CLS,
// LCP and FCP of the runs per page and writes bench/.out/lighthouse.json. A benchmark: it
// asserts nothing. A run that fails (a Lighthouse runtime error, a page that never loads) is
// printed with its page and run and recorded in the JSON (`failures`); the others go on.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHROME_ARGS, chromePath } from './chrome.js';
import { startServer } from './serve.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values, positionals } = parseArgs({ options: { runs: { type: 'string', default: '3' } }, allowPositionals: true });
const runs = Number(values.runs);
const paths = positionals.length > 0 ? positionals : ['/demo/index.html'];

if (!existsSync(`${root}dist/si-catalogue.bundle.js`)) {
  console.error('lighthouse: dist/si-catalogue.bundle.js is missing; run "npm run build" first.');
  process.exit(1);
}
process.env.CHROME_PATH ??= chromePath();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const server = await startServer({ root, gzip: true });
// --headless=new and friends from chrome.js; chrome-launcher adds its own defaults.
const chrome = await chromeLauncher.launch({ chromeFlags: CHROME_ARGS });
const report = {};
try {
  for (const path of paths) {
    const samples = [];
    const failures = [];
    for (let run = 0; run < runs; run++) {
      let lhr;
      try {
        ({ lhr } = await lighthouse(`${server.url}${path}`, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' }));
        if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        failures.push({ run: run + 1, reason });
        process.stderr.write(`\nlighthouse: ${path}, run ${run + 1} of ${runs} failed: ${reason}\n`);
        continue;
      }
      const metric = (id) => lhr.audits[id]?.numericValue;
      samples.push({
        shifts: (lhr.audits['layout-shifts']?.details?.items ?? []).map((item) =>
          `${item.score?.toFixed(3)} ${item.node?.selector ?? ''} ${item.node?.snippet ?? ''}`.slice(0, 200),
        ),
        score: Math.round((lhr.categories.performance.score ?? 0) * 100),
        tbt: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        lcp: metric('largest-contentful-paint'),
        fcp: metric('first-contentful-paint'),
        bootup: metric('bootup-time'),
      });
      process.stderr.write('.');
    }
    const summary =
      samples.length === 0
        ? {}
        : Object.fromEntries(
            Object.keys(samples[0])
              .filter((key) => typeof samples[0][key] === 'number')
              .map((key) => [key, median(samples.map((s) => s[key]))]),
          );
    report[path] = { ...summary, samples, failures };
  }
} finally {
  await chrome.kill();
  await server.close();
}
process.stderr.write('\n');
mkdirSync(`${root}bench/.out`, { recursive: true });
writeFileSync(
  `${root}bench/.out/lighthouse.json`,
  `${JSON.stringify({ date: new Date().toISOString(), runs, lighthouse: '12.2.3', pages: report }, null, 2)}\n`,
);
console.log(`Lighthouse 12.2.3, mobile (4× CPU, slow 4G), median of ${runs} run(s):`);
for (const [path, s] of Object.entries(report)) {
  if (s.samples.length === 0) {
    console.log(`${path}: failed in every run (${[...new Set(s.failures.map((f) => f.reason))].join(' | ')})`);
    continue;
  }
  if (s.failures.length > 0) console.log(`${path}: ${s.failures.length} of ${runs} run(s) failed, the median is of the others`);
  console.log(
    `${path}: score ${s.score}, TBT ${Math.round(s.tbt)} ms, CLS ${s.cls.toFixed(3)}, LCP ${Math.round(s.lcp)} ms, FCP ${Math.round(s.fcp)} ms, JS boot-up ${Math.round(s.bootup)} ms`,
  );
}
console.log('JSON: bench/.out/lighthouse.json');
