/** @deprecated Moved to `src/internal/load-controller.ts`; this re-export keeps imports of branches in flight working until they are updated. */
export * from '../internal/load-controller.js';
