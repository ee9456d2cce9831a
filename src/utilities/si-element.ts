/** @deprecated Moved to `src/internal/si-element.ts`; this re-export keeps imports of branches in flight working until they are updated. */
export * from '../internal/si-element.js';
