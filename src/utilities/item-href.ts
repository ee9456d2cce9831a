/** @deprecated Moved to `src/internal/item-href.ts`; this re-export keeps imports of branches in flight working until they are updated. */
export * from '../internal/item-href.js';
