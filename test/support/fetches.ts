// Watching the page's fetch() calls in unit tests.

export interface FetchRecording {
  /** The abort signal of each call that had one, in order. */
  readonly signals: AbortSignal[];
  /** Each call's promise, in order (to wait until a request has ended). */
  readonly requests: Array<Promise<Response>>;
  /** Puts the real fetch back. */
  stop(): void;
}

/** Records every fetch() until `stop()`; the calls still go to the network. Stop it in a `finally`. */
export function recordFetches(): FetchRecording {
  const realFetch = window.fetch;
  const signals: AbortSignal[] = [];
  const requests: Array<Promise<Response>> = [];
  window.fetch = (input, init) => {
    if (init?.signal) signals.push(init.signal);
    const request = realFetch(input, init);
    requests.push(request);
    return request;
  };
  return {
    signals,
    requests,
    stop() {
      window.fetch = realFetch;
    },
  };
}
