/** @deprecated Moved to `src/internal/safe-url.ts`; this re-export keeps imports of branches in flight working until they are updated. */
export * from '../internal/safe-url.js';
