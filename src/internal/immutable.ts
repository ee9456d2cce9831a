const immutableCopies = new WeakSet<object>();

/**
 * A deep, frozen copy of data handed to a component as a property (a catalogue), so changing the
 * caller's object later can neither bypass validation nor break rendering. A copy made here is
 * returned as it is. A value that cannot be read (a getter throws) is returned unchanged for
 * validation to report.
 */
export function immutableCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null || immutableCopies.has(value)) return value;
  let copy: T;
  try {
    copy = deepCopy(value);
  } catch {
    return value;
  }
  deepFreeze(copy);
  immutableCopies.add(copy as object);
  return copy;
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

/**
 * A copy of plain data: objects and arrays copied, everything else kept. Iterative, so deep data
 * cannot overflow the stack; shared and cyclic references stay shared. Keys are defined, not
 * assigned, so a `__proto__` key stays an ordinary property. (Not `structuredClone`: the
 * supported browsers include Safari 15.0, which lacks it; see docs/browsers.md.)
 */
function deepCopy<T>(value: T): T {
  const copies = new Map<object, object>();
  const pending: Array<[object, object]> = [];
  const copyOf = (next: unknown): unknown => {
    if (typeof next !== 'object' || next === null) return next;
    let copy = copies.get(next);
    if (copy === undefined) {
      copy = Array.isArray(next) ? [] : {};
      copies.set(next, copy);
      pending.push([next, copy]);
    }
    return copy;
  };
  const root = copyOf(value) as T;
  while (pending.length > 0) {
    const [source, copy] = pending.pop()!;
    for (const key of Object.keys(source)) {
      const child = copyOf((source as Record<string, unknown>)[key]);
      Object.defineProperty(copy, key, { value: child, enumerable: true, writable: true, configurable: true });
    }
  }
  return root;
}
