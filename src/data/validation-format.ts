/**
 * Shows a validation error in a component's language without loading the validators' words.
 *
 * The error views (src/internal/load-view.ts) are in every page's code, the validators and their
 * messages in three languages (validation-messages.ts) only where data is validated (the CMS
 * bundle imports them as a chunk when `src`, `overlay-src` or `catalogue` is set). An error with
 * a message key only comes from those validators, so by the time one is shown, its words have
 * loaded and registered here; an error without a key (or before that) shows its own message.
 */
import type { LocalizableError } from './validation-messages.js';

type Formatter = (error: LocalizableError, locale: string) => string;

let formatter: Formatter | undefined;

/** Called once by validation-messages.ts when it loads. */
export function registerValidationFormatter(format: Formatter): void {
  formatter = format;
}

/** The error as a person reads it in `locale` (validation-messages.ts `formatValidationError`), else its message. */
export function showValidationError(error: LocalizableError, locale: string): string {
  return formatter === undefined ? error.message : formatter(error, locale);
}
