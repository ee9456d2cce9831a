const immutableCopies = new WeakSet<object>();

/**
 * A deep, frozen copy of data handed to a component as a property (a catalogue), so changing the
 * caller's object later can neither bypass validation nor break rendering. A copy made here is
 * returned as it is. A value that cannot be copied (it holds functions or DOM nodes, so it is no
 * JSON data) is returned unchanged for validation to report.
 */
export function immutableCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null || immutableCopies.has(value)) return value;
  let copy: T;
  try {
    copy = copyData(value);
  } catch {
    return value;
  }
  deepFreeze(copy);
  immutableCopies.add(copy as object);
  return copy;
}

/**
 * A deep copy of JSON-like data (plain objects, arrays, primitives; shared and cyclic references
 * kept), what `structuredClone` gives for such data, which Safari before 15.4 and Chromium before
 * 98 lack (docs/browsers.md). Throws on anything else (functions, DOM nodes, class instances).
 * Iterative, like deepFreeze; keys are defined, never assigned, so `__proto__` stays a key.
 */
function copyData<T>(value: T): T {
  const copies = new Map<object, object>();
  const pending: object[] = [];
  const copyOf = (source: object): object => {
    let copy = copies.get(source);
    if (copy === undefined) {
      const prototype = Object.getPrototypeOf(source) as unknown;
      if (!Array.isArray(source) && prototype !== Object.prototype && prototype !== null) throw new TypeError('not JSON data');
      copy = Array.isArray(source) ? [] : {};
      copies.set(source, copy);
      pending.push(source);
    }
    return copy;
  };
  const root = copyOf(value as object);
  for (let source = pending.pop(); source !== undefined; source = pending.pop()) {
    const target = copies.get(source) as object;
    for (const key of Object.keys(source)) {
      const child = (source as Record<string, unknown>)[key];
      if (typeof child === 'function' || typeof child === 'symbol') throw new TypeError('not JSON data');
      const copied = typeof child === 'object' && child !== null ? copyOf(child) : child;
      Object.defineProperty(target, key, { value: copied, enumerable: true, writable: true, configurable: true });
    }
  }
  return root as T;
}

/** Freezes `value` and everything inside it; iterative, so deep data cannot overflow the stack. */
function deepFreeze(value: unknown): void {
  const stack = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null || Object.isFrozen(next)) continue;
    Object.freeze(next);
    for (const child of Object.values(next)) stack.push(child);
  }
}
