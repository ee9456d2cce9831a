import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LoadError, type LoadProblem } from '../data/fetch-json.js';

/** What a load has come to: nothing to load, still loading, the value, or why there is none. */
export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'complete'; value: T }
  | { status: 'error'; problem: LoadProblem };

export interface LoadOptions<K extends readonly unknown[], T> {
  /** The inputs of the load (e.g. `[src, overlaySrc]`), or undefined when there is nothing to load. */
  key: () => K | undefined;
  /** Loads for `key`; rejects with a LoadError, or with the AbortError once `signal` aborts. */
  load: (key: K, signal: AbortSignal) => Promise<T>;
}

const sameKey = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((value, index) => Object.is(value, b[index])));

/**
 * The one way a component loads data from a URL: a new load when the inputs change (the earlier
 * request aborted), and loading follows the element's presence on the page. An element removed
 * while loading (tab widgets, carousels and CMS scripts move elements) aborts its request and
 * stays "loading": that abort is not an error and is never shown or announced; put back, it
 * loads again. A finished load is kept across moves.
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

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LoadOptions<K, T>,
  ) {
    host.addController(this);
  }

  get state(): LoadState<T> {
    return this.current;
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
