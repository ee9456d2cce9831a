/**
 * The one way the library writes to the console: every message starts with WARN_PREFIX (and the
 * element's tag when there is one), so a site can search or filter for it, and each distinct
 * message is written once per page, so an editor's typo is reported where a developer looks
 * without flooding the console on every render.
 */

/** The prefix of every console message the library writes. */
export const WARN_PREFIX = '[si-catalogue]';

/** What has been written on this page (the text, or the caller's own key for it). */
const written = new Set<string>();

export interface WarnOptions {
  /** The element the message is about (`si-catalogue`), shown as `<si-catalogue>`. */
  tag?: string;
  /**
   * What makes two messages the same for "once": by default the whole text. A caller whose
   * text varies with unimportant detail (an error object) gives a stable key instead.
   */
  key?: string;
  /** Logged after the text as a separate argument (an error, with its stack), never in the key. */
  detail?: unknown;
}

/**
 * Writes `[si-catalogue] <tag>: message` (or `[si-catalogue] message` without a tag) with
 * `console.warn`, once per page for each distinct message. Returns whether it was written now.
 */
export function devWarn(message: string, options: WarnOptions = {}): boolean {
  const text = options.tag === undefined ? `${WARN_PREFIX} ${message}` : `${WARN_PREFIX} <${options.tag}>: ${message}`;
  const key = options.key ?? text;
  if (written.has(key)) return false;
  written.add(key);
  if (options.detail === undefined) console.warn(text);
  else console.warn(text, options.detail);
  return true;
}

/** `devWarn` about an element: `[si-catalogue] <tag>: message`, once per page. */
export function warnOnce(tag: string, message: string): boolean {
  return devWarn(message, { tag });
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
