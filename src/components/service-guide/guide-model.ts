/**
 * What a guide shows, worked out from its three sources without touching the DOM: which
 * sections are present and where each comes from (a slot wins over data, data over the
 * catalogue's default), and the editor checklist.
 */
import type { CatalogueItem } from '../../data/types.js';
import { GUIDE_SECTIONS, type GuideDisclosure, type GuideSectionKey, type ServiceGuide } from '../../data/service-guide-types.js';
import { hashTarget } from '../../internal/hash.js';

/** The catalogue element that is the guide itself. */
const GUIDE_ELEMENT = '服务指南';

/** Where a section's content comes from. */
export type SectionSource = 'slot' | 'data' | 'catalogue';

/** A standard section, or one of the item's other disclosure elements. */
export interface ResolvedSection {
  /** The field name (`materials`) or, for a disclosure element, its printed name (`制卡网点`). */
  key: string;
  kind: 'standard' | 'disclosure';
  /** Undefined when the section is missing. */
  source: SectionSource | undefined;
  /** For a disclosure element given in data. */
  disclosure?: GuideDisclosure;
}

/** One line of the editor checklist. */
export interface ChecklistEntry {
  key: string;
  present: boolean;
  /** How it is present, or why it is not. */
  detail:
    | { kind: 'source'; source: SectionSource }
    | { kind: 'section'; section: GuideSectionKey; present: boolean }
    | { kind: 'progress'; present: number; total: number }
    | { kind: 'none' };
}

export interface GuideModel {
  /** Standard sections in order, then disclosure elements; missing ones included. */
  sections: ResolvedSection[];
  /** The item's content elements; empty without an item. */
  contentChecklist: ChecklistEntry[];
  sectionChecklist: ChecklistEntry[];
}

/** The disclosure elements to account for: the item's (but the guide itself), then the data's others. */
function disclosureElements(item: CatalogueItem | undefined, guide: ServiceGuide | undefined): string[] {
  const elements = (item?.content ?? []).filter((element) => element !== GUIDE_ELEMENT);
  for (const disclosure of guide?.disclosures ?? []) elements.push(disclosure.element);
  return [...new Set(elements)];
}

function standardSource(
  key: GuideSectionKey,
  guide: ServiceGuide | undefined,
  item: CatalogueItem | undefined,
  slotted: ReadonlySet<string>,
): SectionSource | undefined {
  if (slotted.has(key)) return 'slot';
  if (guide !== undefined && Object.prototype.hasOwnProperty.call(guide, key) && guide[key] !== undefined) return 'data';
  if (key === 'basis' && item !== undefined && item.basis.length > 0) return 'catalogue';
  return undefined;
}

/** Resolves every section and the checklist. `slotted` holds the slot names with content. */
export function resolveGuide(guide: ServiceGuide | undefined, item: CatalogueItem | undefined, slotted: ReadonlySet<string>): GuideModel {
  const standard: ResolvedSection[] = GUIDE_SECTIONS.map((key) => ({
    key,
    kind: 'standard',
    source: standardSource(key, guide, item, slotted),
  }));
  const presentStandard = new Set(standard.filter((section) => section.source !== undefined).map((section) => section.key));
  const disclosures = new Map((guide?.disclosures ?? []).map((disclosure) => [disclosure.element, disclosure]));

  const elementEntries = new Map<string, ChecklistEntry>();
  const extra: ResolvedSection[] = [];
  for (const element of disclosureElements(item, guide)) {
    const disclosure = disclosures.get(element);
    if (slotted.has(element)) {
      extra.push({ key: element, kind: 'disclosure', source: 'slot', disclosure });
      elementEntries.set(element, { key: element, present: true, detail: { kind: 'source', source: 'slot' } });
    } else if (disclosure !== undefined && (disclosure.text !== undefined || disclosure.href !== undefined)) {
      extra.push({ key: element, kind: 'disclosure', source: 'data', disclosure });
      elementEntries.set(element, { key: element, present: true, detail: { kind: 'source', source: 'data' } });
    } else if (disclosure?.section !== undefined) {
      const present = presentStandard.has(disclosure.section);
      elementEntries.set(element, { key: element, present, detail: { kind: 'section', section: disclosure.section, present } });
    } else {
      extra.push({ key: element, kind: 'disclosure', source: undefined });
      elementEntries.set(element, { key: element, present: false, detail: { kind: 'none' } });
    }
  }

  const contentChecklist = (item?.content ?? []).map((element): ChecklistEntry => {
    if (element !== GUIDE_ELEMENT) return elementEntries.get(element)!;
    const total = GUIDE_SECTIONS.length;
    return { key: element, present: presentStandard.size === total, detail: { kind: 'progress', present: presentStandard.size, total } };
  });
  const sectionChecklist = standard.map((section): ChecklistEntry => ({
    key: section.key,
    present: section.source !== undefined,
    detail: section.source === undefined ? { kind: 'none' } : { kind: 'source', source: section.source },
  }));
  return { sections: [...standard, ...extra], contentChecklist, sectionChecklist };
}

/** The `id` of a section and the hash that opens it: `si-guide-materials`. */
export function sectionId(key: string): string {
  return `si-guide-${key.replace(/\s+/g, '-')}`;
}

/** The section key of a `#si-guide-<key>` hash; `undefined` for other hashes and malformed ones. */
export function keyFromHash(hash: string): string | undefined {
  return hashTarget(hash, '#si-guide-');
}
