/** @deprecated Moved to `src/internal/list-attribute.ts`; this re-export keeps imports of branches in flight working until they are updated. */
export * from '../internal/list-attribute.js';
