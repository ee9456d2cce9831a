/* global process */
// Times search keystrokes in <si-catalogue> in a cold page (a new browser context per size),
// from the input event to the next paint, the first keystroke included. Not a test: it prints.
// Usage: npm run build (or npx vite build --mode bundle), then node bench/search-keystrokes.js
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, chromePath } from '../scripts/chrome.js';
import { startServer } from '../scripts/serve.js';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(`${root}dist/si-catalogue.bundle.js`)) {
  console.error('bench: dist/si-catalogue.bundle.js is missing; run "npm run build" first.');
  process.exit(1);
}
const QUERIES = ['社保卡丢了', 'yanglaojin', '养老金', '丧葬费', '退休'];
const TARGETS = { 50: 16, 1000: 16, 10000: 50 };

const server = await startServer({ root });
const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
try {
  for (const size of [50, 1000, 10000]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`pageerror: ${error.message}`));
    await page.goto(`${server.url}/bench/search-keystrokes.html`);
    await page.waitForFunction(() => typeof window.runKeystrokes === 'function' && customElements.get('si-catalogue'));
    const { firstRender, timings } = await page.evaluate((options) => window.runKeystrokes(options), { size, queries: QUERIES });
    const ms = timings.map((timing) => timing.ms);
    const sorted = [...ms].sort((a, b) => a - b);
    const worst = timings.reduce((a, b) => (b.ms > a.ms ? b : a));
    console.log(
      `${String(size).padStart(6)} items: first render ${firstRender.toFixed(1)} ms; ${ms.length} keystrokes: first ${ms[0].toFixed(1)} ms, median ${sorted[sorted.length >> 1].toFixed(1)} ms, ` +
        `max ${worst.ms.toFixed(1)} ms ("${worst.query}", ${worst.shown} shown); target ≤ ${TARGETS[size]} ms: ${worst.ms <= TARGETS[size] ? 'met' : 'MISSED'}; ` +
        `search alone: median ${[...timings.map((timing) => timing.searchMs)].sort((a, b) => a - b)[timings.length >> 1].toFixed(1)} ms, max ${Math.max(...timings.map((timing) => timing.searchMs)).toFixed(1)} ms`,
    );
    if (process.argv.includes('--verbose'))
      for (const timing of timings)
        console.log(
          `    ${timing.query.padEnd(12)} ${timing.ms.toFixed(1).padStart(6)} ms (search alone ${timing.searchMs.toFixed(1)} ms)  ${timing.shown} shown`,
        );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
