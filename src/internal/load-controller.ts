import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describeProblem, fetchJson, LoadError, timeoutSeconds, type LoadProblem } from '../data/fetch-json.js';
import type { ValidationError } from '../data/validation-core.js';
import { emit, type ErrorDetail, type LoadDetail } from './events.js';

/** What a load has come to: nothing to load, still loading, the value, or why there is none. */
export type LoadState<T> = { status: 'idle' } | { status: 'loading' } | { status: 'complete'; value: T } | { status: 'error'; problem: LoadProblem };

export interface LoadOptions<K extends readonly unknown[], T> {
  /** The inputs of the load (e.g. `[src, overlaySrc]`), or undefined when there is nothing to load. */
  key: () => K | undefined;
  /** Loads for `key`; rejects with a LoadError, or with the AbortError once `signal` aborts. */
  load: (key: K, signal: AbortSignal) => Promise<T>;
  /**
   * The outcome while there is nothing to load (`key` gives undefined): a value given directly
   * (a property, validated; the built-in data) or a problem with it. Idle when absent. Called
   * on every read of `outcome`, so it must be cheap: validate once per input and cache.
   */
  direct?: () => LoadState<T>;
  /**
   * Announce each new outcome once, after the host rendered it: `si-error` for every problem
   * (the same `ErrorDetail` for every element), and `si-load` with the detail `load` returns
   * for a value (return undefined for a value not worth announcing, e.g. the built-in one).
   */
  announce?: { load?: (value: T) => LoadDetail | undefined };
}

/** An outcome: complete with a value. */
export const complete = <T>(value: T): LoadState<T> => ({ status: 'complete', value });

/** An outcome: invalid data (a property or fetched JSON), with the paths that are wrong. */
export const invalid = <T>(errors: ValidationError[], url?: string): LoadState<T> => ({
  status: 'error',
  problem: { kind: 'invalid', url, errors },
});

const sameKey = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((value, index) => Object.is(value, b[index])));

/**
 * The one way a component loads data from a URL: a new load when the inputs change (the earlier
 * request aborted), and loading follows the element's presence on the page. An element removed
 * while loading (tab widgets, carousels and CMS scripts move elements) aborts its request and
 * stays "loading": that abort is not an error and is never shown or announced; put back, it
 * loads again. A finished load is kept across moves.
 *
 * It is also the one place that decides what an element shows (`outcome`: the loaded value,
 * or the `direct` one when nothing is to be loaded), and that fires `si-load` / `si-error`
 * exactly once per new outcome (`announce`). `fetchValidated()` is the usual `load`: fetch with
 * the element's time limit, then validate. `load-view.ts` draws the loading and error states.
 *
 * Replaces `@lit/task` here because a Task turns its own abort into an error state.
 */
export class LoadController<K extends readonly unknown[], T> implements ReactiveController {
  private current: LoadState<T> = { status: 'idle' };

  private key: K | undefined;

  private request: AbortController | undefined;

  /** Loads started; a settling load that is not the latest is ignored. */
  private generation = 0;

  private connected = false;

  /** The outcome last announced (its value or problem), so each is announced once. */
  private announced: unknown;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LoadOptions<K, T>,
  ) {
    host.addController(this);
  }

  /** The state of the load itself (idle when nothing is to be loaded). */
  get state(): LoadState<T> {
    return this.current;
  }

  /** What the element shows: the load's state, or the `direct` outcome when nothing is to be loaded. */
  get outcome(): LoadState<T> {
    if (this.options.key() !== undefined) return this.current;
    return this.options.direct?.() ?? { status: 'idle' };
  }

  /** The loaded or direct value, if there is one now. */
  get value(): T | undefined {
    const outcome = this.outcome;
    return outcome.status === 'complete' ? outcome.value : undefined;
  }

  /** Call before each render (willUpdate): starts a load when the inputs changed, stops one when there is nothing to load. */
  inputsChanged(): void {
    const key = this.options.key();
    if (sameKey(key, this.key) && (key === undefined || this.current.status !== 'idle')) return;
    this.key = key;
    this.start();
  }

  /** Loads the current inputs again (the 重试 button). */
  retry(): void {
    this.key = this.options.key();
    this.start();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.connected = true;
    // Moved while loading: the disconnect aborted the request, so start it again.
    if (this.current.status === 'loading' && this.request === undefined) this.start();
  }

  /** Announces a new outcome once it is on screen. */
  hostUpdated(): void {
    const announce = this.options.announce;
    if (announce === undefined) return;
    const outcome = this.outcome;
    const subject = outcome.status === 'complete' ? outcome.value : outcome.status === 'error' ? outcome.problem : undefined;
    if (subject === undefined || subject === this.announced) return;
    this.announced = subject;
    const target = this.host as unknown as EventTarget;
    if (outcome.status === 'error') emit(target, 'si-error', errorDetail(outcome.problem));
    else if (outcome.status === 'complete') {
      const detail = announce.load?.(outcome.value);
      if (detail !== undefined) emit(target, 'si-load', detail);
    }
  }

  hostDisconnected(): void {
    this.connected = false;
    if (this.request === undefined) return;
    this.request.abort();
    this.request = undefined;
    this.generation += 1;
  }

  private start(): void {
    this.request?.abort();
    this.request = undefined;
    this.generation += 1;
    const key = this.key;
    if (key === undefined) {
      this.current = { status: 'idle' };
      return;
    }
    this.current = { status: 'loading' };
    // Not on the page (yet, or any more): load once connected.
    if (!this.connected) return;
    const generation = this.generation;
    const request = new AbortController();
    this.request = request;
    const settle = (state: LoadState<T>) => {
      if (generation !== this.generation) return;
      this.request = undefined;
      this.current = state;
      this.host.requestUpdate();
    };
    let pending: Promise<T>;
    try {
      pending = this.options.load(key, request.signal);
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (value) => settle({ status: 'complete', value }),
      (error: unknown) => {
        // Our own abort (new inputs or removal) is handled where it was made; any other
        // AbortError is shown like every failure, never left as a skeleton.
        if (request.signal.aborted) return;
        settle({ status: 'error', problem: problemOf(error) });
      },
    );
  }
}

/** The problem to show for a failed load; anything but a LoadError is a bug, shown rather than hidden. */
export function problemOf(error: unknown): LoadProblem {
  if (error instanceof LoadError) return error.problem;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { kind: 'invalid', errors: [{ path: '', message: detail }] };
}

/** The `si-error` detail of a problem, the same for every element. */
export function errorDetail(problem: LoadProblem): ErrorDetail {
  return { problem, message: describeProblem(problem) };
}

/** The result of validating data: the value, or the paths that are wrong. */
export type Validated<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

/**
 * The usual `load`: fetches `url` as JSON within `timeout` (the element's attribute: seconds,
 * read leniently, default 15), then validates it; invalid data rejects with a LoadError naming
 * the URL and the paths.
 */
export async function fetchValidated<T>(url: string, timeout: unknown, signal: AbortSignal, validate: (value: unknown) => Validated<T>): Promise<T> {
  const value = await fetchJson(url, { signal, timeoutSeconds: timeoutSeconds(timeout) });
  const result = validate(value);
  if (!result.ok) throw new LoadError({ kind: 'invalid', url, errors: result.errors });
  return result.value;
}
