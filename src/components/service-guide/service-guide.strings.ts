import type { GuideSectionKey } from '../../data/service-guide-types.js';
import { lazyTranslations, type Translations } from '../../utilities/localize.js';

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

export const serviceGuideTranslations: Translations<ServiceGuideStrings> = lazyTranslations<ServiceGuideStrings>(
  { 'zh-CN': zhCN },
  {
    'zh-TW': () => import('./service-guide.strings.zh-TW.js').then((module) => module.zhTW),
    en: () => import('./service-guide.strings.en.js').then((module) => module.en),
  },
);
