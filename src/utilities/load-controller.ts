/** @deprecated Moved to `src/internal/load-controller.ts`; kept only until core's catalogue-source.ts (which imports src/internal) is merged: delete then. */
export * from '../internal/load-controller.js';
