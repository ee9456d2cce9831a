/** @deprecated Moved to `src/internal/ancestors.ts`; this re-export keeps imports of branches in flight working until they are updated. */
export * from '../internal/ancestors.js';
