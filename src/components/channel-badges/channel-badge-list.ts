/** @deprecated Moved to `src/internal/badge-list.ts`; this re-export keeps imports of branches in flight working until they are updated. */
export * from '../../internal/badge-list.js';
