import type { GuideSectionKey } from '../../data/service-guide-types.js';

/**
 * The UI strings of <si-service-guide> (zh-CN). Guide data stays in the language it was written
 * in; only these are translated. Kept in one object so localisation and per-site overrides can
 * replace them without touching rendering code.
 */
export const serviceGuideStrings = {
  /** Section titles, in the usual national order of a service guide. */
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
  } satisfies Record<GuideSectionKey, string>,
  /** The heading: the item name, or the guide's own name when no item is known. */
  heading: (name: string) => `${name} 服务指南`,
  headingUntitled: '服务指南',
  regionLabel: (name: string) => `${name}服务指南`,
  group: '一级事项',
  deadlineText: (text: string) => `公开时限：${text}`,
  unknownItem: (ref: string) => `公开目录中没有序号或标识为“${ref}”的事项，无法显示事项名称、公开时限和设定依据。`,
  expandAll: '全部展开',
  collapseAll: '全部收起',
  toolbarLabel: '展开或收起栏目',
  basisFromCatalogue: '（取自公开目录的公开依据）',
  material: {
    form: '形式',
    copies: '份数',
    copiesValue: (copies: number) => `${copies} 份`,
    note: '备注',
    sample: '查看样表',
  },
  channels: { counter: '窗口办理', online: '网上办理', selfService: '自助办理' },
  timeLimit: { statutory: '法定办结时限', promised: '承诺办结时限' },
  question: '问：',
  answer: '答：',
  disclosureLink: (element: string) => `查看“${element}”详情`,
  /** Editor mode. */
  missingSection: (key: string) => `尚未填写。请在数据中提供 ${key}，或在页面中加入 <div slot="${key}">…</div>。`,
  missingDisclosure: (element: string) =>
    `尚未填写。请在数据的 disclosures 中提供“${element}”，或在页面中加入 <div slot="${element}">…</div>。`,
  checklistHeading: '发布前检查',
  checklistSummary: (missing: number, total: number) =>
    missing === 0 ? `全部 ${total} 项已填写。` : `共 ${total} 项，${missing} 项缺失。`,
  checklistContent: '公开目录要求公开的内容（要素）',
  checklistSections: '服务指南标准栏目',
  checklistNoItem: '未关联公开目录事项，只检查服务指南标准栏目。',
  present: '已填写',
  missing: '缺失',
  sourceSlot: '来自页面内容',
  sourceData: '来自指南数据',
  sourceCatalogue: '取自公开目录',
  sourceSection: (title: string) => `见“${title}”栏目`,
  sourceSectionMissing: (title: string) => `指向的“${title}”栏目缺失`,
  guideProgress: (present: number, total: number) => `已填写 ${present}/${total} 个标准栏目`,
  /** Loading and errors. */
  loading: '正在加载服务指南…',
  retry: '重试',
  errorTitle: '服务指南加载失败',
  errorNetwork: (url: string) => `无法连接到 ${url}。`,
  errorHttp: (url: string, status: number) => `${url} 返回 HTTP ${status}。`,
  errorJson: (url: string, detail: string) => `${url} 不是有效的 JSON：${detail}`,
  errorInvalid: (count: number) => `服务指南数据有 ${count} 处不符合要求：`,
  errorMore: (count: number) => `……另有 ${count} 处`,
};

export type ServiceGuideStrings = typeof serviceGuideStrings;
