import { common, itemActions } from '../locales/zh-CN.js';
import { componentTranslations, type StringsBuilder } from '../locales/translations.js';
import type { Translations } from '../utilities/localize.js';

/** The words of the item actions (服务指南, 网上办理, 咨询电话, 办理地点, 办理时间). */
export interface ItemActionStrings {
  /** Names the group of actions of one item: `{name}` is the item's 二级事项. */
  group: string;
  guide: string;
  online: string;
  phone: string;
  address: string;
  hours: string;
  contact: string;
}

/**
 * The keys the item actions use, from the locale files (src/locales/): their own section and
 * the words they share with the service guide (`common`).
 * @public (read by test/locales/locales.test.ts through the module)
 */
export const itemActionStringsFrom: StringsBuilder<'itemActions' | 'common', ItemActionStrings> = ({ itemActions, common }) => ({
  ...itemActions,
  guide: common.serviceGuide,
  address: common.location,
  hours: common.hours,
  contact: common.contact,
});

/**
 * zh-TW and en are there once loaded: elements in those languages wait for them before they
 * render (as for their own strings); code outside an element calls `loadTranslations` first.
 */
export const itemActionTranslations: Translations<ItemActionStrings> = componentTranslations(itemActionStringsFrom, { itemActions, common });
