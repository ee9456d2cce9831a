import { catalogue, columns, common, loading } from '../../locales/zh-CN.js';
import { componentTranslations, type StringsBuilder } from '../../locales/translations.js';
import type { LoadViewStrings } from '../../internal/load-view.js';
import type { ColumnWords } from '../../locales/locale.js';
import type { Translations } from '../../utilities/localize.js';

/** The table's headers: the standard's column words and the catalogue's own (序号 … 公开内容). */
interface CatalogueColumnWords extends ColumnWords {
  seq: string;
  matter: string;
  group: string;
  name: string;
  content: string;
}

/**
 * The UI strings of <si-catalogue>: the keys of its `strings` attribute. Data stays in the
 * language it was published in; only these are translated. `{name}` placeholders are filled by
 * the element (numbers through `Intl.NumberFormat`). A page overrides any of them per instance with the `strings`
 * attribute (`strings='{"empty":"本栏目暂无相关事项。"}'`), nested keys included
 * (`{"columns":{"seq":"编号"}}`).
 */
export interface CatalogueStrings extends LoadViewStrings {
  /** The headers of the official table (the `columns` attribute also accepts the zh-CN ones). */
  columns: CatalogueColumnWords;
  /** Announced for a ticked and an unticked cell. */
  yes: string;
  no: string;
  /** The scrolling region's name. `{title}`: the catalogue title. */
  tableRegion: string;
  searchLabel: string;
  searchPlaceholder: string;
  /** Help text under the search box (its accessible description): everyday words and pinyin work. */
  searchHelp: string;
  /** Before the 常用查询 chips. */
  popularLabel: string;
  /** The switch from best-first back to the catalogue's own order while searching. */
  officialOrder: string;
  /** Shown above ranked results. */
  rankedNote: string;
  /** Nothing matched the search. `{query}`: what was typed. */
  emptyQuery: string;
  /** Before the closest items offered when nothing matched. */
  emptyClosest: string;
  /** Before the popular searches offered when nothing matched. */
  emptyPopular: string;
  groupFilter: string;
  groupAll: string;
  levelFilter: string;
  levelAll: string;
  channelFilter: string;
  channelAll: string;
  clear: string;
  /** `{count}`: items shown; `{total}`: all items. */
  resultCount: string;
  resultCountOf: string;
  /** The count while a query waits for the search code to load. */
  searchPreparing: string;
  empty: string;
  emptyAction: string;
  /** `{remaining}`: items not drawn yet. */
  showMore: string;
  exportCsv: string;
  /** Shown above a server-rendered table kept because its `src` could not be loaded. `{problem}`: why. */
  staticFallback: string;
  /** The search landmark's name. */
  toolbar: string;
  /** The skip link before a catalogue whose item names are links or buttons, and where it lands. */
  skipCatalogue: string;
  catalogueEnd: string;
  // core: deep links (#si-item-…)
  /** Announced when a `#si-item-…` link moved focus to an item. */
  itemFocused: string;

  // Presentation (phone cards, group index, filter drawer, print, level note).
  /** The disclosure button of a compact card (described by the card's heading, which names the item). */
  cardDetails: string;
  /** The group index's name (一级事项 with their counts). */
  groupIndex: string;
  /** One group in the index. `{group}`: its name; `{count}`: its items. */
  groupIndexEntry: string;
  /** The control that appears after scrolling and returns to the top of the catalogue. */
  backToTop: string;
  /** The button that opens the filters on narrow widths. */
  filtersToggle: string;
  /** After it while filters are on. `{count}`: how many. */
  filtersActive: string;
  /** Beside the level filter when every item is published at both levels. */
  levelsAll: string;
  /** Printed under the title. `{date}`: today's date. */
  printedOn: string;
  /** Where back-to-top lands (read by screen readers only), like catalogueEnd. */
  catalogueStart: string;
}

/**
 * The keys <si-catalogue> uses, from the locale files (src/locales/): its own section, the
 * standard's column words, 一级事项 and the shared load errors.
 * @public (read by test/locales/locales.test.ts through the module)
 */
export const catalogueStringsFrom: StringsBuilder<'catalogue' | 'columns' | 'common' | 'loading', CatalogueStrings> = (locale) => ({
  ...locale.catalogue,
  ...locale.loading,
  columns: { ...locale.catalogue.columns, ...locale.columns, group: locale.common.group },
  groupFilter: locale.common.group,
  levelFilter: locale.columns.levels,
});

export const catalogueTranslations: Translations<CatalogueStrings> = componentTranslations(catalogueStringsFrom, { catalogue, columns, common, loading });

/** The zh-CN strings: the standard's own words, which the `columns` attribute accepts in any language. */
export const catalogueStrings: CatalogueStrings = catalogueTranslations['zh-CN'];
