// A small static file server for the demo pages, the built Storybook and the end-to-end
// tests. No dependencies, loopback only.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The strict policy demo/csp.html is served with (and docs/embedding.md documents). */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Headers some demo pages always get, whoever starts the server: the CSP page's policy. */
export function demoHeaders(pathname) {
  return pathname === '/demo/csp.html' ? { 'content-security-policy': STRICT_CSP } : {};
}

/**
 * Serves `root` on 127.0.0.1. `headers(pathname)` may add response headers (e.g. a CSP for
 * one page), on top of `demoHeaders`. `gzip: true` compresses text responses for clients that
 * accept it, as a production server would (the benchmarks and Lighthouse measure with it).
 * Resolves to `{ url, close }`; port 0 picks a free port.
 */
export function startServer({ root, port = 0, headers = () => ({}), gzip = false }) {
  const rootDir = resolve(root);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    let filePath = normalize(join(rootDir, decodeURIComponent(pathname)));
    if (filePath !== rootDir && !filePath.startsWith(rootDir + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    try {
      if (statSync(filePath).isDirectory()) filePath = join(filePath, 'index.html');
      statSync(filePath);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = MIME_TYPES[extname(filePath)] ?? 'application/octet-stream';
    const compress = gzip && /^(text\/|application\/json|image\/svg)/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-store',
      ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      ...demoHeaders(pathname),
      ...headers(pathname),
    });
    const body = createReadStream(filePath);
    if (compress) body.pipe(createGzip()).pipe(response);
    else body.pipe(response);
  });
  return new Promise((resolveServer, rejectServer) => {
    server.once('error', rejectServer);
    server.listen(port, '127.0.0.1', () => {
      const { port: actualPort } = server.address();
      resolveServer({
        url: `http://127.0.0.1:${actualPort}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/** What to tell someone whose server could not start on `port`. */
export function listenErrorMessage(error, port) {
  if (error.code === 'EADDRINUSE') {
    return (
      `Port ${port} is already in use (another server, perhaps an earlier npm start, is listening on 127.0.0.1:${port}).\n` +
      `Stop it, or choose another port: PORT=8080 npm start  (PORT=0 picks a free one).`
    );
  }
  if (error.code === 'EACCES') return `Port ${port} needs privileges here: choose one above 1024, e.g. PORT=8080 npm start.`;
  return `Could not start the server on port ${port}: ${error.message}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a whole number from 0 to 65535 (got "${process.env.PORT}").`);
    process.exit(2);
  }
  const root = fileURLToPath(new URL('..', import.meta.url));
  try {
    const { url } = await startServer({ root, port });
    console.log(`si-catalogue demo: ${url}/demo/  (Ctrl+C to stop)`);
    console.log(`  strict CSP page: ${url}/demo/csp.html`);
    console.log(`  built Storybook (npm run build-storybook first): ${url}/storybook-static/`);
  } catch (error) {
    console.error(listenErrorMessage(error, port));
    process.exit(1);
  }
}
