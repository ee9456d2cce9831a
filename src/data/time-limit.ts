/**
 * A request's time limit that does not blame the server for the page's own business.
 *
 * A timer can only run when the page's main thread is free. On a page that is busy (a very large
 * server-rendered table being parsed and laid out, another script's long task), a 15 s timer may
 * run seconds after it was due, in the same free moment as the response that arrived long ago:
 * if the timer's task runs first, a plain `setTimeout` would abort an answer that came in time
 * and show "did not answer within 15 s". So a timer that runs late by more than {@link LATE_MS}
 * gives the response a grace period instead (as long as it was late, at least {@link GRACE_MS}),
 * and again while the grace timers are late too, up to the limit once more in all. A server
 * that really does not answer still ends in the error: once the page is free, the next timer
 * runs on time and the limit expires.
 */

/** A timer this late (ms) means the main thread was blocked: a long task is 50 ms; 200 ms is no jitter. */
export const LATE_MS = 200;

/** The shortest grace period (ms): enough for a waiting response and its body to be read once the page is free. */
export const GRACE_MS = 1000;

/**
 * Calls `onExpire` once `ms` milliseconds have passed and the page has been free to receive an
 * answer (see the module comment); returns a function that cancels it. The grace periods add at
 * most `ms` again.
 */
export function startTimeLimit(ms: number, onExpire: () => void): () => void {
  let extra = 0;
  let due = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (delay: number) => {
    due = performance.now() + delay;
    timer = setTimeout(fire, delay);
  };
  const fire = () => {
    const late = performance.now() - due;
    const room = ms - extra;
    if (late >= LATE_MS && room > 0) {
      const grace = Math.min(Math.max(late, GRACE_MS), room);
      extra += grace;
      arm(grace);
      return;
    }
    timer = undefined;
    onExpire();
  };
  arm(ms);
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
}
