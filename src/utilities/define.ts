/** @deprecated Moved to `src/internal/define.ts`; this re-export keeps imports of branches in flight working until they are updated. */
export * from '../internal/define.js';
