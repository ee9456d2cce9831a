/** @deprecated Moved to `src/internal/theme-controller.ts`; this re-export keeps imports of branches in flight working until they are updated. */
export * from '../internal/theme-controller.js';
