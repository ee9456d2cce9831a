/**
 * Returns `url` when it is an `http:`/`https:` URL or a relative reference, else `undefined`.
 *
 * Catalogue data and editor markup come from outside the library; a `javascript:` or
 * `data:` link in them must never become a live link on a government page.
 */
export function safeHref(url: unknown): string | undefined {
  // Anything but a string (a property set to 42 or an object) is no link, never an exception.
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (trimmed === '') return undefined;
  // Browsers drop control characters and spaces inside a scheme ("java\tscript:"), so must we.
  // eslint-disable-next-line no-control-regex
  const normalised = trimmed.replace(/[\u0000-\u0020]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(normalised);
  if (scheme === null) {
    // A leading "//" is protocol-relative and inherits http(s) from the page: allowed.
    return trimmed;
  }
  const name = scheme[1].toLowerCase();
  return name === 'http' || name === 'https' ? trimmed : undefined;
}
