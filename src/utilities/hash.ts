/** @deprecated Moved to `src/internal/hash.ts`; this re-export keeps imports of branches in flight working until they are updated. */
export * from '../internal/hash.js';
