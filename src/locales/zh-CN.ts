/**
 * Simplified Chinese, the default and the fallback: every interface word of every component, in
 * the standard's own wording. One file per locale (this one, `zh-TW.ts`, `en.ts`), each with
 * the same sections and keys (TypeScript checks the other two against this one through
 * {@link LocaleStrings}; test/locales/locales.test.ts checks that no key is missing in any
 * locale and that every key is used by a component).
 *
 * - `columns`: the standard's column words (公开对象 / 全社会 / 公开层级 …), shared by the
 *   catalogue's table and the item card;
 * - `common`: 一级事项, the label separator, the 《》 around titles, and 服务指南 / 办理地点 /
 *   办理时间 / 咨询方式 (the guide's sections and the item actions), each shared by two or more;
 * - `loading`: the load errors and retry button of every element that fetches data;
 * - one section a component for its own words.
 *
 * Components do not read these sections directly: each `*.strings.ts` declares which sections
 * and keys it uses and how they make up its strings table (the keys of the `strings`
 * attribute), e.g. `columns.audiencePublic` of `<si-catalogue>` is `columns.audiencePublic`
 * here and `audiencePublic` of `<si-item-card>` is the same text. This file is bundled
 * with the components; the other locales are loaded on first use (src/locales/translations.ts).
 * Templates: `{name}` is filled by the element (numbers through `Intl.NumberFormat`), and
 * `{n, plural, one {# day} other {# days}}` picks a plural form by `Intl.PluralRules`
 * (src/locales/message-format.ts).
 */

export const columns = {
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
};

export const common = {
  group: '一级事项',
  labelSeparator: '：',
  basisTitle: '《{title}》',
  serviceGuide: '服务指南',
  location: '办理地点',
  hours: '办理时间',
  contact: '咨询方式',
};

export const loading = {
  retry: '重试',
  errorNetwork: '无法连接到 {url}。',
  errorHttp: '{url} 返回 HTTP {status}。',
  errorJson: '{url} 不是有效的 JSON：{detail}',
  errorMore: '……另有 {count} 处',
  errorTimeout: '{url} 在 {seconds} 秒内没有完整响应。',
};

export const catalogue = {
  columns: {
    seq: '序号',
    matter: '公开事项',
    name: '二级事项',
    content: '公开内容（要素）',
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
  groupAll: '全部一级事项',
  levelAll: '全部层级',
  channelFilter: '公开渠道',
  channelAll: '全部渠道',
  clear: '清除筛选',
  resultCount: '共 {count} 项',
  resultCountOf: '共 {count} 项（全部 {total} 项）',
  searchPreparing: '正在准备搜索…',
  empty: '没有符合条件的事项。',
  emptyAction: '清除筛选条件',
  showMore: '显示更多（还有 {remaining} 项）',
  exportCsv: '导出表格（CSV）',
  loading: '正在加载目录…',
  errorTitle: '目录加载失败',
  errorSource: '{url}：',
  errorInvalid: '目录数据有 {count} 处不符合要求：',
  errorTooLarge: '{url} 超过 {megabytes} MB，不是目录数据文件。',
  staticFallback: '暂时无法更新目录，显示的是页面保存的版本。{problem}',
  toolbar: '查找事项',
  skipCatalogue: '跳过目录',
  catalogueEnd: '目录结束',
  itemFocused: '已定位到第 {seq} 项：{name}',
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

export const itemCard = {
  seq: '序号 {seq}',
  local: '本地增补事项',
  content: '公开内容',
  attributes: '公开对象、公开方式和公开层级',
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

export const serviceGuide = {
  sections: {
    name: '事项名称',
    basis: '设定依据',
    agency: '实施主体',
    audience: '服务对象',
    conditions: '受理条件',
    materials: '申请材料',
    process: '办理流程',
    channels: '办理方式',
    timeLimit: '办理时限',
    fees: '收费标准',
    complaint: '监督投诉',
    delivery: '结果送达',
    faq: '常见问题',
  },
  heading: '{name} 服务指南',
  deadlineText: '公开时限：{text}',
  unknownItem: '公开目录中没有序号或标识为“{ref}”的事项，无法显示事项名称、公开时限和设定依据。',
  waiting: '目录数据尚未就绪，暂时无法显示事项名称、公开时限和设定依据。',
  expandAll: '全部展开',
  collapseAll: '全部收起',
  toolbarLabel: '展开或收起栏目',
  basisFromCatalogue: '（取自公开目录的公开依据）',
  parenthetical: '（{text}）',
  material: {
    form: '形式',
    copies: '份数',
    copiesValue: '{copies} 份',
    note: '备注',
    sample: '查看样表',
  },
  channels: {
    counter: '窗口办理',
    online: '网上办理',
    selfService: '自助办理',
  },
  timeLimit: {
    statutory: '法定办结时限',
    promised: '承诺办结时限',
  },
  question: '问：',
  answer: '答：',
  disclosureLink: '查看“{element}”详情',
  missingSection: '尚未填写。请在数据中提供 {key}，或在页面中加入 <div slot="{key}">…</div>。',
  missingDisclosure: '尚未填写。请在数据的 disclosures 中提供“{element}”，或在页面中加入 <div slot="{element}">…</div>。',
  checklistHeading: '发布前检查',
  checklistSummary: '共 {total} 项，{missing} 项缺失。',
  checklistSummaryComplete: '全部 {total} 项已填写。',
  checklistContent: '公开目录要求公开的内容（要素）',
  checklistSections: '服务指南标准栏目',
  checklistNoItem: '未关联公开目录事项，只检查服务指南标准栏目。',
  present: '已填写',
  missing: '缺失',
  sourceSlot: '来自页面内容',
  sourceData: '来自指南数据',
  sourceCatalogue: '取自公开目录',
  sourceSection: '见“{title}”栏目',
  sourceSectionMissing: '指向的“{title}”栏目缺失',
  guideProgress: '已填写 {present}/{total} 个标准栏目',
  loading: '正在加载服务指南…',
  errorTitle: '服务指南加载失败',
  errorInvalidUrl: '{url}：',
  errorInvalid: '服务指南数据有 {count} 处不符合要求：',
  errorTooLarge: '{url} 超过 {megabytes} MB，不是服务指南数据文件。',
};

export const deadline = {
  locale: 'zh-CN',
  rule: '公开时限：信息形成或变更之日起{days}个工作日内',
  ruleBasis:
    '依据《中华人民共和国政府信息公开条例》第二十六条。形成或变更当日不计入（《中华人民共和国民法典》第二百零一条），从次日起算；周末和法定节假日不计入，调休上班日计为工作日。',
  changedLabel: '信息形成或变更日期',
  dueLabel: '公开截止日期',
  publishedLabel: '实际公开日期',
  provisionalMark: '预计',
  statusOnTime: '按时公开',
  statusLate: '逾期 {n} 个工作日公开',
  statusRemaining: '剩余 {n} 个工作日',
  statusDueToday: '今日到期',
  statusOverdue: '已逾期 {n} 个工作日',
  provisionalNote:
    '{years} 年的节假日安排尚未纳入日历数据，这段时间暂按周一至周五上班估算（元旦、劳动节、国庆节的法定假日除外），日期仅供参考，以国务院办公厅公布的安排为准。',
  detailsSummary: '截止日期是怎样算出的',
  detailsCount: '从 {changed} 的次日起算（当日不计入），数满 {n} 个工作日：第 1 个工作日是 {first}，第 {n} 个工作日 {due} 为公开截止日期。',
  detailsCalendarDays: '共 {days} 个自然日，其中 {weekendDays} 个周末日不计入。',
  detailsHolidays: '不计入的法定节假日：',
  detailsHoliday: '{name}：{from}至{to}，共 {days} 天',
  detailsHolidayOneDay: '{name}：{date}',
  detailsNoHolidays: '期间没有法定节假日。',
  detailsMakeup: '计为工作日的调休上班日：',
  detailsMakeupDay: '{date}（{weekday}，{name}调休上班）',
  detailsLate: '实际公开日期 {published} 晚于截止日期，按截止日后的第 {n} 个工作日计（截止日后的休息日算作下一个工作日）。',
  detailsToday: '状态按 {today} 计算。',
  detailsEstimate: '{years} 年不在日历数据内，按估算计入。',
  detailsEstimated: '（预计）',
  sourceBuiltIn: '日历数据：国务院办公厅每年公布的部分节假日安排（{first}–{last} 年），取自 chinese-days {version} 数据包。',
  sourceRegistered: '{year} 年日历数据：本站登记的节假日安排（{source}）。',
  sourceRegisteredUnnamed: '{year} 年日历数据：本站登记的节假日安排。',
  errorHeading: '无法计算公开截止日期：',
  errorDate: '{field}“{value}”不是有效日期：{problem}。请按“年-月-日”填写，例如 2026-09-28。',
  fieldChanged: '信息形成或变更日期（changed）',
  fieldPublished: '实际公开日期（published）',
  fieldToday: '当前日期（today）',
  dateProblemEmpty: '未填写',
  dateProblemFormat: '格式应为 YYYY-MM-DD',
  dateProblemYear: '年份应在 1900 至 9999 之间',
  dateProblemMonth: '月份应在 01 至 12 之间',
  dateProblemDay: '这个月没有这一天',
  errorWorkingDays: '工作日数（working-days）“{value}”无效：应为 1 至 999 之间的整数，例如 20。',
  errorWorkingDaysNotANumber: '工作日数（working-days）不是数字：应为 1 至 999 之间的整数，例如 20。',
  errorPublishedBeforeChanged: '实际公开日期 {published} 早于信息形成或变更日期 {changed}，请检查这两个日期。',
  errorHolidays: '节假日安排数据（holidays）有误：{detail}',
  errorSpan: '{field}“{value}”与信息形成或变更之日相隔超过 {years} 年，无法计算，请核对日期。',
  listSeparator: '、',
  holidayNames: {
    元旦: '元旦',
    春节: '春节',
    清明节: '清明节',
    劳动节: '劳动节',
    端午节: '端午节',
    中秋节: '中秋节',
    国庆节: '国庆节',
    // The calendar data (the State Council notices) names these three without 节.
    清明: '清明节',
    端午: '端午节',
    中秋: '中秋节',
    中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
  },
};

export const channelBadges = {
  label: '公开渠道',
};

export const itemActions = {
  group: '{name}：办事',
  online: '网上办理',
  phone: '咨询电话',
};
