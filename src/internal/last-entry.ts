/**
 * The last entry of a list, or undefined when it is empty: `items.at(-1)` for the browsers we
 * support that lack Array.prototype.at (Safari 15.0–15.3, Chromium 90–91; docs/browsers.md).
 * `npm run syntax:check` fails when a shipped file calls `.at(…)`.
 */
export function lastEntry<T>(items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[items.length - 1];
}
