import { lazyTranslations, type Translations } from '../../utilities/localize.js';

/**
 * The UI strings of <si-catalogue>, per locale. Data stays in the language it was published
 * in; only these are translated. `{name}` placeholders are filled by the element (numbers
 * through `Intl.NumberFormat`). A page overrides any of them per instance with the `strings`
 * attribute (`strings='{"empty":"本栏目暂无相关事项。"}'`), nested keys included
 * (`{"columns":{"seq":"编号"}}`).
 */
export interface CatalogueStrings {
  /** The headers of the official table (the `columns` attribute also accepts the zh-CN ones). */
  columns: {
    seq: string;
    matter: string;
    group: string;
    name: string;
    content: string;
    basis: string;
    deadline: string;
    subject: string;
    channels: string;
    audience: string;
    audiencePublic: string;
    audienceSpecific: string;
    method: string;
    methodProactive: string;
    methodOnRequest: string;
    levels: string;
    levelCounty: string;
    levelTownship: string;
  };
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
  empty: string;
  emptyAction: string;
  /** `{remaining}`: items not drawn yet. */
  showMore: string;
  exportCsv: string;
  loading: string;
  retry: string;
  errorTitle: string;
  /** `{url}`, `{status}`, `{detail}`, `{count}` as the names say. */
  errorNetwork: string;
  errorHttp: string;
  errorJson: string;
  /** Put before errorInvalid when the data came from a URL. */
  errorSource: string;
  errorInvalid: string;
  errorMore: string;
  /** `{url}`, `{seconds}`: the time limit (`timeout`) passed with no complete answer. */
  errorTimeout: string;
  /** `{url}`, `{megabytes}`: the answer is larger than the library reads. */
  errorTooLarge: string;
  /** Shown above a server-rendered table kept because its `src` could not be loaded. `{problem}`: why. */
  staticFallback: string;
  /** The search landmark's name. */
  toolbar: string;
  /** The card list's name. `{title}`: the catalogue title. */
  cardsLabel: string;
  /** The skip link before a catalogue whose item names are links or buttons, and where it lands. */
  skipCatalogue: string;
  catalogueEnd: string;

  // Presentation (phone cards, group index, filter drawer, print, level note): one block, moved
  // into the per-locale files after the i18n merge.
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

/** Simplified Chinese, the default and the fallback: the standard's own words. */
export const zhCN: CatalogueStrings = {
  columns: {
    seq: '序号',
    matter: '公开事项',
    group: '一级事项',
    name: '二级事项',
    content: '公开内容（要素）',
    basis: '公开依据',
    deadline: '公开时限',
    subject: '公开主体',
    channels: '公开渠道和载体',
    audience: '公开对象',
    audiencePublic: '全社会',
    audienceSpecific: '特定群众',
    method: '公开方式',
    methodProactive: '主动',
    methodOnRequest: '依申请公开',
    levels: '公开层级',
    levelCounty: '县级',
    levelTownship: '乡、村级',
  },
  yes: '是',
  no: '否',
  tableRegion: '{title}（表格，可横向滚动）',
  searchLabel: '搜索事项',
  searchPlaceholder: '输入事项名称、内容或拼音，如 sbk',
  searchHelp: '可用日常说法（如“社保卡丢了”“养老金”），也可输入拼音全拼或首字母（如 shebaoka、sbk）。',
  popularLabel: '常用查询：',
  officialOrder: '按目录顺序',
  rankedNote: '最相关的排在前面',
  emptyQuery: '没有找到与“{query}”相关的事项。',
  emptyClosest: '您可能在找：',
  emptyPopular: '试试常用查询：',
  groupFilter: '一级事项',
  groupAll: '全部一级事项',
  levelFilter: '公开层级',
  levelAll: '全部层级',
  channelFilter: '公开渠道',
  channelAll: '全部渠道',
  clear: '清除筛选',
  resultCount: '共 {count} 项',
  resultCountOf: '共 {count} 项（全部 {total} 项）',
  empty: '没有符合条件的事项。',
  emptyAction: '清除筛选条件',
  showMore: '显示更多（还有 {remaining} 项）',
  exportCsv: '导出表格（CSV）',
  loading: '正在加载目录…',
  retry: '重试',
  errorTitle: '目录加载失败',
  errorNetwork: '无法连接到 {url}。',
  errorHttp: '{url} 返回 HTTP {status}。',
  errorJson: '{url} 不是有效的 JSON：{detail}',
  errorSource: '{url}：',
  errorInvalid: '目录数据有 {count} 处不符合要求：',
  errorMore: '……另有 {count} 处',
  errorTimeout: '{url} 在 {seconds} 秒内没有完整响应。',
  errorTooLarge: '{url} 超过 {megabytes} MB，不是目录数据文件。',
  staticFallback: '暂时无法更新目录，显示的是页面保存的版本。{problem}',
  toolbar: '查找事项',
  cardsLabel: '{title}（列表）',
  skipCatalogue: '跳过目录',
  catalogueEnd: '目录结束',
  // Presentation block (see the interface).
  cardDetails: '详情',
  groupIndex: '按一级事项查看：',
  groupIndexEntry: '{group}（{count} 项）',
  backToTop: '回到顶部',
  filtersToggle: '筛选',
  filtersActive: '（已选 {count} 项）',
  levelsAll: '本目录事项均在县级和乡、村级公开。',
  printedOn: '打印日期：{date}',
  catalogueStart: '目录开头',
};

export const catalogueTranslations: Translations<CatalogueStrings> = lazyTranslations<CatalogueStrings>(
  { 'zh-CN': zhCN },
  {
    'zh-TW': () => import('./catalogue.strings.zh-TW.js').then((module) => module.zhTW),
    en: () => import('./catalogue.strings.en.js').then((module) => module.en),
  },
);

/** The zh-CN strings: the standard's own words, which the `columns` attribute accepts in any language. */
export const catalogueStrings = zhCN;
