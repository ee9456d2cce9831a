// The repo on loopback for the browser smoke test, as scripts/serve.js serves it (same files,
// same headers: the strict CSP on demo/csp.html), with two additions: every HTML page gets
// test/browsers/recorder.js as its first script, and every response of 400 or more is noted,
// so a missing file fails the page in every engine, including WebKit, which reports no network.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { demoHeaders, startServer } from '../../scripts/serve.js';

const RECORDER_PATH = '/__si-smoke/recorder.js';
const recorder = readFileSync(fileURLToPath(new URL('./recorder.js', import.meta.url)));

/** Resolves to { url, failures, close }; `failures` collects "HTTP 404 /path" lines. */
export async function startSmokeServer({ root }) {
  const files = await startServer({ root });
  const failures = [];
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === RECORDER_PATH) {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(recorder);
      return;
    }
    // Browsers ask for /favicon.ico on their own when a page names none; that is not the page's fault.
    const upstream = await fetch(`${files.url}${request.url}`);
    if (upstream.status >= 400 && pathname !== '/favicon.ico') failures.push(`HTTP ${upstream.status} ${pathname}`);
    const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
    let body = Buffer.from(await upstream.arrayBuffer());
    if (type.startsWith('text/html')) {
      body = Buffer.from(String(body).replace(/<head>/i, `<head><script src="${RECORDER_PATH}"></script>`));
    }
    response.writeHead(upstream.status, { 'content-type': type, 'cache-control': 'no-store', ...demoHeaders(pathname) }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    failures,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await files.close();
    },
  };
}
