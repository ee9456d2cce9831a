/**
 * Mirrors a component's filter state into the page URL's query string, so a filtered view can
 * be bookmarked and shared. Parameters are prefixed (`si-query=…`) so they never clash with
 * the host CMS's own parameters, which are left untouched.
 */

export const URL_PARAM_PREFIX = 'si-';

/** Reads `si-<key>` parameters from `search` (e.g. `location.search`) for the given keys. */
export function readUrlState<K extends string>(search: string, keys: readonly K[]): Partial<Record<K, string>> {
  const params = new URLSearchParams(search);
  const state: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = params.get(URL_PARAM_PREFIX + key);
    if (value !== null && value !== '') state[key] = value;
  }
  return state;
}

/**
 * Returns `href` with `si-<key>` parameters set from `state`; empty values remove their
 * parameter. Other parameters and the hash are kept as they were.
 */
export function writeUrlState<K extends string>(href: string, state: Partial<Record<K, string>>): string {
  const url = new URL(href);
  for (const [key, value] of Object.entries(state) as Array<[K, string | undefined]>) {
    if (value === undefined || value === '') url.searchParams.delete(URL_PARAM_PREFIX + key);
    else url.searchParams.set(URL_PARAM_PREFIX + key, value);
  }
  return url.href;
}
