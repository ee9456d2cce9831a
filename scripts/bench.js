// npm run bench (builds first). Times, in headless Chromium,
// <si-catalogue>'s first render against the same table rendered on a server (its markup
// and styles as declarative shadow DOM, no script) at 50 items, and one search
// keystroke's update at 50, 1,000 and 10,000 items; prints a table and checks the targets.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, chromePath } from './chrome.js';
import { startServer } from './serve.js';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(`${root}dist/si-catalogue.bundle.js`)) {
  console.error('bench: dist/si-catalogue.bundle.js is missing; run "npm run build" first.');
  process.exit(1);
}

const TARGETS = { firstRenderRatio: 1.5, keystroke: { 1000: 16, 10000: 50 } };

const server = await startServer({ root });
const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error(`pageerror: ${error.message}`));
  await page.goto(`${server.url}/bench/index.html`);
  await page.waitForFunction(() => typeof window.runBenchmark === 'function');
  const results = await page.evaluate(() => window.runBenchmark({ runs: 7 }));
  const { firstRender, keystroke } = results;
  const rows = [
    ['first render, 50 items: unstyled HTML table', `${firstRender.plainMs.toFixed(1)} ms`, '(for reference)'],
    ['first render, 50 items: server-rendered table', `${firstRender.staticMs.toFixed(1)} ms`, '(same markup and styles, no script)'],
    ['first render, 50 items: <si-catalogue>', `${firstRender.elementMs.toFixed(1)} ms`, `${firstRender.ratio.toFixed(2)}× static (target ≤ ${TARGETS.firstRenderRatio}×)`],
    ...Object.entries(keystroke).map(([n, ms]) => [
      `search keystroke, ${n} items`,
      `${ms.toFixed(1)} ms`,
      TARGETS.keystroke[n] ? `target ≤ ${TARGETS.keystroke[n]} ms` : '',
    ]),
  ];
  for (const row of rows) console.log(row[0].padEnd(42), row[1].padStart(10), ' ', row[2]);
  const misses = [];
  if (firstRender.ratio > TARGETS.firstRenderRatio) misses.push('first render');
  for (const [n, limit] of Object.entries(TARGETS.keystroke)) if (keystroke[n] > limit) misses.push(`keystroke at ${n}`);
  console.log(misses.length === 0 ? 'All targets met.' : `Targets missed: ${misses.join(', ')} (median of 7 runs).`);
} finally {
  await browser.close();
  await server.close();
}
