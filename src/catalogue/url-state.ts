/**
 * Mirrors a component's filter state into the page URL's query string, so a filtered view can
 * be bookmarked and shared. Parameters are prefixed (`si-query=…`) so they never clash with
 * the host CMS's own parameters, which are left untouched.
 *
 * Two elements on one page keep apart by a namespace, the element's `id`: an element without
 * an id uses `si-<key>` (`si-query`), one with `id="county"` uses `si-county-<key>`
 * (`si-county-query`).
 *
 * The URL carries only what differs from the page as its author wrote it: a parameter that is
 * absent leaves the author's attribute in force, and one that is present but empty
 * (`si-level=`) clears it (the person chose 全部).
 */

const URL_PARAM_PREFIX = 'si-';

/** The URL parameter of `key` for an element with the given namespace (its id; `''` for none). */
export function urlParamName(key: string, namespace = ''): string {
  return namespace === '' ? URL_PARAM_PREFIX + key : `${URL_PARAM_PREFIX}${namespace}-${key}`;
}

/**
 * Reads the parameters of the given keys from `search` (e.g. `location.search`). Absent keys
 * are absent from the result; a parameter present but empty reads as `''`.
 */
export function readUrlState<K extends string>(search: string, keys: readonly K[], namespace = ''): Partial<Record<K, string>> {
  const params = new URLSearchParams(search);
  const state: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = params.get(urlParamName(key, namespace));
    if (value !== null) state[key] = value;
  }
  return state;
}

/**
 * Returns `href` with the parameters of `state` set; a key whose value is `undefined` has its
 * parameter removed, one whose value is `''` is written empty. Other parameters and the hash
 * are kept as they were.
 */
export function writeUrlState<K extends string>(href: string, state: Partial<Record<K, string | undefined>>, namespace = ''): string {
  const url = new URL(href);
  for (const [key, value] of Object.entries(state) as Array<[K, string | undefined]>) {
    const name = urlParamName(key, namespace);
    if (value === undefined) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  return url.href;
}
