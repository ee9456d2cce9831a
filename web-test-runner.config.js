import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, chromePath } from './scripts/chrome.js';

/**
 * `import data from './x.json'` needs the JSON served as a JS module, but tests also fetch()
 * JSON fixtures (including broken ones) that must arrive untouched. Module imports are told
 * apart by the request's Sec-Fetch-Dest header.
 */
function jsonModulesForImportsOnly() {
  const isModuleImport = (context) => context.request.get('sec-fetch-dest') === 'script';
  return {
    name: 'si-json-modules-for-imports-only',
    transform(context) {
      if (!context.path.endsWith('.json')) return undefined;
      // One URL, two bodies (module or JSON): no cache may hand one to the other, or a later
      // test page's fetch() of a file an earlier page imported never settles.
      context.set('cache-control', 'no-store');
      context.set('vary', 'sec-fetch-dest');
      context.remove('etag');
      // Named exports of top-level keys too, as Vite's JSON plugin gives (src/catalogue/builtin.ts uses them).
      if (isModuleImport(context)) return { body: jsonModule(context.body), transformCache: false };
      return undefined;
    },
    resolveMimeType(context) {
      if (context.path.endsWith('.json') && isModuleImport(context)) return 'js';
      return undefined;
    },
  };
}

function jsonModule(body) {
  const value = JSON.parse(body);
  const names = value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key)) : [];
  return `const json = ${body};\nexport default json;\n${names.map((name) => `export const ${name} = json[${JSON.stringify(name)}];`).join('\n')}`;
}

/** The browser suite: every test/**\/*.test.ts in Debian's headless Chromium. */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // Lit's one-line dev-mode notice is expected in tests; any other browser log is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), headless: true, args: CHROME_ARGS },
    }),
  ],
  plugins: [
    jsonModulesForImportsOnly(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
};
