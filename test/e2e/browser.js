// Shared set-up for the end-to-end tests: the repo served on loopback, Debian's Chromium
// driven by playwright-core, and every console message and page error collected.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome.js';
import { startServer } from '../../scripts/serve.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Starts the server and the browser once per test file; `close()` stops both. */
export async function openBrowser() {
  const server = await startServer({ root: repoRoot });
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
  return {
    url: (path) => `${server.url}${path}`,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A new page whose console messages and uncaught errors are recorded in `log`. */
export async function newWatchedPage(browser, options = {}) {
  const page = await browser.newPage(options);
  const log = { errors: [], warnings: [] };
  page.on('pageerror', (error) => log.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(`console.error: ${message.text()}`);
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  // A request the page itself cancels by navigating on (a favicon still loading when a link is
  // followed) is not a failure; a missing file still shows as an HTTP 404 below.
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') log.errors.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) log.errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, log };
}
