import type { GuideSectionKey } from '../../data/service-guide-types.js';
import type { Translations } from '../../utilities/localize.js';

/**
 * The UI strings of `<si-service-guide>`, per locale. Guide data stays in the language it was
 * written in; only these words are translated. `{name}` placeholders are filled by the element
 * (numbers through `Intl.NumberFormat`). A page overrides any of them per instance with the
 * `strings` attribute (`strings='{"sections":{"faq":"问答"}}'`). The deadline brings its own
 * strings.
 */
export interface ServiceGuideStrings {
  /** Section titles, in the usual national order of a service guide. */
  sections: Record<GuideSectionKey, string>;
  /** The heading when the item is known. `{name}`: the item name. */
  heading: string;
  /** The heading when neither an item nor the guide's own name is known. */
  headingUntitled: string;
  /** An accessible name for the guide. `{name}`: the item name. */
  regionLabel: string;
  /** The label of the 一级事项 line. */
  group: string;
  /** Joins a label to its value (一级事项：…). */
  labelSeparator: string;
  /** A printed 公开时限 that is not counted in working days. `{text}`: the catalogue's text. */
  deadlineText: string;
  /** An `item` the catalogue does not have. `{ref}`: the value as read. */
  unknownItem: string;
  expandAll: string;
  collapseAll: string;
  /** The accessible name of the expand / collapse toolbar. */
  toolbarLabel: string;
  /** Under 设定依据 taken from the catalogue item's 公开依据. */
  basisFromCatalogue: string;
  /** Wraps a document title; the data stores titles without 《》. `{title}`: the title. */
  basisTitle: string;
  /** Wraps a remark after a label (（缺失）, （来自页面内容）). `{text}`: the remark. */
  parenthetical: string;
  material: {
    form: string;
    copies: string;
    /** `{copies}`: the number of copies. */
    copiesValue: string;
    note: string;
    /** The link to a sample form; followed, for screen readers, by the material's name. */
    sample: string;
  };
  channels: { counter: string; online: string; selfService: string };
  timeLimit: { statutory: string; promised: string };
  /** Marks before a question and its answer in 常见问题 (hidden from screen readers). */
  question: string;
  answer: string;
  /** The link of a disclosure element given in data. `{element}`: its name. */
  disclosureLink: string;
  /** Editor mode: a missing standard section. `{key}`: its field name. */
  missingSection: string;
  /** Editor mode: a missing disclosure element. `{element}`: its name. */
  missingDisclosure: string;
  checklistHeading: string;
  /** `{total}`: the number of checks; `{missing}`: how many are missing. */
  checklistSummary: string;
  /** The summary when nothing is missing. `{total}`: the number of checks. */
  checklistSummaryComplete: string;
  checklistContent: string;
  checklistSections: string;
  checklistNoItem: string;
  present: string;
  missing: string;
  sourceSlot: string;
  sourceData: string;
  sourceCatalogue: string;
  /** A disclosure element covered by a standard section. `{title}`: the section's title. */
  sourceSection: string;
  sourceSectionMissing: string;
  /** `{present}` of `{total}` standard sections are filled in. */
  guideProgress: string;
  /** Loading and errors. */
  loading: string;
  retry: string;
  errorTitle: string;
  /** `{url}`: the guide's URL. */
  errorNetwork: string;
  /** `{url}`, `{status}`: the HTTP status. */
  errorHttp: string;
  /** `{url}`, `{detail}`: the parser's message. */
  errorJson: string;
  /** Put before {@link ServiceGuideStrings.errorInvalid} when the data came from a URL. `{url}`. */
  errorInvalidUrl: string;
  /** `{count}`: the number of problems. */
  errorInvalid: string;
  /** `{count}`: the problems not listed. */
  errorMore: string;
  /** `{url}`, `{seconds}`: the time limit (`timeout`) passed with no complete answer. */
  errorTimeout: string;
  /** `{url}`, `{megabytes}`: the answer is larger than the library reads. */
  errorTooLarge: string;
}

/** Simplified Chinese, the default and the fallback. */
export const zhCN: ServiceGuideStrings = {
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
    location: '办理地点',
    hours: '办理时间',
    contact: '咨询方式',
    complaint: '监督投诉',
    delivery: '结果送达',
    faq: '常见问题',
  },
  heading: '{name} 服务指南',
  headingUntitled: '服务指南',
  regionLabel: '{name}服务指南',
  group: '一级事项',
  labelSeparator: '：',
  deadlineText: '公开时限：{text}',
  unknownItem: '公开目录中没有序号或标识为“{ref}”的事项，无法显示事项名称、公开时限和设定依据。',
  expandAll: '全部展开',
  collapseAll: '全部收起',
  toolbarLabel: '展开或收起栏目',
  basisFromCatalogue: '（取自公开目录的公开依据）',
  basisTitle: '《{title}》',
  parenthetical: '（{text}）',
  material: {
    form: '形式',
    copies: '份数',
    copiesValue: '{copies} 份',
    note: '备注',
    sample: '查看样表',
  },
  channels: { counter: '窗口办理', online: '网上办理', selfService: '自助办理' },
  timeLimit: { statutory: '法定办结时限', promised: '承诺办结时限' },
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
  retry: '重试',
  errorTitle: '服务指南加载失败',
  errorNetwork: '无法连接到 {url}。',
  errorHttp: '{url} 返回 HTTP {status}。',
  errorJson: '{url} 不是有效的 JSON：{detail}',
  errorInvalidUrl: '{url}：',
  errorInvalid: '服务指南数据有 {count} 处不符合要求：',
  errorMore: '……另有 {count} 处',
  errorTimeout: '{url} 在 {seconds} 秒内没有完整响应。',
  errorTooLarge: '{url} 超过 {megabytes} MB，不是服务指南数据文件。',
};

/** Traditional Chinese. */
export const zhTW: ServiceGuideStrings = {
  sections: {
    name: '事項名稱',
    basis: '設定依據',
    agency: '實施主體',
    audience: '服務對象',
    conditions: '受理條件',
    materials: '申請材料',
    process: '辦理流程',
    channels: '辦理方式',
    timeLimit: '辦理時限',
    fees: '收費標準',
    location: '辦理地點',
    hours: '辦理時間',
    contact: '諮詢方式',
    complaint: '監督投訴',
    delivery: '結果送達',
    faq: '常見問題',
  },
  heading: '{name} 服務指南',
  headingUntitled: '服務指南',
  regionLabel: '{name}服務指南',
  group: '一級事項',
  labelSeparator: '：',
  deadlineText: '公開時限：{text}',
  unknownItem: '公開目錄中沒有序號或標識為「{ref}」的事項，無法顯示事項名稱、公開時限和設定依據。',
  expandAll: '全部展開',
  collapseAll: '全部收起',
  toolbarLabel: '展開或收起欄目',
  basisFromCatalogue: '（取自公開目錄的公開依據）',
  basisTitle: '《{title}》',
  parenthetical: '（{text}）',
  material: {
    form: '形式',
    copies: '份數',
    copiesValue: '{copies} 份',
    note: '備註',
    sample: '查看樣表',
  },
  channels: { counter: '窗口辦理', online: '網上辦理', selfService: '自助辦理' },
  timeLimit: { statutory: '法定辦結時限', promised: '承諾辦結時限' },
  question: '問：',
  answer: '答：',
  disclosureLink: '查看「{element}」詳情',
  missingSection: '尚未填寫。請在資料中提供 {key}，或在頁面中加入 <div slot="{key}">…</div>。',
  missingDisclosure: '尚未填寫。請在資料的 disclosures 中提供「{element}」，或在頁面中加入 <div slot="{element}">…</div>。',
  checklistHeading: '發布前檢查',
  checklistSummary: '共 {total} 項，{missing} 項缺失。',
  checklistSummaryComplete: '全部 {total} 項已填寫。',
  checklistContent: '公開目錄要求公開的內容（要素）',
  checklistSections: '服務指南標準欄目',
  checklistNoItem: '未關聯公開目錄事項，只檢查服務指南標準欄目。',
  present: '已填寫',
  missing: '缺失',
  sourceSlot: '來自頁面內容',
  sourceData: '來自指南資料',
  sourceCatalogue: '取自公開目錄',
  sourceSection: '見「{title}」欄目',
  sourceSectionMissing: '指向的「{title}」欄目缺失',
  guideProgress: '已填寫 {present}/{total} 個標準欄目',
  loading: '正在載入服務指南…',
  retry: '重試',
  errorTitle: '服務指南載入失敗',
  errorNetwork: '無法連線到 {url}。',
  errorHttp: '{url} 傳回 HTTP {status}。',
  errorJson: '{url} 不是有效的 JSON：{detail}',
  errorInvalidUrl: '{url}：',
  errorInvalid: '服務指南資料有 {count} 處不符合要求：',
  errorMore: '……另有 {count} 處',
  errorTimeout: '{url} 在 {seconds} 秒內沒有完整回應。',
  errorTooLarge: '{url} 超過 {megabytes} MB，不是服務指南資料檔案。',
};

/** English. */
export const en: ServiceGuideStrings = {
  sections: {
    name: 'Service name',
    basis: 'Legal basis',
    agency: 'Responsible body',
    audience: 'Who it is for',
    conditions: 'Eligibility',
    materials: 'Documents required',
    process: 'Procedure',
    channels: 'How to apply',
    timeLimit: 'Processing time',
    fees: 'Fees',
    location: 'Where to apply',
    hours: 'Opening hours',
    contact: 'Enquiries',
    complaint: 'Complaints and oversight',
    delivery: 'Delivery of the result',
    faq: 'Frequently asked questions',
  },
  heading: '{name}: service guide',
  headingUntitled: 'Service guide',
  regionLabel: 'Service guide for {name}',
  group: 'Category',
  labelSeparator: ': ',
  deadlineText: 'Time limit for disclosure: {text}',
  unknownItem:
    'The disclosure catalogue has no item with the number or id “{ref}”, so the item’s name, time limit and legal basis cannot be shown.',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  toolbarLabel: 'Expand or collapse sections',
  basisFromCatalogue: '(Legal basis taken from the disclosure catalogue)',
  basisTitle: '“{title}”',
  parenthetical: ' ({text})',
  material: {
    form: 'Form',
    copies: 'Copies',
    copiesValue: '{copies} {copies:copy|copies}',
    note: 'Note',
    sample: 'View sample form',
  },
  channels: { counter: 'At a service counter', online: 'Online', selfService: 'At a self-service terminal' },
  timeLimit: { statutory: 'Statutory time limit', promised: 'Promised time limit' },
  question: 'Q: ',
  answer: 'A: ',
  disclosureLink: 'View details of “{element}”',
  missingSection: 'Not filled in yet. Provide {key} in the data, or add <div slot="{key}">…</div> to the page.',
  missingDisclosure: 'Not filled in yet. Provide “{element}” in the data’s disclosures, or add <div slot="{element}">…</div> to the page.',
  checklistHeading: 'Check before publishing',
  checklistSummary: '{missing} of {total} {total:item|items} missing.',
  checklistSummaryComplete: 'All {total} {total:item|items} filled in.',
  checklistContent: 'Content the disclosure catalogue requires (elements)',
  checklistSections: 'Standard sections of a service guide',
  checklistNoItem: 'No catalogue item is linked, so only the standard sections of a service guide are checked.',
  present: 'Filled in',
  missing: 'Missing',
  sourceSlot: 'from the page',
  sourceData: 'from the guide data',
  sourceCatalogue: 'from the disclosure catalogue',
  sourceSection: 'see the “{title}” section',
  sourceSectionMissing: 'the “{title}” section it points to is missing',
  guideProgress: '{present}/{total} standard sections filled in',
  loading: 'Loading the service guide…',
  retry: 'Try again',
  errorTitle: 'The service guide could not be loaded',
  errorNetwork: 'Could not connect to {url}.',
  errorHttp: '{url} returned HTTP {status}.',
  errorJson: '{url} is not valid JSON: {detail}',
  errorInvalidUrl: '{url}: ',
  errorInvalid: 'The service guide data has {count} {count:problem|problems}:',
  errorMore: '…and {count} more',
  errorTimeout: '{url} did not answer completely within {seconds} s.',
  errorTooLarge: '{url} is larger than {megabytes} MB: not a service guide file.',
};

export const serviceGuideTranslations: Translations<ServiceGuideStrings> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
