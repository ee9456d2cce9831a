/* global process */
// Times search keystrokes in <si-catalogue> in a cold page (a new browser context per size),
// from the input event to the next paint, the first keystroke included. Not a test: it prints.
// Usage: npm run build (or npx vite build --mode bundle), then node bench/search-keystrokes.js
//   [--runs N] [--sizes 50,1000,10000] [--compare DIR] [--cpu] [--verbose]
// --compare DIR: another build (a directory with its own bench/ and dist/, e.g. a copy of main),
//   measured in the same run, runs alternated. --cpu: also the renderer main thread's CPU time
//   per keystroke, from a trace (less sensitive than wall time to other jobs on a shared machine).
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHROME_ARGS, chromePath } from '../scripts/chrome.js';
import { startServer } from '../scripts/serve.js';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '1' },
    sizes: { type: 'string', default: '50,1000,10000' },
    compare: { type: 'string' },
    cpu: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
const root = fileURLToPath(new URL('..', import.meta.url));
const builds = [{ label: 'this build', dir: root }];
if (options.compare) builds.push({ label: `compare (${options.compare})`, dir: `${resolve(options.compare)}/` });
for (const { dir } of builds) {
  if (!existsSync(`${dir}dist/si-catalogue.bundle.js`) || !existsSync(`${dir}bench/search-keystrokes.html`)) {
    console.error(`bench: ${dir} has no dist/si-catalogue.bundle.js or bench/search-keystrokes.html; run "npm run build" there first.`);
    process.exit(1);
  }
}
const runs = Math.max(1, Number(options.runs) || 1);
const sizes = options.sizes.split(',').map(Number);
const QUERIES = ['社保卡丢了', 'yanglaojin', '养老金', '丧葬费', '退休'];
const TARGETS = { 50: 16, 1000: 16, 10000: 50 };

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** Main-thread CPU ms of each keystroke window [input, input + wall ms], from trace events' thread durations. */
function cpuPerKeystroke(events, timings) {
  const stamps = events.filter((event) => event.name === 'TimeStamp' && event.args?.data?.message === 'si-keystroke').sort((a, b) => a.ts - b.ts);
  if (stamps.length !== timings.length) return undefined;
  const { pid, tid } = stamps[0];
  const tasks = [];
  let end = -1;
  const all = events.filter(
    (event) => event.pid === pid && event.tid === tid && event.ph === 'X' && event.tdur !== undefined && event.name.endsWith('RunTask'),
  );
  // Outermost tasks only.
  for (const task of all.sort((a, b) => a.ts - b.ts)) {
    if (task.ts < end) continue;
    tasks.push(task);
    end = task.ts + task.dur;
  }
  return stamps.map((stamp, at) => {
    const [from, to] = [stamp.ts, stamp.ts + timings[at].ms * 1000];
    let cpu = 0;
    for (const task of tasks) {
      const overlap = Math.min(to, task.ts + task.dur) - Math.max(from, task.ts);
      if (overlap > 0) cpu += overlap * (task.tdur / Math.max(1, task.dur));
    }
    return cpu / 1000;
  });
}

async function measure(browser, url, size) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`pageerror: ${error.message}`));
    await page.goto(`${url}/bench/search-keystrokes.html`);
    await page.waitForFunction(() => typeof window.runKeystrokes === 'function' && customElements.get('si-catalogue'));
    let cdp;
    const events = [];
    if (options.cpu) {
      // Marks each keystroke's input event in the trace.
      await page.evaluate(() => {
        const dispatch = EventTarget.prototype.dispatchEvent;
        EventTarget.prototype.dispatchEvent = function (event) {
          if (event.type === 'input' && this.id === 'si-filter-query' && this.value !== '') console.timeStamp('si-keystroke');
          return dispatch.call(this, event);
        };
      });
      cdp = await context.newCDPSession(page);
      cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,toplevel', transferMode: 'ReportEvents' });
    }
    const result = await page.evaluate((args) => window.runKeystrokes(args), { size, queries: QUERIES });
    if (cdp !== undefined) {
      const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
      await cdp.send('Tracing.end');
      await complete;
      const cpu = cpuPerKeystroke(events, result.timings);
      result.timings.forEach((timing, at) => (timing.cpuMs = cpu?.[at]));
    }
    return result;
  } finally {
    await context.close();
  }
}

const servers = await Promise.all(builds.map(({ dir }) => startServer({ root: dir })));
const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
try {
  for (const size of sizes) {
    const samples = builds.map(() => []);
    for (let run = 0; run < runs; run++) {
      // Alternated, so that the machine's drift hits every build alike.
      const order = builds.map((_, at) => at);
      if (run % 2 === 1) order.reverse();
      for (const at of order) samples[at].push(await measure(browser, servers[at].url, size));
    }
    builds.forEach(({ label }, at) => {
      const first = samples[at][0].timings;
      // Per keystroke, the median over runs.
      const per = (key) => first.map((_, k) => median(samples[at].map((sample) => sample.timings[k][key])));
      const ms = per('ms');
      const search = per('searchMs');
      const worst = ms.indexOf(Math.max(...ms));
      const cpu = options.cpu ? per('cpuMs') : undefined;
      console.log(
        `${String(size).padStart(6)} items, ${label}, ${runs} run(s): first render ${median(samples[at].map((s) => s.firstRender)).toFixed(1)} ms; ` +
          `${ms.length} keystrokes: first ${ms[0].toFixed(1)} ms, median ${median(ms).toFixed(1)} ms, max ${ms[worst].toFixed(1)} ms ("${first[worst].query}", ${first[worst].shown} shown); ` +
          `target ≤ ${TARGETS[size] ?? 16} ms: ${ms[worst] <= (TARGETS[size] ?? 16) ? 'met' : 'MISSED'}; search alone: median ${median(search).toFixed(1)} ms, max ${Math.max(...search).toFixed(1)} ms` +
          (cpu && cpu.every((value) => value !== undefined)
            ? `; main-thread CPU: first ${cpu[0].toFixed(1)} ms, median ${median(cpu).toFixed(1)} ms, max ${Math.max(...cpu).toFixed(1)} ms`
            : ''),
      );
      if (options.verbose)
        first.forEach((timing, k) =>
          console.log(
            `    ${timing.query.padEnd(12)} ${ms[k].toFixed(1).padStart(6)} ms${cpu ? ` (CPU ${cpu[k]?.toFixed(1) ?? '?'} ms)` : ''} (search alone ${search[k].toFixed(1)} ms)  ${timing.shown} shown`,
          ),
        );
    });
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}
