/**
 * The target named by a URL hash with the given prefix (`#si-item-` → the item id), decoded; or
 * `undefined` when the hash has another prefix, names nothing, or is malformed
 * (`#si-item-%E0%A4%A`): a bad link is ignored, never an uncaught `URIError`.
 */
export function hashTarget(hash: string, prefix: string): string | undefined {
  if (!hash.startsWith(prefix)) return undefined;
  try {
    const target = decodeURIComponent(hash.slice(prefix.length));
    return target === '' ? undefined : target;
  } catch {
    return undefined;
  }
}
