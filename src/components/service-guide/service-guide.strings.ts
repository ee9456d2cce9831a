import type { GuideSectionKey } from '../../data/service-guide-types.js';
import { common, loading, serviceGuide } from '../../locales/zh-CN.js';
import { componentTranslations, type StringsBuilder } from '../../locales/translations.js';
import type { LoadViewStrings } from '../../internal/load-view.js';
import type { Translations } from '../../utilities/localize.js';

/**
 * The UI strings of `<si-service-guide>`: the keys of its `strings` attribute. Guide data stays in the language it was
 * written in; only these words are translated. `{name}` placeholders are filled by the element
 * (numbers through `Intl.NumberFormat`). A page overrides any of them per instance with the
 * `strings` attribute (`strings='{"sections":{"faq":"问答"}}'`). The deadline brings its own
 * strings.
 */
export interface ServiceGuideStrings extends Omit<LoadViewStrings, 'errorSource'> {
  /** Section titles, in the usual national order of a service guide. */
  sections: Record<GuideSectionKey, string>;
  /** The heading when the item is known. `{name}`: the item name. */
  heading: string;
  /** The heading when neither an item nor the guide's own name is known. */
  headingUntitled: string;
  /** The label of the 一级事项 line. */
  group: string;
  /** Joins a label to its value (一级事项：…). */
  labelSeparator: string;
  /** A printed 公开时限 that is not counted in working days. `{text}`: the catalogue's text. */
  deadlineText: string;
  /** An `item` the catalogue does not have. `{ref}`: the value as read. */
  unknownItem: string;
  /** `item` is set but the enclosing `<si-catalogue>` is still loading its data. */
  waiting: string;
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
  /** Put before {@link LoadViewStrings.errorInvalid} when the guide came from a URL (the shared view's `errorSource`). `{url}`. */
  errorInvalidUrl: string;
}

/**
 * The keys `<si-service-guide>` uses, from the locale files (src/locales/): its own section,
 * the words it shares with the item card and the item actions (`common`: 一级事项, separators,
 * 服务指南, 办理地点, 办理时间, 咨询方式), and the shared load errors.
 * @public (read by test/locales/locales.test.ts through the module)
 */
export const serviceGuideStringsFrom: StringsBuilder<'serviceGuide' | 'common' | 'loading', ServiceGuideStrings> = ({ serviceGuide, common, loading }) => ({
  ...serviceGuide,
  ...loading,
  sections: { ...serviceGuide.sections, location: common.location, hours: common.hours, contact: common.contact },
  headingUntitled: common.serviceGuide,
  group: common.group,
  labelSeparator: common.labelSeparator,
  basisTitle: common.basisTitle,
});

export const serviceGuideTranslations: Translations<ServiceGuideStrings> = componentTranslations(serviceGuideStringsFrom, {
  serviceGuide,
  common,
  loading,
});
