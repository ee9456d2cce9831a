/**
 * The data layer without any element: the catalogue types, the validator every component uses
 * for data from outside, and local overlays. Importing it registers nothing.
 */
export type * from './data/types.js';
export { validateCatalogue } from './data/validate.js';
export { applyOverlay } from './data/overlay.js';
export { validateGuide } from './data/validate-guide.js';
export { formatValidationError, validationMessages } from './data/validation-messages.js';
export { guideUrl, guideService, resolveService, telHref, type ResolvedPhone, type ResolvedService } from './data/item-service.js';
