/** @deprecated Moved to `src/internal/define.ts`; kept only until core's si-catalogue.ts (which imports src/internal) is merged: delete then. */
export * from '../internal/define.js';
