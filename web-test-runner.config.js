import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, chromePath } from './scripts/chrome.js';

/** The browser suite: every test/**\/*.test.ts in Debian's headless Chromium. */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  // Lit's one-line dev-mode notice is expected in tests; any other browser log is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), headless: true, args: CHROME_ARGS },
    }),
  ],
  plugins: [
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
};
