/**
 * The UI strings of `<si-item-card>` (zh-CN). Catalogue data stays in the language it was
 * published in; only these words are translated. Kept in one object so localisation and
 * per-site overrides can replace them without touching rendering code. The deadline and the
 * channel badges bring their own strings (`deadline.strings.ts`, the badges' `label`).
 */
export const itemCardStrings = {
  /** Prefix of the 序号 in the card's eyebrow line. */
  seq: (seq: number) => `序号 ${seq}`,
  /** Marks an item a county or township added through an overlay. */
  local: '本地增补事项',
  content: '公开内容',
  basis: '公开依据',
  /** Wraps a document title; the data stores titles without 《》. */
  basisTitle: (title: string) => `《${title}》`,
  subject: '公开主体',
  channels: '公开渠道和载体',
  /** The printed 公开时限, shown when it is not counted in working days. */
  deadline: '公开时限',
  /** The accessible name of the list of 公开对象 / 方式 / 层级 chips. */
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
  /** Joins two ticked values of one chip; not 、, which a value itself may contain (乡、村级). */
  valueSeparator: ' / ',
  /** A chip whose catalogue row ticks nothing. */
  none: '未标注',
  /** The visible message for an `item` the catalogue does not have. */
  notFoundSeq: (seq: number) => `未找到序号为 ${seq} 的事项`,
  notFoundId: (id: string) => `未找到标识为“${id}”的事项`,
  /** The second line of that message, helping an editor fix the attribute. */
  notFoundHint: (title: string, count: number, first: number, last: number) =>
    count === 0 ? `《${title}》中没有事项。` : `请检查 item 属性：《${title}》共 ${count} 项，序号 ${first}–${last}。`,
  /** No `item` and no `itemData`. */
  noItem: '未指定事项',
  noItemHint: '请在 item 属性中填写事项的序号（如 item="3"）或标识。',
  /** Inside a `<si-catalogue>` whose data is not ready (loading, or failed to load). */
  waiting: '目录数据尚未就绪，暂时无法显示这一事项。',
};

export type ItemCardStrings = typeof itemCardStrings;
