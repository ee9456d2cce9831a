// One small interface over three engines, from Debian packages only (nothing is downloaded):
//   chromium: /usr/bin/chromium through playwright-core (as test/e2e does);
//   firefox:  /usr/bin/firefox-esr through puppeteer-core over WebDriver BiDi;
//   webkit:   WebKitGTK's MiniBrowser through WebKitWebDriver and selenium-webdriver, in Xvfb.
// Recipe: /work/shared/notes/browsers.md. Every browser gets HOME, TMPDIR and XDG_* in a
// temporary folder, so profiles and caches never land in the real home directory.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_ARGS } from '../../scripts/chrome.js';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const FIREFOX = '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB = '/usr/bin/Xvfb';

/** How long a condition may take before the test fails (a loaded 2-core machine is slow). */
export const WAIT_TIMEOUT_MS = 30_000;

function chromiumPath() {
  const fromEnv = process.env.CHROME_PATH;
  return fromEnv && existsSync(fromEnv) ? fromEnv : CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}

/** Why an engine cannot run on this machine (a missing Debian package), or undefined. */
export function missingBinary(engine) {
  const need = {
    chromium: [[chromiumPath() ?? '/usr/bin/chromium', 'chromium']],
    firefox: [[FIREFOX, 'firefox-esr']],
    webkit: [
      [WEBKIT_DRIVER, 'webkit2gtk-driver'],
      [MINIBROWSER, 'libwebkit2gtk-4.1-0'],
      [XVFB, 'xvfb'],
    ],
  }[engine];
  const missing = need.filter(([path]) => !existsSync(path));
  if (missing.length === 0) return undefined;
  return `${missing.map(([path]) => path).join(', ')} not found (apt-get install -y ${missing.map(([, pkg]) => pkg).join(' ')})`;
}

/** A temporary home for one browser: HOME, TMPDIR and the XDG folders, removed on close. */
function temporaryHome(engine) {
  const dir = mkdtempSync(join(tmpdir(), `si-browsers-${engine}-`));
  const env = {
    ...process.env,
    HOME: dir,
    TMPDIR: join(dir, 'tmp'),
    XDG_CACHE_HOME: join(dir, 'cache'),
    XDG_CONFIG_HOME: join(dir, 'config'),
    XDG_DATA_HOME: join(dir, 'data'),
  };
  for (const key of ['TMPDIR', 'XDG_CACHE_HOME', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME']) mkdirSync(env[key], { recursive: true });
  return {
    dir,
    env, // WebKit's helper processes may still be writing their caches as they exit.
    remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }),
  };
}

/** A function and its arguments as one expression, evaluated the same way by every driver. */
const callExpression = (fn, args) => `(${fn.toString()})(...${JSON.stringify(args)})`;

/** Polls `evaluate(fn, ...args)` until it returns something truthy; fails with `message`. */
async function waitUntil(evaluate, fn, args, { timeout = WAIT_TIMEOUT_MS, message } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await evaluate(fn, ...args);
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`${message ?? 'condition'} not met within ${timeout / 1000} s (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function launchChromium(home, { javascript }) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROME_ARGS, env: home.env });
  const page = await browser.newPage({ javaScriptEnabled: javascript });
  const native = [];
  page.on('pageerror', (error) => native.push(`pageerror: ${error.message}`));
  return {
    version: `Chromium ${browser.version()}`,
    native,
    async open(url, { width, height }) {
      await page.setViewportSize({ width, height });
      await page.goto(url);
    },
    evaluate: (fn, ...args) => page.evaluate(callExpression(fn, args)),
    type: (text) => page.keyboard.type(text),
    close: () => browser.close(),
  };
}

async function launchFirefox(home, { javascript }) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: join(home.dir, 'firefox-profile'),
    // page.setJavaScriptEnabled(false) fails on ESR 153; the preference works.
    extraPrefsFirefox: javascript ? {} : { 'javascript.enabled': false },
    env: home.env,
  });
  const page = await browser.newPage();
  const native = [];
  page.on('pageerror', (error) => native.push(`pageerror: ${error.message}`));
  return {
    version: (await browser.version()).replace(/^firefox\//i, 'Firefox '),
    native,
    async open(url, { width, height }) {
      await page.setViewport({ width, height });
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, ...args) => page.evaluate(callExpression(fn, args)),
    type: (text) => page.keyboard.type(text),
    close: () => browser.close(),
  };
}

/** A free loopback port for WebKitWebDriver. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a free display; resolves to { display, process }. */
function startXvfb(env) {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
      env,
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    xvfb.stderr.on('data', (chunk) => (stderr += chunk));
    xvfb.stdio[3].on('data', (chunk) => {
      const display = String(chunk).trim();
      if (display) resolve({ display: `:${display}`, process: xvfb });
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${stderr}`)));
  });
}

/** Resolves once the WebDriver server answers /status, or rejects when it exits. */
async function waitForDriver(url, driverProcess) {
  const exited = new Promise((_, reject) => driverProcess.once('exit', (code) => reject(new Error(`WebKitWebDriver exited with ${code}`))));
  const ready = (async () => {
    for (let attempt = 0; attempt < 300; attempt++) {
      try {
        const response = await fetch(`${url}/status`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`WebKitWebDriver did not answer at ${url}`);
  })();
  return Promise.race([ready, exited]);
}

/** Kills a child process we started and waits for it to be gone. */
function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

/**
 * Stops WebKitWebDriver and what it started (MiniBrowser, its web and network processes), which
 * share the process group we gave the driver, and waits until the group is gone: they write
 * caches into the temporary home until they exit.
 */
async function stopProcessGroup(leader) {
  if (!leader?.pid) return;
  const signal = (name) => {
    try {
      process.kill(-leader.pid, name);
      return true;
    } catch {
      return false; // ESRCH: the group is gone
    }
  };
  signal('SIGTERM');
  for (let attempt = 0; attempt < 50 && signal(0); attempt++) await new Promise((resolve) => setTimeout(resolve, 100));
  signal('SIGKILL');
  await stopProcess(leader);
}

async function launchWebKit(home, { javascript }) {
  // Without this, GTK's toolbar keeps MiniBrowser's window at least 447 px wide.
  mkdirSync(join(home.env.XDG_CONFIG_HOME, 'gtk-3.0'), { recursive: true });
  writeFileSync(
    join(home.env.XDG_CONFIG_HOME, 'gtk-3.0', 'gtk.css'),
    '* { font-size: 3px; padding: 0; margin: 0; min-width: 0; min-height: 0; border-width: 0; }\n',
  );
  const xvfb = await startXvfb(home.env);
  let webDriver;
  try {
    const port = await freePort();
    webDriver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
      env: { ...home.env, DISPLAY: xvfb.display },
      stdio: 'ignore',
      detached: true, // its own process group, so the browser it starts is stopped with it
    });
    const serverUrl = `http://127.0.0.1:${port}`;
    await waitForDriver(serverUrl, webDriver);
    const { Builder } = await import('selenium-webdriver');
    const driver = await new Builder()
      .usingServer(serverUrl)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: MINIBROWSER,
          args: ['--automation', ...(javascript ? [] : ['--enable-javascript-markup=false'])],
        },
      })
      .build();
    const capabilities = await driver.getCapabilities();
    const evaluate = (fn, ...args) => driver.executeScript(`return ${callExpression(fn, args)};`);
    return {
      version: `WebKitGTK ${capabilities.get('browserVersion')}`,
      native: [],
      async open(url, { width, height }) {
        // The window's size includes GTK's frame, and the web view takes a resize some time after
        // setRect returns (reading it at once can give the previous page's width). So: set the
        // window, wait for the web view to settle, correct by the frame it shows, and repeat.
        const window = driver.manage().window();
        const pause = () => new Promise((resolve) => setTimeout(resolve, 50));
        const settledInnerWidth = async (before) => {
          // While the window's width changed, wait (up to 2 s) for the web view to show it.
          let previous = await evaluate(() => window.innerWidth);
          for (let read = 0; before !== undefined && previous === before && read < 40; read++) {
            await pause();
            previous = await evaluate(() => window.innerWidth);
          }
          for (let read = 0; read < 20; read++) {
            await pause();
            const current = await evaluate(() => window.innerWidth);
            if (current === previous && (current === width || read >= 3)) return current;
            previous = current;
          }
          return previous;
        };
        let windowWidth = width;
        let actual = 0;
        for (let attempt = 0; attempt < 4; attempt++) {
          const { width: previousWindowWidth } = await window.getRect();
          const before = previousWindowWidth === windowWidth ? undefined : await evaluate(() => window.innerWidth);
          await window.setRect({ width: windowWidth, height, x: 0, y: 0 });
          actual = await settledInnerWidth(before);
          if (actual === width) break;
          windowWidth += width - actual;
        }
        await driver.get(url);
        actual = await settledInnerWidth();
        if (actual !== width) throw new Error(`WebKit's web view is ${actual} px wide, not ${width}`);
      },
      evaluate,
      type: (text) => driver.actions().sendKeys(text).perform(),
      async close() {
        await driver.quit().catch(() => {});
      },
      async stopServices() {
        await stopProcessGroup(webDriver);
        await stopProcess(xvfb.process);
      },
    };
  } catch (error) {
    await stopProcessGroup(webDriver);
    await stopProcess(xvfb.process);
    throw error;
  }
}

/**
 * Starts an engine. The result: `version`; `open(url, { width, height })` (navigates and waits
 * for the load event); `evaluate(fn, ...args)` (fn runs in the page, may be async, args and
 * result are JSON); `waitFor(fn, args, { message })`; `type(text)` (keys to the focused element);
 * `native` (uncaught errors the protocol reports, where it does); `close()`.
 * `{ javascript: false }` turns the page's own scripts off (the driver's scripts still run).
 */
export async function launchBrowser(engine, { javascript = true } = {}) {
  const home = temporaryHome(engine);
  let browser;
  try {
    browser = await { chromium: launchChromium, firefox: launchFirefox, webkit: launchWebKit }[engine](home, { javascript });
  } catch (error) {
    home.remove();
    throw error;
  }
  return {
    ...browser,
    engine,
    waitFor: (fn, args = [], options) => waitUntil(browser.evaluate, fn, args, options),
    async close() {
      await browser.close();
      await browser.stopServices?.();
      home.remove();
    },
  };
}
