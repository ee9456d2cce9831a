/**
 * Fetching JSON a site points a component at (`src`, `overlay-src`), with every way it can
 * fail turned into a typed problem the component can show: which URL, what went wrong. Every
 * request has a time limit covering the whole exchange (headers and body), so a server that
 * never answers, or stops in the middle of the body, ends in a visible error, not a skeleton
 * shown forever.
 */

import { startTimeLimit } from './time-limit.js';
import type { LocalizableError } from './validation-messages.js';

/** A problem at a JSON path, with its English message and the key to show it in other languages. */
export type PathProblem = LocalizableError;

export type LoadProblem =
  | { kind: 'network'; url: string; detail: string }
  | { kind: 'http'; url: string; status: number }
  | { kind: 'json'; url: string; detail: string }
  | { kind: 'timeout'; url: string; seconds: number }
  | { kind: 'too-large'; url: string; megabytes: number }
  | { kind: 'invalid'; url?: string; errors: PathProblem[] };

/** Thrown by the loaders; `problem` says what to show. */
export class LoadError extends Error {
  constructor(readonly problem: LoadProblem) {
    super(describeProblem(problem));
    this.name = 'LoadError';
  }
}

/** A one-line English description, for logs and the `si-error` event's message. */
export function describeProblem(problem: LoadProblem): string {
  switch (problem.kind) {
    case 'network':
      return `Could not fetch ${problem.url}: ${problem.detail}`;
    case 'http':
      return `${problem.url} answered HTTP ${problem.status}`;
    case 'json':
      return `${problem.url} is not valid JSON: ${problem.detail}`;
    case 'timeout':
      return `${problem.url} did not answer within ${problem.seconds} s`;
    case 'too-large':
      return `${problem.url} is larger than ${problem.megabytes} MB`;
    case 'invalid':
      return `${problem.url ?? 'The data'} has ${problem.errors.length} problem(s): ${problem.errors
        .slice(0, 3)
        .map((error) => error.message)
        .join('; ')}`;
  }
}

/** True for the rejection of an aborted fetch, which is not an error to show. */
function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** The time limit of a request when the element's `timeout` attribute is absent or unusable. */
const DEFAULT_TIMEOUT_SECONDS = 15;

/**
 * The largest answer read, in bytes (10 MB; the standard catalogue is about 0.1 MB). A wrong
 * `src` pointing at a huge file must not freeze a phone parsing it.
 */
const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/** Longer than this is no limit a person would wait for; also keeps setTimeout in range. */
const MAX_TIMEOUT_SECONDS = 600;

/**
 * The `timeout` attribute as seconds: a positive number (full-width digits and spaces from an
 * IME accepted), at most MAX_TIMEOUT_SECONDS; anything else is the default.
 */
export function timeoutSeconds(value: unknown): number {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  const ascii = text.replace(/[\uFF10-\uFF19\uFF0E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  const seconds = ascii === '' ? Number.NaN : Number(ascii);
  if (!Number.isFinite(seconds) || seconds <= 0) return DEFAULT_TIMEOUT_SECONDS;
  return Math.min(seconds, MAX_TIMEOUT_SECONDS);
}

export interface FetchJsonOptions {
  /** Aborts the request (the element left the page, or its source changed): rejects with the AbortError. */
  signal?: AbortSignal;
  /** The time limit for the whole exchange, headers and body; DEFAULT_TIMEOUT_SECONDS when absent. */
  timeoutSeconds?: number;
}

/**
 * Fetches and parses `url`; rejects with a `LoadError` (network, HTTP status, JSON syntax or
 * time limit), or with the AbortError when `signal` aborted it (not an error to show).
 */
export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<unknown> {
  const { signal } = options;
  const seconds = options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  if (signal?.aborted) throw new DOMException('The request was aborted.', 'AbortError');
  // One controller for both reasons to stop (AbortSignal.any is too new for the phones served).
  const controller = new AbortController();
  let timedOut = false;
  // Not a plain setTimeout: on a busy page the timer runs late, with the answer already waiting (time-limit.ts).
  const cancelTimeLimit = startTimeLimit(seconds * 1000, () => {
    timedOut = true;
    controller.abort();
  });
  const forward = () => controller.abort();
  signal?.addEventListener('abort', forward, { once: true });
  const failure = (error: unknown, problem: LoadProblem): unknown => {
    if (timedOut) return new LoadError({ kind: 'timeout', url, seconds });
    if (signal?.aborted || isAbort(error)) return signal?.aborted ? new DOMException('The request was aborted.', 'AbortError') : error;
    return new LoadError(problem);
  };
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' }, credentials: 'same-origin' });
    } catch (error) {
      throw failure(error, { kind: 'network', url, detail: error instanceof Error ? error.message : String(error) });
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      throw new LoadError({ kind: 'http', url, status: response.status });
    }
    const tooLarge = new LoadError({ kind: 'too-large', url, megabytes: MAX_RESPONSE_BYTES / 1024 / 1024 });
    if (Number(response.headers.get('content-length')) > MAX_RESPONSE_BYTES) {
      controller.abort();
      throw tooLarge;
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw failure(error, { kind: 'network', url, detail: error instanceof Error ? error.message : String(error) });
    }
    // Without a Content-Length (chunked) the size is known once read, in characters; still not parsed.
    if (text.length > MAX_RESPONSE_BYTES) throw tooLarge;
    try {
      return JSON.parse(stripByteOrderMark(text)) as unknown;
    } catch (error) {
      throw new LoadError({ kind: 'json', url, detail: error instanceof Error ? error.message : String(error) });
    }
  } finally {
    cancelTimeLimit();
    signal?.removeEventListener('abort', forward);
  }
}

/**
 * Drops a UTF-8 byte order mark (Notepad writes one). `Response.text()` already does; text read
 * another way (a file in the CLI) may still start with it, and JSON.parse rejects it.
 */
function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
