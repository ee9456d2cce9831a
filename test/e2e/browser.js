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

/**
 * Waits until `condition()` holds (read in Node: a page's `log`, a counter); fails naming `message`
 * after `timeout` ms. For a condition in the page, use page.waitForFunction.
 */
export async function until(condition, message, { timeout = 5000, interval = 20 } = {}) {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/**
 * Resolves once every console message the page logged before this call is in `log`: the page's
 * events reach Node in order, before the answer to a later evaluate.
 */
export async function consoleDelivered(page) {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
}

/**
 * In the page: waits until the `<si-catalogue>` matching `selector` has taken in `attributes`
 * (reflected as attributes), has nothing pending, and (with `showing`) draws an element matching
 * that selector in its shadow root, e.g. `[data-seq] mark` for a search's highlighted results.
 */
export async function catalogueShows(page, selector, attributes, { showing } = {}) {
  await page.waitForFunction(
    ({ selector, attributes, showing }) => {
      const el = document.querySelector(selector);
      if (el === null || el.isUpdatePending) return false;
      if (showing !== undefined && el.shadowRoot?.querySelector(showing) == null) return false;
      return Object.entries(attributes).every(([name, value]) => (el.getAttribute(name) ?? '') === value);
    },
    { selector, attributes, showing },
  );
  await page.locator(selector).evaluate((el) => el.updateComplete);
}
