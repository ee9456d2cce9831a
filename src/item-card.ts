/**
 * Registers `<si-item-card>` (and the `<si-deadline>` and `<si-channel-badges>` it renders)
 * and exports its class, and `findItem()` to look an item up by 序号 or id.
 */
export * from './components/item-card/si-item-card.js';
export { itemCardTranslations, type ItemCardStrings } from './components/item-card/item-card.strings.js';
export { findItem, parseItemRef, type ItemRef } from './data/find-item.js';
