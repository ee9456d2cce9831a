/** @deprecated Moved to `src/internal/attributes.ts`; this re-export keeps imports of branches in flight working until they are updated. */
export * from '../internal/attributes.js';
