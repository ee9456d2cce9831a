/**
 * Types of the published data contract. They mirror catalogue.schema.json and overlay.schema.json;
 * docs/data.md is the field reference. Extra fields are allowed in the data and pass through
 * untouched, but are not part of these types.
 */

/** 公开时限. `text` is the printed wording; the other two are read from it, or null when it has none. */
export interface Deadline {
  text: string;
  /** e.g. 20 for "…之日起20个工作日内公开"; null for deadlines not counted in working days. */
  workingDays: number | null;
  /** When counting starts, e.g. "信息形成或变更之日". */
  from: string | null;
}

/** 公开对象: 全社会 / 特定群众. */
export interface Audience {
  public: boolean;
  specific: boolean;
}

/** 公开方式: 主动 / 依申请公开. */
export interface Method {
  proactive: boolean;
  onRequest: boolean;
}

/** 公开层级: 县级 / 乡、村级. */
export interface Levels {
  county: boolean;
  township: boolean;
}

/** One row of the catalogue (a 二级事项). */
export interface CatalogueItem {
  /** The printed 序号; unique within a catalogue. */
  seq: number;
  /** Stable, URL-safe; never changes when wording does. Unique within a catalogue. */
  id: string;
  /** 一级事项, one of the catalogue's `groups`. */
  group: string;
  /** 二级事项. */
  name: string;
  /** 公开内容（要素）, one entry per printed element. */
  content: string[];
  /** 公开依据, document titles without 《》. */
  basis: string[];
  deadline: Deadline;
  /** 公开主体. */
  subject: string;
  /** 公开渠道和载体. */
  channels: string[];
  audience: Audience;
  method: Method;
  levels: Levels;
  /** Every interpretation made when reading this item from its source; empty when none. */
  notes: string[];
  /** True for an item a county or township added through an overlay. */
  local?: boolean;
}

/** A search synonym: any of `terms`, typed by a person, also finds the catalogue's `means` words. */
export interface SearchSynonym {
  /** What people say, e.g. 社保卡, 丢了. */
  terms: string[];
  /** Words the catalogue prints, e.g. 社会保障卡, 补换. */
  means: string[];
}

/** A 基层政务公开标准目录 of one domain (社会保险 or any of the other grassroots domains). */
export interface Catalogue {
  /** URL-safe id of the catalogue, e.g. "social-insurance". */
  id: string;
  title: string;
  /** The disclosure domain, e.g. "社会保险". */
  domain: string;
  /** Version of this data, not of the printed standard. */
  version: string;
  /** What the data was read from. */
  source: string;
  /** 一级事项 in printed order; every item's `group` is one of them. */
  groups: string[];
  /** Catalogue-wide reading notes. */
  notes: string[];
  items: CatalogueItem[];
  /** Search synonyms of this catalogue, added to the built-in lexicon (docs/search.md). */
  synonyms?: SearchSynonym[];
  /** Suggested searches shown as 常用查询 chips; the built-in lexicon's when absent. */
  popularSearches?: string[];
}

/** Fields an overlay may change on an item: anything but its id; tick pairs and deadline per key. */
export type ItemAmendment = Partial<Omit<CatalogueItem, 'id' | 'deadline' | 'audience' | 'method' | 'levels'>> & {
  deadline?: Partial<Deadline>;
  audience?: Partial<Audience>;
  method?: Partial<Method>;
  levels?: Partial<Levels>;
};

/** What an overlay does to one item of the base catalogue, found by `id`. */
export interface OverlayItemChange {
  id: string;
  /** Leave the item out of the local catalogue (e.g. a township does not handle it). */
  hide?: boolean;
  /** Replace these fields (deadline and tick pairs: only the keys given). */
  amend?: ItemAmendment;
  /** Elements appended to 公开内容（要素）, after any amended content. */
  appendContent?: string[];
}

/** A county's or township's local details on top of a standard catalogue. */
export interface Overlay {
  /** Id of the catalogue this overlay is written for; applying it to another one is an error. */
  base?: string;
  /** New id for the local catalogue. */
  id?: string;
  /** New title, e.g. "示例县社会保险领域基层政务公开标准目录". */
  title?: string;
  /** Appended to the catalogue's notes. */
  notes?: string[];
  /** New 一级事项 for added items, appended to the catalogue's groups. */
  groups?: string[];
  items?: OverlayItemChange[];
  /** Search synonyms appended to the catalogue's. */
  synonyms?: SearchSynonym[];
  /** Replaces the catalogue's 常用查询 chips. */
  popularSearches?: string[];
  /** Locally added items; they get `local: true` and follow the last item of their group. */
  add?: Array<Omit<CatalogueItem, 'local'> & { local?: boolean }>;
}

export type { ValidationError, ValidationResult } from './validation-core.js';
