/**
 * Fetching JSON a site points a component at (`src`, `overlay-src`), with every way it can
 * fail turned into a typed problem the component can show: which URL, what went wrong.
 */

export interface PathProblem {
  path: string;
  message: string;
}

export type LoadProblem =
  | { kind: 'network'; url: string; detail: string }
  | { kind: 'http'; url: string; status: number }
  | { kind: 'json'; url: string; detail: string }
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
    case 'invalid':
      return `${problem.url ?? 'The data'} has ${problem.errors.length} problem(s): ${problem.errors
        .slice(0, 3)
        .map((error) => error.message)
        .join('; ')}`;
  }
}

/** True for the rejection of an aborted fetch, which is not an error to show. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Fetches and parses `url`; rejects with a `LoadError` (or the abort, untouched). */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' }, credentials: 'same-origin' });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new LoadError({ kind: 'network', url, detail: error instanceof Error ? error.message : String(error) });
  }
  if (!response.ok) throw new LoadError({ kind: 'http', url, status: response.status });
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new LoadError({ kind: 'json', url, detail: error instanceof Error ? error.message : String(error) });
  }
}
