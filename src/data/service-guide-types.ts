/**
 * Types of a service guide (服务指南), the first disclosure element of every catalogue item. They
 * mirror service-guide.schema.json; docs/service-guide.md is the field reference. Every section
 * is optional: a partial guide is valid, and `<si-service-guide editor>` lists what is missing.
 * Extra fields are allowed in the data and pass through untouched, but are not part of these types.
 */

/** The standard sections of a guide, in the order they are shown (the usual national order). */
export const GUIDE_SECTIONS = [
  'name',
  'basis',
  'agency',
  'audience',
  'conditions',
  'materials',
  'process',
  'channels',
  'timeLimit',
  'fees',
  'location',
  'hours',
  'contact',
  'complaint',
  'delivery',
  'faq',
] as const;

/** A standard section's field name, which is also its slot name and `#si-guide-<key>` hash. */
export type GuideSectionKey = (typeof GUIDE_SECTIONS)[number];

/** One entry of 申请材料. */
export interface GuideMaterial {
  /** 材料名称, e.g. 居民身份证. */
  name: string;
  /** 材料形式, e.g. 原件, 复印件, 电子证照. */
  form?: string;
  /** 份数. */
  copies?: number;
  /** 备注 (who needs it, when it can be omitted). */
  note?: string;
  /** Link to a sample or blank form (样表); only `http(s):` and relative URLs. */
  sampleHref?: string;
}

/** One way of applying (办理方式), with an optional link (e.g. to the online service). */
export interface GuideChannelWay {
  text: string;
  /** Only `http(s):` and relative URLs. */
  href?: string;
}

/** 办理方式: 窗口办理 / 网上办理 / 自助办理. At least one is given. */
export interface GuideChannels {
  /** 窗口办理. */
  counter?: GuideChannelWay;
  /** 网上办理. */
  online?: GuideChannelWay;
  /** 自助办理 (self-service terminals). */
  selfService?: GuideChannelWay;
}

/** 办理时限: 法定办结时限 / 承诺办结时限. At least one is given. */
export interface GuideTimeLimit {
  /** 法定办结时限, e.g. 20个工作日. */
  statutory?: string;
  /** 承诺办结时限, e.g. 即时办结. */
  promised?: string;
}

/** One 常见问题 pair. */
export interface GuideFaq {
  question: string;
  answer: string;
}

/**
 * A disclosure element (公开内容（要素）) of the item beyond the guide itself, e.g. 制卡网点 for
 * 社会保障卡申领: its text or link, or the standard section that already covers it.
 */
export interface GuideDisclosure {
  /** The element exactly as the catalogue prints it in the item's `content`. */
  element: string;
  text?: string;
  /** Only `http(s):` and relative URLs. */
  href?: string;
  /** A standard section that covers this element (e.g. 咨询电话、负责科室 → `contact`). */
  section?: GuideSectionKey;
}

/** A service guide. Sections follow {@link GUIDE_SECTIONS}; text keeps its line breaks. */
export interface ServiceGuide {
  /** The catalogue item (seq or id) this guide is for, when the element does not say. */
  item?: number | string;
  /** 事项名称. */
  name?: string;
  /** 设定依据; defaults to the catalogue item's 公开依据. */
  basis?: string[];
  /** 实施主体 / 受理机构. */
  agency?: string;
  /** 服务对象. */
  audience?: string;
  /** 受理条件, one per entry. */
  conditions?: string[];
  /** 申请材料. */
  materials?: GuideMaterial[];
  /** 办理流程, ordered steps. */
  process?: string[];
  /** 办理方式. */
  channels?: GuideChannels;
  /** 办理时限. */
  timeLimit?: GuideTimeLimit;
  /** 收费标准, e.g. 不收费. */
  fees?: string;
  /** 办理地点. */
  location?: string;
  /** 办理时间. */
  hours?: string;
  /** 咨询方式. */
  contact?: string;
  /** 监督投诉. */
  complaint?: string;
  /** 结果送达. */
  delivery?: string;
  /** 常见问题. */
  faq?: GuideFaq[];
  /** The item's other disclosure elements. */
  disclosures?: GuideDisclosure[];
}

export type GuideValidationResult =
  | { ok: true; guide: ServiceGuide }
  | { ok: false; errors: Array<{ path: string; message: string }> };
