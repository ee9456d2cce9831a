import { lazyTranslations, type Translations } from '../../utilities/localize.js';

/**
 * The UI strings of `<si-item-card>`, per locale. Catalogue data stays in the language it was
 * published in; only these words are translated. `{name}` placeholders are filled by the
 * element (numbers through `Intl.NumberFormat`). A page overrides any of them per instance with
 * the `strings` attribute (`strings='{"local":"本县增补"}'`). The deadline and the channel
 * badges bring their own strings.
 */
export interface ItemCardStrings {
  /** The 序号 in the card's eyebrow line. `{seq}`: the number. */
  seq: string;
  /** Marks an item a county or township added through an overlay. */
  local: string;
  content: string;
  basis: string;
  /** Wraps a document title; the data stores titles without 《》. `{title}`: the title. */
  basisTitle: string;
  subject: string;
  channels: string;
  /** The printed 公开时限, shown when it is not counted in working days. */
  deadline: string;
  /** The accessible name of the list of 公开对象 / 公开方式 / 公开层级 chips. */
  attributes: string;
  audience: string;
  audiencePublic: string;
  audienceSpecific: string;
  method: string;
  methodProactive: string;
  methodOnRequest: string;
  levels: string;
  levelCounty: string;
  levelTownship: string;
  /** Joins a label to its value (公开对象：全社会); read by screen readers, hidden on screen. */
  labelSeparator: string;
  /** Joins two ticked values of one chip; not 、, which a value itself may contain (乡、村级). */
  valueSeparator: string;
  /** Joins 公开内容 entries in the compact card. */
  contentSeparator: string;
  /** A chip whose catalogue row ticks nothing. */
  none: string;
  /** An `item` the catalogue does not have. `{seq}`, `{id}`: the value as read. */
  notFoundSeq: string;
  notFoundId: string;
  /** The hint under that message. `{title}`, `{count}`, `{first}`, `{last}`: the catalogue's. */
  notFoundHint: string;
  notFoundHintEmpty: string;
  /** No `item` and no `itemData`. */
  noItem: string;
  noItemHint: string;
  /** Inside a `<si-catalogue>` whose data is not ready (loading, or failed to load). */
  waiting: string;
}

/** Simplified Chinese, the default and the fallback: the standard's own words. */
export const zhCN: ItemCardStrings = {
  seq: '序号 {seq}',
  local: '本地增补事项',
  content: '公开内容',
  basis: '公开依据',
  basisTitle: '《{title}》',
  subject: '公开主体',
  channels: '公开渠道和载体',
  deadline: '公开时限',
  attributes: '公开对象、公开方式和公开层级',
  audience: '公开对象',
  audiencePublic: '全社会',
  audienceSpecific: '特定群众',
  method: '公开方式',
  methodProactive: '主动',
  methodOnRequest: '依申请公开',
  levels: '公开层级',
  levelCounty: '县级',
  levelTownship: '乡、村级',
  labelSeparator: '：',
  valueSeparator: ' / ',
  contentSeparator: '；',
  none: '未标注',
  notFoundSeq: '未找到序号为 {seq} 的事项',
  notFoundId: '未找到标识为“{id}”的事项',
  notFoundHint: '请检查 item 属性：《{title}》共 {count} 项，序号 {first}–{last}。',
  notFoundHintEmpty: '《{title}》中没有事项。',
  noItem: '未指定事项',
  noItemHint: '请在 item 属性中填写事项的序号（如 item="3"）或标识。',
  waiting: '目录数据尚未就绪，暂时无法显示这一事项。',
};

export const itemCardTranslations: Translations<ItemCardStrings> = lazyTranslations<ItemCardStrings>(
  { 'zh-CN': zhCN },
  {
    'zh-TW': () => import('./item-card.strings.zh-TW.js').then((module) => module.zhTW),
    en: () => import('./item-card.strings.en.js').then((module) => module.en),
  },
);
