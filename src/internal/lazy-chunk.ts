/**
 * A chunk (a dynamic import) that the elements of a page share: imported once, again after a
 * failure (a 404 or an offline moment need not last), and known synchronously once it has
 * arrived, so that an element created afterwards uses it from its first render.
 */
export interface LazyChunk<T> {
  /** Imports the chunk, or joins the import under way; rejects when it cannot be loaded. */
  load(): Promise<T>;
  /** The module once its import has resolved. */
  readonly arrived: T | undefined;
}

export function lazyChunk<T>(importChunk: () => Promise<T>): LazyChunk<T> {
  let arrived: T | undefined;
  let importing: Promise<T> | undefined;
  return {
    load: () =>
      (importing ??= importChunk().then(
        (module) => (arrived = module),
        (error: unknown) => {
          importing = undefined;
          throw error;
        },
      )),
    get arrived() {
      return arrived;
    },
  };
}
