import { columns, common, itemCard } from '../../locales/zh-CN.js';
import { componentTranslations, type StringsBuilder } from '../../locales/translations.js';
import type { ColumnWords } from '../../locales/locale.js';
import type { Translations } from '../../utilities/localize.js';

/**
 * The UI strings of `<si-item-card>`: the keys of its `strings` attribute. Catalogue data stays in the language it was
 * published in; only these words are translated. `{name}` placeholders are filled by the
 * element (numbers through `Intl.NumberFormat`). A page overrides any of them per instance with
 * the `strings` attribute (`strings='{"local":"本县增补"}'`). The deadline and the channel
 * badges bring their own strings.
 */
export interface ItemCardStrings extends ColumnWords {
  /** The 序号 in the card's eyebrow line. `{seq}`: the number. */
  seq: string;
  /** Marks an item a county or township added through an overlay. */
  local: string;
  content: string;
  /** Wraps a document title; the data stores titles without 《》. `{title}`: the title. */
  basisTitle: string;
  /** The accessible name of the list of 公开对象 / 公开方式 / 公开层级 chips. */
  attributes: string;
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

/** The keys `<si-item-card>` uses, from the locale files (src/locales/): its own section and the standard's words.
 * @public (read by test/locales/locales.test.ts through the module)
 */
export const itemCardStringsFrom: StringsBuilder<'itemCard' | 'columns' | 'common', ItemCardStrings> = (locale) => ({
  ...locale.itemCard,
  ...locale.columns,
  labelSeparator: locale.common.labelSeparator,
  basisTitle: locale.common.basisTitle,
});

export const itemCardTranslations: Translations<ItemCardStrings> = componentTranslations(itemCardStringsFrom, { itemCard, columns, common });
