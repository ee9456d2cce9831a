// Screenshots pages in Debian's headless Chromium (playwright-core, no browser download):
//   node scripts/screenshot.js <url> <out.png> [width=1280] [height]
// Used to look at the demo and stories as people would, at 360 px and 1280 px.
import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from './chrome.js';

const [url, out, width = '1280', height] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.js <url> <out.png> [width] [height]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height ?? 800) } });
  page.on('console', (message) => console.log(`[console.${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.screenshot({ path: out, fullPage: height === undefined });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
