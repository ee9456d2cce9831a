/**
 * Elements the CMS bundle defines only on pages that use them (src/bundle.ts).
 *
 * Most pages carry one `<si-catalogue>`; `<si-deadline>`, `<si-item-card>` and
 * `<si-service-guide>` are on item and guide pages. Their code (with the calendar text and the
 * guide's validator) is a chunk beside the bundle, imported the first time one of them is in the
 * document: at once for elements already in the page, and when one is added later (a
 * MutationObserver on the document, disconnected once every lazy element is defined). Until
 * then such an element is an ordinary unknown element, and it upgrades when its class arrives,
 * keeping any property set on it before (Lit reads them on upgrade).
 *
 * An element the document never holds (kept in a page's own shadow root, or only created by a
 * script) is not seen: call `defineElements()` (exported by the bundle) first, or
 * `await defineElements('si-deadline')`.
 */

/** Loads the module that defines an element. */
export type ElementLoader = () => Promise<unknown>;

export interface LazyElements {
  /** Imports the modules of `tags` (all lazy elements when empty) and resolves once they are defined. */
  define(...tags: string[]): Promise<void>;
  /** Stops watching the document (the elements already requested still load). */
  disconnect(): void;
}

/**
 * Watches `root` for the elements of `loaders` and imports each one's module the first time it
 * is present. A failed import (offline, blocked file) is reported once on the console and
 * retried when such an element is added again or `define()` asks for it.
 */
export function lazyElements(loaders: Readonly<Record<string, ElementLoader>>, root: Document | undefined = globalThis.document): LazyElements {
  const requested = new Map<string, Promise<void>>();
  let observer: MutationObserver | undefined;

  const waiting = () => Object.keys(loaders).filter((tag) => !requested.has(tag) && customElements.get(tag) === undefined);
  const settle = () => {
    if (Object.keys(loaders).every((tag) => customElements.get(tag) !== undefined)) observer?.disconnect();
  };

  const load = (tag: string): Promise<void> => {
    let promise = requested.get(tag);
    if (promise === undefined) {
      promise = loaders[tag]!().then(
        () => customElements.whenDefined(tag).then(settle),
        (error: unknown) => {
          requested.delete(tag);
          console.error(`si-catalogue: the code of <${tag}> could not be loaded from beside the bundle:`, error);
          throw error;
        },
      );
      requested.set(tag, promise);
    }
    return promise;
  };

  const scan = (node: ParentNode) => {
    for (const tag of waiting()) {
      if ((node instanceof Element && node.localName === tag) || node.querySelector(tag) !== null) load(tag).catch(() => undefined);
    }
  };

  // On a server (no document, no registry) nothing is watched.
  if (root !== undefined && typeof customElements !== 'undefined' && waiting().length > 0) {
    observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    });
    observer.observe(root, { childList: true, subtree: true });
    scan(root);
  }

  return {
    define: async (...tags) => {
      await Promise.all((tags.length === 0 ? Object.keys(loaders) : tags).filter((tag) => tag in loaders).map(load));
    },
    disconnect: () => observer?.disconnect(),
  };
}
