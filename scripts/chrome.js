// Finds the Chromium the tests, screenshots and end-to-end checks drive. Nothing here
// downloads a browser: it must come from the system (Debian: apt-get install -y chromium).
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags for headless Chromium as root in a container with a closed network. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The browser's path ($CHROME_PATH first), or exits with one line saying how to get one. */
export function chromePath() {
  const fromEnv = process.env.CHROME_PATH;
  const found = fromEnv ? (existsSync(fromEnv) ? fromEnv : undefined) : CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  const why = fromEnv ? `CHROME_PATH=${fromEnv} does not exist` : 'no Chromium found';
  console.error(`si-catalogue: ${why}; install one with "apt-get install -y chromium" or set CHROME_PATH.`);
  process.exit(1);
}
