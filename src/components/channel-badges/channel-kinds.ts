/** @deprecated Moved to `src/internal/channel-kinds.ts`; this re-export keeps imports of branches in flight working until they are updated. */
export * from '../../internal/channel-kinds.js';
