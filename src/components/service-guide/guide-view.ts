import { html, nothing, svg } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { GuideSectionKey, ServiceGuide } from '../../data/service-guide-types.js';
import type { CatalogueItem } from '../../data/types.js';
import { headingLevel, renderHeading } from '../../internal/heading-level.js';
import { icon } from '../../internal/icons.js';
import { fillTemplateParts, type Localized } from '../../utilities/localize.js';
import { sectionId, type ResolvedSection } from './guide-model.js';
import { renderCatalogueBasis, renderDisclosure, renderSectionData } from './guide-sections.js';
import type { ServiceGuideStrings } from './service-guide.strings.js';
// The deadline element this view draws (also registered by si-service-guide.ts).
import '../deadline/si-deadline.js';

/** The header and the sections of `<si-service-guide>`, drawn from what the element resolved. */

/** What the views read from the element. */
export interface GuideViewContext {
  l10n: Localized<ServiceGuideStrings>;
  /** The title's heading level; sections are one below. */
  level: number;
  /** `lang` for the Chinese data when the interface is in another language. */
  dataLang: string | undefined;
  isOpen(key: string): boolean;
  toggle(key: string): void;
}

const chevronIcon = icon(svg`<path d="M9 6l6 6-6 6"/>`, { className: 'chevron', strokeWidth: 2.5 });

/** The header: the title (a heading of the guide's level), the 一级事项 and the item's deadline. */
export function renderGuideHeader(title: string, item: CatalogueItem | undefined, context: GuideViewContext) {
  const { l10n, level, dataLang } = context;
  const { strings } = l10n;
  const deadline = item?.deadline;
  return html`<header class="header" part="header">
    ${renderHeading(
      level,
      item === undefined
        ? html`<span lang=${ifDefined(dataLang)}>${title}</span>`
        : fillTemplateParts(strings.heading, { name: html`<span lang=${ifDefined(dataLang)}>${title}</span>` }, l10n.formatLocale),
      { id: 'si-guide-title', className: 'title', part: 'title' },
    )}
    ${
      item === undefined
        ? nothing
        : html`<p class="group" part="group"><span class="label">${strings.group}${strings.labelSeparator}</span><span lang=${ifDefined(dataLang)}>${item.group}</span></p>
          ${
            deadline!.workingDays === null
              ? html`<p class="deadline-text" part="deadline">${fillTemplateParts(strings.deadlineText, { text: html`<span lang=${ifDefined(dataLang)}>${deadline!.text}</span>` }, l10n.formatLocale)}</p>`
              : html`<si-deadline part="deadline" variant="compact" working-days=${deadline!.workingDays}></si-deadline>`
          }`
    }
  </header>`;
}

/** One collapsible section: a heading one level below the title holding its toggle, and its panel. */
export function renderGuideSection(section: ResolvedSection, guide: ServiceGuide | undefined, item: CatalogueItem | undefined, context: GuideViewContext) {
  const { l10n, level, dataLang } = context;
  const { strings, format } = l10n;
  const id = sectionId(section.key);
  const open = context.isOpen(section.key);
  const missing = section.source === undefined;
  const title = section.kind === 'standard' ? strings.sections[section.key as GuideSectionKey] : section.key;
  const parts = ['section', section.kind === 'standard' ? `section-${section.key}` : '', missing ? 'section-missing' : ''].filter(Boolean).join(' ');
  return html`<section class="section" part=${parts} id=${id} data-key=${section.key} data-source=${section.source ?? 'missing'}>
    ${renderHeading(
      headingLevel(level + 1),
      html`<button type="button" class="toggle" part="toggle" id=${`${id}-toggle`} aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${`${id}-panel`} @click=${() => context.toggle(section.key)}>
        ${chevronIcon}<span class="toggle-text" lang=${ifDefined(section.kind === 'standard' ? undefined : dataLang)}>${title}</span>${missing ? html`<span class="missing-mark">${format(strings.parenthetical, { text: strings.missing })}</span>` : nothing}
      </button>`,
      { className: 'section-heading', part: 'section-heading' },
    )}
    <div class="panel" part="panel" id=${`${id}-panel`} ?hidden=${!open}>${renderSectionBody(section, guide, item, l10n)}</div>
  </section>`;
}

/** A section's content: its slot, its data, the catalogue's 公开依据, or (editor) what is missing. */
function renderSectionBody(section: ResolvedSection, guide: ServiceGuide | undefined, item: CatalogueItem | undefined, l10n: Localized<ServiceGuideStrings>) {
  const { strings, format } = l10n;
  switch (section.source) {
    case 'slot':
      return html`<slot name=${section.key}></slot>`;
    case 'data':
      return section.kind === 'standard' ? renderSectionData(section.key as GuideSectionKey, guide!, l10n) : renderDisclosure(section.disclosure!, l10n);
    case 'catalogue':
      return renderCatalogueBasis(item!, l10n);
    case undefined:
      return html`<p class="missing-note">
        ${section.kind === 'standard' ? format(strings.missingSection, { key: section.key }) : format(strings.missingDisclosure, { element: section.key })}
      </p>`;
  }
}
