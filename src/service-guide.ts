/**
 * Registers `<si-service-guide>` (and the `<si-deadline>` it shows) and exports its class, the
 * guide types and the guide validator.
 */
export * from './components/service-guide/si-service-guide.js';
export { serviceGuideTranslations, type ServiceGuideStrings } from './components/service-guide/service-guide.strings.js';
export * from './data/service-guide-types.js';
export { validateGuide } from './data/validate-guide.js';
