import { LoadError } from '../data/fetch-json.js';

/**
 * A failed import of code the element loads on use (a chunk beside the bundle: 404, offline, a
 * CSP that blocks it) as a load problem the element shows like a failed fetch: 无法连接到 and the
 * file's URL when the browser names it (Chrome and Firefox do), else the folder the code is
 * served from; with 重试 — never a blank or stuck element. Logged once per failure with the cause.
 */
export function chunkProblem(error: unknown, log: string): LoadError {
  const detail = error instanceof Error ? error.message : String(error);
  const url = /\b(?:https?|file):\/\/\S+?\.js\b/.exec(detail)?.[0] ?? import.meta.url.replace(/[^/]*$/, '');
  console.error(log, error);
  return new LoadError({ kind: 'network', url, detail });
}
