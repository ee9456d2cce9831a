/** The prefix of every console message the library writes, so a site can search or filter for it. */
export const WARN_PREFIX = '[si-catalogue]';

const warned = new Set<string>();

/**
 * Writes `[si-catalogue] <tag>: message` to the console once per page for each distinct tag and
 * message: an editor's typo is reported where a developer looks, without flooding the console on
 * every render. Returns whether the message was written now.
 */
export function warnOnce(tag: string, message: string): boolean {
  const text = `${WARN_PREFIX} <${tag}>: ${message}`;
  if (warned.has(text)) return false;
  warned.add(text);
  console.warn(text);
  return true;
}

/** Quotes a value as an editor wrote it, for messages: strings in quotes, anything else as JSON. */
export function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
