/**
 * si-catalogue: importing this module registers every element.
 * Import a single component's entry (`si-catalogue/channel-badges.js`) to register only it.
 */
export * from './catalogue.js';
export * from './channel-badges.js';
export * from './deadline.js';
export * from './item-card.js';
export * from './service-guide.js';
export * from './data.js';
export { define } from './internal/define.js';
export { loadTranslations } from './utilities/localize.js';
export { addLocale } from './locales/translations.js';
export type { LocaleStrings } from './locales/locale.js';
export { safeHref } from './internal/safe-url.js';
export { tokens, type TokenName } from './styles/tokens.js';
export { VERSION } from './version.js';
