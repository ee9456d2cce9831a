/** The editor checklist: every required element and standard section, present or missing. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { GuideSectionKey } from '../../data/service-guide-types.js';
import { headingLevel as toLevel, renderHeading } from '../../internal/heading-level.js';
import { icon } from '../../internal/icons.js';
import type { ChecklistEntry, GuideModel, SectionSource } from './guide-model.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dataLangFor, type Localized } from '../../utilities/localize.js';
import type { ServiceGuideStrings } from './service-guide.strings.js';

const ICONS = {
  present: svg`<path d="M5 12.5l4.5 4.5L19 7.5"/>`,
  missing: svg`<path d="M6.5 6.5l11 11M17.5 6.5l-11 11"/>`,
};

/** The decorative status icon; the text next to it carries the meaning. */
function statusIcon(present: boolean): TemplateResult {
  return icon(present ? ICONS.present : ICONS.missing, { className: 'status-icon', part: 'checklist-icon', strokeWidth: 2.5 });
}

const SOURCE_KEY = {
  slot: 'sourceSlot',
  data: 'sourceData',
  catalogue: 'sourceCatalogue',
} as const satisfies Record<SectionSource, keyof ServiceGuideStrings>;

function detailText(entry: ChecklistEntry, { strings, format }: Localized<ServiceGuideStrings>): string | undefined {
  const { detail } = entry;
  switch (detail.kind) {
    case 'source':
      return strings[SOURCE_KEY[detail.source]];
    case 'section': {
      const title = strings.sections[detail.section];
      return format(detail.present ? strings.sourceSection : strings.sourceSectionMissing, { title });
    }
    case 'progress':
      return format(strings.guideProgress, { present: detail.present, total: detail.total });
    case 'none':
      return undefined;
  }
}

/** `labelLang`: the label's language when it is catalogue data (a disclosure element's name). */
function renderEntry(entry: ChecklistEntry, label: string, l10n: Localized<ServiceGuideStrings>, labelLang?: string) {
  const { strings, format } = l10n;
  const detail = detailText(entry, l10n);
  return html`<li class="check" part="checklist-entry" data-present=${entry.present ? 'true' : 'false'} data-key=${entry.key}>
    ${statusIcon(entry.present)}<span class="check-label" lang=${ifDefined(labelLang)}>${label}</span
    ><span class="check-status">${entry.present ? strings.present : strings.missing}</span>${
      detail === undefined ? nothing : html`<span class="check-detail">${format(strings.parenthetical, { text: detail })}</span>`
    }
  </li>`;
}

/** The checklist region, with its own heading one level below the guide's. */
export function renderChecklist(model: GuideModel, hasItem: boolean, headingLevel: number, l10n: Localized<ServiceGuideStrings>) {
  const { strings, format } = l10n;
  const entries = [...model.contentChecklist, ...model.sectionChecklist];
  const missing = entries.filter((entry) => !entry.present).length;
  const level = toLevel(headingLevel + 1);
  const subLevel = toLevel(headingLevel + 2);
  return html`<section class="checklist" part="checklist" aria-labelledby="si-guide-checklist-heading">
    ${renderHeading(level, strings.checklistHeading, { id: 'si-guide-checklist-heading', className: 'checklist-heading' })}
    <p class="checklist-summary" part="checklist-summary">${format(missing === 0 ? strings.checklistSummaryComplete : strings.checklistSummary, {
      missing,
      total: entries.length,
    })}</p>
    ${
      hasItem
        ? html`${renderHeading(subLevel, strings.checklistContent, { className: 'checklist-group-heading' })}
          <ul class="checks" role="list">
            ${model.contentChecklist.map((entry) => renderEntry(entry, entry.key, l10n, dataLangFor(l10n.formatLocale)))}
          </ul>`
        : html`<p class="checklist-note">${strings.checklistNoItem}</p>`
    }
    ${renderHeading(subLevel, strings.checklistSections, { className: 'checklist-group-heading' })}
    <ul class="checks" role="list">
      ${model.sectionChecklist.map((entry) => renderEntry(entry, strings.sections[entry.key as GuideSectionKey], l10n))}
    </ul>
  </section>`;
}
