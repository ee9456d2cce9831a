// The single-file build for CMS pages (<script type="module" src="si-catalogue.bundle.js">):
// Lit, <si-catalogue>, <si-channel-badges>, the standard data and holiday registration inlined,
// those two elements defined at once; the validators are a chunk imported on use. <si-deadline>,
// <si-item-card> and <si-service-guide> are one chunk beside the bundle (src/bundle-elements.ts),
// imported relative to it on pages that use them (src/lazy-elements.ts); sizes in
// docs/performance.md.
import { lazyElements } from './lazy-elements.js';

export * from './catalogue.js';
export * from './channel-badges.js';
// Not the validators (validateCatalogue, applyOverlay, their messages): <si-catalogue> imports
// them as a chunk when it validates outside data (src/catalogue/catalogue-checks.ts), so a page
// with the built-in catalogue never loads them. Scripts that validate data themselves import
// si-catalogue/data.js.
export { define } from './internal/define.js';
export { loadTranslations } from './utilities/localize.js';
export { safeHref } from './internal/safe-url.js';
export { tokens, type TokenName } from './styles/tokens.js';
export { VERSION } from './version.js';
// Holiday registration stays in the file, so a page registers next year's schedule
// synchronously (docs/deadline.md) before any deadline is drawn; the working-day arithmetic
// comes with <si-deadline> (and the npm entry si-catalogue/deadline.js).
export {
  HOLIDAYS_CHANGE_EVENT,
  HolidayScheduleError,
  registerHolidays,
  registeredHolidays,
  unregisterHolidays,
  validateHolidaySchedule,
  type HolidaySchedule,
} from './calendar/holiday-data.js';

const loadElements = () => import('./bundle-elements.js');
const elements = lazyElements({ 'si-deadline': loadElements, 'si-item-card': loadElements, 'si-service-guide': loadElements });

/**
 * Defines the elements the bundle loads on demand (`si-deadline`, `si-item-card`,
 * `si-service-guide`; all of them when called without names) and resolves once they are
 * defined. Only needed for elements the document does not hold: in a page's own shadow root,
 * or created by a script and not yet attached.
 */
export const defineElements = (...tags: string[]): Promise<void> => elements.define(...tags);
