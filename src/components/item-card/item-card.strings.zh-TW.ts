import type { ItemCardStrings } from './item-card.strings.js';

// Loaded only when an element's language needs it (lazyTranslations in item-card.strings.ts), so
// zh-CN pages do not carry it.
/** Traditional Chinese. */
export const zhTW: ItemCardStrings = {
  seq: '序號 {seq}',
  local: '本地增補事項',
  content: '公開內容',
  basis: '公開依據',
  basisTitle: '《{title}》',
  subject: '公開主體',
  channels: '公開渠道和載體',
  deadline: '公開時限',
  attributes: '公開對象、公開方式和公開層級',
  audience: '公開對象',
  audiencePublic: '全社會',
  audienceSpecific: '特定群眾',
  method: '公開方式',
  methodProactive: '主動',
  methodOnRequest: '依申請公開',
  levels: '公開層級',
  levelCounty: '縣級',
  levelTownship: '鄉、村級',
  labelSeparator: '：',
  valueSeparator: ' / ',
  contentSeparator: '；',
  none: '未標註',
  notFoundSeq: '找不到序號為 {seq} 的事項',
  notFoundId: '找不到標識為「{id}」的事項',
  notFoundHint: '請檢查 item 屬性：《{title}》共 {count} 項，序號 {first}–{last}。',
  notFoundHintEmpty: '《{title}》中沒有事項。',
  noItem: '未指定事項',
  noItemHint: '請在 item 屬性中填寫事項的序號（如 item="3"）或標識。',
  waiting: '目錄資料尚未就緒，暫時無法顯示這一事項。',
};
