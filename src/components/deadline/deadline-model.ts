/** @deprecated Moved to `src/calendar/deadline.ts`; this re-export keeps imports of branches in flight working until they are updated. */
export * from '../../calendar/deadline.js';
