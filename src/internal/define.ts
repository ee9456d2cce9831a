import { VERSION } from '../version.js';
import { devWarn } from './warn.js';

/** A custom element class that carries the version of the library copy that made it. */
interface VersionedElement extends CustomElementConstructor {
  readonly siVersion?: string;
}

/**
 * Registers `tagName` unless it is already registered, and never throws.
 *
 * A CMS page may include the bundle twice (two blocks, a theme and an article) or two
 * versions of it. The first registration wins; a second copy of the same version is
 * skipped silently, and a different version is skipped with one console warning that
 * names both versions, so the page keeps working either way.
 *
 * On a server (no `customElements`), it does nothing, so modules stay SSR-safe.
 */
export function define(tagName: string, elementClass: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tagName) as VersionedElement | undefined;
  if (existing === undefined) {
    customElements.define(tagName, elementClass);
    return;
  }
  if (existing === elementClass) return;
  const theirs = existing.siVersion ?? 'unknown';
  const ours = (elementClass as VersionedElement).siVersion ?? VERSION;
  if (theirs !== ours) {
    devWarn(`already defined by si-catalogue ${theirs}; this copy (${ours}) was not registered and the existing definition is used.`, {
      tag: tagName,
      key: `define ${tagName}`,
    });
  }
}
