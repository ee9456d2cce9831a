import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, chromePath } from './scripts/chrome.js';
import { siteFilesPlugin } from './test/support/site-plugin.js';

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

/**
 * Test servers that misbehave, for the loading tests (test/utilities/load-controller.test.ts,
 * test/components/catalogue/loading.test.ts, test/integration/loading-paths.test.ts) and the fuzz test:
 * - `/__si-test/hang` never answers;
 * - `/__si-test/stall` sends headers and the start of a JSON body, then nothing more;
 * - `/__si-test/reset` sends headers and the start of a body, then drops the connection;
 * - `/__si-test/large` declares a 20 MB body (`?chunked`: sends 11 MB without declaring it);
 * - `/__si-test/echo?body=<base64url>&delay=<ms>&status=<n>` answers `body` after `delay`.
 * Each waits only until the browser gives up (abort, time limit, page closed), so nothing leaks.
 */
function misbehavingServers() {
  const closed = (ctx) =>
    new Promise((resolve) => {
      if (ctx.req.destroyed) resolve();
      ctx.req.once('close', resolve);
      ctx.res.once('close', resolve);
    });
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__si-test/')) return next();
    ctx.set('cache-control', 'no-store');
    const route = ctx.path.slice('/__si-test/'.length);
    if (route === 'hang') {
      // Answered by nobody: not a 404 in the test runner's report.
      ctx.status = 204;
      ctx.respond = false;
      await closed(ctx);
      return undefined;
    }
    if (route === 'stall') {
      ctx.status = 200;
      ctx.respond = false;
      ctx.res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      ctx.res.write('{"id":"stalled","title":"');
      await closed(ctx);
      ctx.res.destroy();
      return undefined;
    }
    if (route === 'reset') {
      ctx.status = 200;
      ctx.respond = false;
      ctx.res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', 'content-length': '1000' });
      ctx.res.write('{"id":"reset","title":"');
      setTimeout(() => ctx.res.destroy(), 50);
      return undefined;
    }
    if (route === 'large') {
      ctx.status = 200;
      ctx.respond = false;
      if ('chunked' in ctx.query) {
        ctx.res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        ctx.res.end(`["${'x'.repeat(11 * 1024 * 1024)}"]`);
        return undefined;
      }
      ctx.res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', 'content-length': String(20 * 1024 * 1024) });
      ctx.res.write('["');
      await closed(ctx);
      ctx.res.destroy();
      return undefined;
    }
    if (route === 'echo') {
      const delay = Math.min(Number(ctx.query.delay) || 0, 10000);
      if (delay > 0) await Promise.race([new Promise((resolve) => setTimeout(resolve, delay)), closed(ctx)]);
      ctx.status = Number(ctx.query.status) || 200;
      ctx.type = 'application/json';
      ctx.body = Buffer.from(String(ctx.query.body ?? ''), 'base64url').toString('utf8');
      return undefined;
    }
    ctx.status = 404;
    return undefined;
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
  middleware: [misbehavingServers()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), headless: true, args: CHROME_ARGS },
    }),
  ],
  plugins: [
    // The kit's files at their site URLs, and the docs' snippets (CMS editor tests).
    siteFilesPlugin(),
    jsonModulesForImportsOnly(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
};
