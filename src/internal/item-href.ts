import { safeHref } from './safe-url.js';

/**
 * A site's link template for an item (`/guides/{id}.html`, `?seq={seq}`) filled in, URL-encoded,
 * and kept only when it is an http(s) or relative URL.
 */
export function itemHref(template: string, item: { id: string; seq: number }): string | undefined {
  return safeHref(template.replaceAll('{id}', encodeURIComponent(item.id)).replaceAll('{seq}', String(item.seq)));
}
