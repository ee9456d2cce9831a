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
    copy = structuredClone(value);
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
