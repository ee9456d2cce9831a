import { at, makeError, type ValidationError } from '../data/validation-core.js';

/** Deeper than this, no catalogue or guide is: the shapes are a few levels deep. */
const MAX_SNAPSHOT_DEPTH = 32;

export type Snapshot = { ok: true; value: unknown } | { ok: false; errors: ValidationError[] };

/**
 * A deep copy of plain data (objects, arrays, strings, numbers, booleans, null) made when a
 * property is assigned, so that later changes to the caller's object cannot bypass the
 * validation of the copy the element shows. Never throws: a throwing getter, a revoked Proxy,
 * a cycle or absurd nesting becomes an error with its path. Functions and symbols are dropped,
 * as JSON would drop them.
 */
export function snapshot(value: unknown): Snapshot {
  const seen = new Set<object>();
  let failure: ValidationError | undefined;
  const copy = (input: unknown, path: string, depth: number): unknown => {
    if (failure !== undefined) return undefined;
    if (typeof input !== 'object' || input === null) return typeof input === 'function' || typeof input === 'symbol' ? undefined : input;
    if (depth > MAX_SNAPSHOT_DEPTH) {
      failure = makeError(path, 'tooDeep', { max: MAX_SNAPSHOT_DEPTH });
      return undefined;
    }
    if (seen.has(input)) {
      failure = makeError(path, 'cycle');
      return undefined;
    }
    seen.add(input);
    try {
      if (Array.isArray(input)) {
        const out: unknown[] = [];
        for (let index = 0; index < input.length; index += 1) out.push(copy(input[index], at(path, index), depth + 1));
        return out;
      }
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(input)) {
        const child = copy((input as Record<string, unknown>)[key], at(path, key), depth + 1);
        if (child !== undefined) Object.defineProperty(out, key, { value: child, enumerable: true, writable: true, configurable: true });
      }
      return out;
    } catch (error) {
      failure ??= makeError(path, 'unreadable', { name: error instanceof Error ? error.name : 'error' });
      return undefined;
    } finally {
      seen.delete(input);
    }
  };
  const result = copy(value, '', 0);
  return failure === undefined ? { ok: true, value: result } : { ok: false, errors: [failure] };
}
