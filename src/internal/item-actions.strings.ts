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

export const itemActionTranslations: Translations<ItemActionStrings> = {
  'zh-CN': { group: '{name}：办事', guide: '服务指南', online: '网上办理', phone: '咨询电话', address: '办理地点', hours: '办理时间', contact: '咨询方式' },
  'zh-TW': { group: '{name}：辦事', guide: '服務指南', online: '網上辦理', phone: '諮詢電話', address: '辦理地點', hours: '辦理時間', contact: '諮詢方式' },
  en: { group: '{name}: how to do it', guide: 'Service guide', online: 'Apply online', phone: 'Phone', address: 'Where', hours: 'Opening hours', contact: 'Enquiries' },
};
