/** @deprecated Moved to `src/internal/last-entry.ts`; this re-export keeps imports of branches in flight working until they are updated. */
export * from '../internal/last-entry.js';
