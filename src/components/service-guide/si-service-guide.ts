import { consume } from '@lit/context';
import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { builtinCatalogue } from '../../catalogue/builtin.js';
import { catalogueContext } from '../../context/catalogue-context.js';
import { findItem } from '../../data/find-item.js';
import { describeProblem, type LoadProblem } from '../../data/fetch-json.js';
import type { GuideSectionKey, ServiceGuide } from '../../data/service-guide-types.js';
import type { Catalogue, CatalogueItem } from '../../data/types.js';
import { booleanConverter, itemRefConverter, numberConverter, textConverter } from '../../utilities/attributes.js';
import { define } from '../../utilities/define.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dataLangFor, fillTemplateParts, type Localized } from '../../utilities/localize.js';
import { SiElement } from '../../utilities/si-element.js';
import { quote, warnOnce } from '../../utilities/warn.js';
import '../deadline/si-deadline.js';
import { renderChecklist } from './guide-checklist.js';
import { GuideLoader } from './guide-loader.js';
import { keyFromHash, resolveGuide, sectionId, type GuideModel, type ResolvedSection } from './guide-model.js';
import { renderCatalogueBasis, renderDisclosure, renderSectionData } from './guide-sections.js';
import { renderError, renderLoading } from './guide-states.js';
import { serviceGuideTranslations, type ServiceGuideStrings } from './service-guide.strings.js';
import { serviceGuideStyles } from './si-service-guide.styles.js';

export interface GuideToggleDetail {
  /** The section's field name (`materials`) or disclosure element (`制卡网点`). */
  section: string;
  open: boolean;
}

export interface GuideErrorDetail {
  problem: LoadProblem;
  message: string;
}

/** Elements whose presence alone makes a slot non-empty, even without text. */
const CONTENT_ELEMENTS = 'img, table, iframe, video, audio, object, embed, svg, picture, canvas';

const chevron = svg`<path d="M9 6l6 6-6 6"/>`;

/**
 * The service guide (服务指南) of one catalogue item, as collapsible sections in the usual
 * national order: 事项名称, 设定依据, 实施主体, 服务对象, 受理条件, 申请材料, 办理流程, 办理方式,
 * 办理时限, 收费标准, 办理地点, 办理时间, 咨询方式, 监督投诉, 结果送达, 常见问题, then the item's
 * other disclosure elements (e.g. 制卡网点).
 *
 * Content comes from the `guide` property, a `src` URL, or the page itself: an element with
 * `slot="<field>"` (`<div slot="materials">…</div>`) replaces that section's data, keeping the
 * page's own links and formatting. `item` (seq or id) ties the guide to the catalogue: the
 * header shows the item's name, group and disclosure deadline, and 设定依据 defaults to the
 * item's 公开依据. Sections with no content are not shown; with `editor`, they are, and a
 * checklist marks each required element and section as present or missing.
 *
 * A `#si-guide-<field>` URL hash (`#si-guide-materials`) opens and scrolls to its section.
 * Printing shows every section expanded.
 *
 * Headings: the title has level `heading-level` (N, default 2, at most 5), each section and the
 * editor checklist N + 1, the checklist's two groups N + 2. Under a page's h3 (e.g. 服务指南) set
 * `heading-level="4"`: h3 page › h4 guide title › h5 each section.
 *
 * @summary The service guide of a catalogue item, as collapsible sections, with an editor checklist.
 *
 * @slot name - Replaces the 事项名称 section. Every standard section has a slot named after its field:
 *   `name`, `basis`, `agency`, `audience`, `conditions`, `materials`, `process`, `channels`,
 *   `timeLimit`, `fees`, `location`, `hours`, `contact`, `complaint`, `delivery`, `faq`.
 * @slot materials - Replaces the 申请材料 section, e.g. `<div slot="materials"><ol>…</ol></div>`.
 * @slot contact - Replaces the 咨询方式 section.
 * @slot 制卡网点 - Each of the item's other disclosure elements has a slot of its printed name.
 *
 * @fires {CustomEvent<GuideToggleDetail>} si-guide-toggle - A section was opened or closed by a person
 *   (its button, 全部展开/全部收起) or by the URL hash; once per section that changed.
 * @fires {CustomEvent<GuideErrorDetail>} si-error - Loading or validating the guide failed; the element shows why.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The header: title, group and deadline.
 * @csspart title - The title (the item's name).
 * @csspart group - The 一级事项 line.
 * @csspart deadline - The `<si-deadline>` (or the deadline text when it has no working days).
 * @csspart toolbar - The 全部展开/全部收起 bar.
 * @csspart button - Every button but the section toggles (全部展开, 全部收起, 重试).
 * @csspart section - Each section; also `section-<key>` for standard sections and `section-missing` when empty.
 * @csspart section-heading - The heading of a section.
 * @csspart toggle - The button that opens and closes a section.
 * @csspart panel - The content of a section.
 * @csspart message - The loading, unknown-item and error messages.
 * @csspart error - The error message.
 * @csspart checklist - The editor checklist.
 * @csspart checklist-summary - Its summary line.
 * @csspart checklist-entry - Each line of the checklist; has `data-present`.
 * @csspart checklist-icon - The decorative present/missing icon.
 *
 * @cssprop [--si-service-guide-font-size=var(--si-font-size-body)] - Base size of the component (never below `--si-font-size-min`).
 * @cssprop [--si-service-guide-border-color=var(--si-color-border)] - Section and checklist borders.
 * @cssprop [--si-service-guide-header-bg=var(--si-color-primary-subtle)] - Header background.
 * @cssprop [--si-service-guide-title-color=var(--si-color-primary)] - Title colour.
 * @cssprop [--si-service-guide-title-size=1.375em] - Title size.
 * @cssprop [--si-service-guide-toggle-bg=var(--si-color-surface)] - Section toggle background.
 * @cssprop [--si-service-guide-toggle-hover-bg=var(--si-color-surface-muted)] - Section toggle background on hover.
 * @cssprop [--si-service-guide-radius=var(--si-radius-m)] - Corner radius of sections and boxes.
 * @cssprop [--si-service-guide-gap=var(--si-space-s)] - Space between sections.
 * @cssprop [--si-service-guide-present-color=var(--si-color-success)] - The ✓ of a present checklist entry.
 * @cssprop [--si-service-guide-missing-color=var(--si-color-danger)] - The ✗ of a missing checklist entry and the 缺失 marks.
 * @cssprop [--si-service-guide-error-color=var(--si-color-danger)] - Error message accent.
 *
 * @tag si-service-guide
 */
export class SiServiceGuide extends SiElement {
  static override styles = [SiElement.styles, serviceGuideStyles];

  /** The catalogue item: its seq (`48`) or id (`social-security-card-application`). Default: the guide's `item`. */
  @property({ reflect: true, useDefault: true, converter: itemRefConverter('') }) item: string | number = '';

  /** A guide object (see `service-guide.schema.json`), for JavaScript users; validated like fetched data. Wins over `src`. */
  @property({ attribute: false }) guide: unknown = undefined;

  /** URL of a guide JSON (see `service-guide.schema.json`). */
  @property({ reflect: true, useDefault: true, converter: textConverter }) src = '';

  /**
   * Seconds to wait for `src` (the whole answer, body included) before showing an error naming
   * the URL, with 重试. Default 15.
   */
  @property({ reflect: true }) timeout: string | number | undefined;

  /** Opens every section (and keeps later-loaded ones open); removing it closes them. */
  @property({ type: Boolean, reflect: true, useDefault: true, converter: booleanConverter }) expanded = false;

  /** Shows missing sections and a checklist of what the catalogue requires, for editors before publishing. */
  @property({ type: Boolean, reflect: true, useDefault: true, converter: booleanConverter }) editor = false;

  /**
   * Level of the title, 1 to 5 (sections are one below); the host page owns its outline. Read
   * leniently (`２`); out of range is clamped, anything else gives 2, with a console warning.
   */
  @property({ attribute: 'heading-level', type: Number, useDefault: true, converter: numberConverter(2, { min: 1, max: 5 }) }) headingLevel = 2;

  /** The catalogue of an enclosing `<si-catalogue>`; the built-in one otherwise. */
  @consume({ context: catalogueContext, subscribe: true })
  @state()
  protected contextCatalogue: Catalogue | undefined;

  /** Slot names that currently have content in the light DOM. */
  @state() private slotted: ReadonlySet<string> = new Set();

  /** Sections a person opened or closed; the others follow `expanded`. */
  @state() private openState: ReadonlyMap<string, boolean> = new Map();

  /** A `#si-guide-…` target not shown yet (its data may still be loading). */
  private pendingHashId: string | undefined;

  private scrollToId: string | undefined;

  private announced: LoadProblem | undefined;

  private observer: MutationObserver | undefined;

  private readonly loader = new GuideLoader(this, () => ({ guide: this.guide, src: this.src, timeout: this.timeout }));

  /** The UI texts in the element's language, with its `strings` overrides; set before each render. */
  private l10n!: Localized<ServiceGuideStrings>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer = new MutationObserver(() => this.readSlots());
    this.observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['slot'] });
    this.readSlots();
    window.addEventListener('hashchange', this.handleHashChange);
    this.handleHashChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
    window.removeEventListener('hashchange', this.handleHashChange);
  }

  /** The sections and disclosure elements that have no content (what the editor checklist marks 缺失). */
  get missing(): string[] {
    const model = this.model();
    return [...model.contentChecklist, ...model.sectionChecklist].filter((entry) => !entry.present).map((entry) => entry.key);
  }

  /** Opens every shown section. */
  expandAll(): void {
    this.setOpen(this.shownSections().map((section) => section.key), true);
  }

  /** Closes every shown section. */
  collapseAll(): void {
    this.setOpen(this.shownSections().map((section) => section.key), false);
  }

  /** Opens or closes one section (`materials`, `制卡网点`); toggles without `open`. */
  toggleSection(section: string, open?: boolean): void {
    this.setOpen([section], open ?? !this.isOpen(section));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('guide')) this.loader.sourceChanged();
    if (changed.has('expanded') && changed.get('expanded') !== undefined) this.openState = new Map();
    if (this.pendingHashId !== undefined) {
      const target = this.shownSections().find((section) => sectionId(section.key) === this.pendingHashId);
      if (target !== undefined) {
        this.pendingHashId = undefined;
        this.scrollToId = sectionId(target.key);
        if (!this.isOpen(target.key)) this.setOpen([target.key], true);
      }
    }
  }

  protected override updated(): void {
    if (this.scrollToId !== undefined) {
      const target = this.renderRoot.querySelector(`[id="${CSS.escape(this.scrollToId)}"]`);
      target?.scrollIntoView({ block: 'start' });
      // core (#14.7): keyboard focus follows the link to the section's own button, which a
      // screen reader announces with the section's name and its open state.
      target?.querySelector<HTMLElement>('button.toggle')?.focus({ preventScroll: true });
      this.scrollToId = undefined;
    }
    const { problem } = this.loader.state;
    if (problem !== undefined && problem !== this.announced) {
      this.emit<GuideErrorDetail>('si-error', { problem, message: describeProblem(problem) });
    }
    this.announced = problem;
  }

  protected override render() {
    this.l10n = this.localize(serviceGuideTranslations);
    const { strings, format } = this.l10n;
    const state = this.loader.state;
    const ref = this.itemRef(state.guide);
    const item = this.resolveItem(ref);
    const model = resolveGuide(state.guide, item, this.slotted);
    const sections = this.shownSections(model);
    const title = item === undefined ? (state.guide?.name ?? strings.headingUntitled) : item.name;
    return html`<section class="guide" part="base" aria-labelledby="si-guide-title">
      ${this.renderHeader(title, item)}
      ${ref !== undefined && item === undefined
        ? html`<p class="message" part="message">${format(strings.unknownItem, { ref: String(ref) })}</p>`
        : nothing}
      ${state.loading ? renderLoading(this.l10n) : nothing}
      ${state.problem === undefined ? nothing : renderError(state.problem, () => this.retry(), this.l10n)}
      ${this.editor ? renderChecklist(model, item !== undefined, this.level, this.l10n) : nothing}
      ${sections.length === 0
        ? nothing
        : html`<div class="toolbar" part="toolbar" role="group" aria-label=${strings.toolbarLabel}>
              <button type="button" part="button" @click=${() => this.expandAll()}>${strings.expandAll}</button>
              <button type="button" part="button" @click=${() => this.collapseAll()}>${strings.collapseAll}</button>
            </div>
            <div class="sections">${sections.map((section) => this.renderSection(section, state.guide, item))}</div>`}
    </section>`;
  }

  /** `lang` for the guide's and catalogue's Chinese data when the interface is in another language. */
  private get dataLang(): string | undefined {
    return dataLangFor(this.l10n.formatLocale);
  }

  private get level(): number {
    return this.headingLevel;
  }

  private renderHeader(title: string, item: CatalogueItem | undefined) {
    const { strings } = this.l10n;
    const deadline = item?.deadline;
    return html`<header class="header" part="header">
      <div class="title" part="title" id="si-guide-title" role="heading" aria-level=${this.level}>
        ${item === undefined
          ? html`<span lang=${ifDefined(this.dataLang)}>${title}</span>`
          : fillTemplateParts(strings.heading, { name: html`<span lang=${ifDefined(this.dataLang)}>${title}</span>` }, this.l10n.formatLocale)}
      </div>
      ${item === undefined
        ? nothing
        : html`<p class="group" part="group"><span class="label">${strings.group}${strings.labelSeparator}</span><span lang=${ifDefined(this.dataLang)}>${item.group}</span></p>
            ${deadline!.workingDays === null
              ? html`<p class="deadline-text" part="deadline">${fillTemplateParts(strings.deadlineText, { text: html`<span lang=${ifDefined(this.dataLang)}>${deadline!.text}</span>` }, this.l10n.formatLocale)}</p>`
              : html`<si-deadline part="deadline" variant="compact" working-days=${deadline!.workingDays}></si-deadline>`}`}
    </header>`;
  }

  private renderSection(section: ResolvedSection, guide: ServiceGuide | undefined, item: CatalogueItem | undefined) {
    const { strings, format } = this.l10n;
    const id = sectionId(section.key);
    const open = this.isOpen(section.key);
    const missing = section.source === undefined;
    const title = section.kind === 'standard' ? strings.sections[section.key as GuideSectionKey] : section.key;
    const parts = ['section', section.kind === 'standard' ? `section-${section.key}` : '', missing ? 'section-missing' : '']
      .filter(Boolean)
      .join(' ');
    return html`<section class="section" part=${parts} id=${id} data-key=${section.key} data-source=${section.source ?? 'missing'}>
      <div class="section-heading" part="section-heading" role="heading" aria-level=${this.level + 1}>
        <button type="button" class="toggle" part="toggle" id=${`${id}-toggle`} aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${`${id}-panel`} @click=${() => this.toggleSection(section.key)}>
          <svg class="chevron" viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor"
            stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${chevron}</svg
          ><span class="toggle-text" lang=${ifDefined(section.kind === 'standard' ? undefined : this.dataLang)}>${title}</span>${missing ? html`<span class="missing-mark">${format(strings.parenthetical, { text: strings.missing })}</span>` : nothing}
        </button>
      </div>
      <div class="panel" part="panel" id=${`${id}-panel`} ?hidden=${!open}>${this.renderBody(section, guide, item)}</div>
    </section>`;
  }

  private renderBody(section: ResolvedSection, guide: ServiceGuide | undefined, item: CatalogueItem | undefined) {
    const { strings, format } = this.l10n;
    switch (section.source) {
      case 'slot':
        return html`<slot name=${section.key}></slot>`;
      case 'data':
        return section.kind === 'standard'
          ? renderSectionData(section.key as GuideSectionKey, guide!, this.l10n)
          : renderDisclosure(section.disclosure!, this.l10n);
      case 'catalogue':
        return renderCatalogueBasis(item!, this.l10n);
      case undefined:
        return html`<p class="missing-note">
          ${section.kind === 'standard'
            ? format(strings.missingSection, { key: section.key })
            : format(strings.missingDisclosure, { element: section.key })}
        </p>`;
    }
  }

  private itemRef(guide: ServiceGuide | undefined): string | number | undefined {
    const ref = this.item === undefined || this.item === '' ? guide?.item : this.item;
    return typeof ref === 'string' ? ref.trim() || undefined : ref;
  }

  private resolveItem(ref: string | number | undefined): CatalogueItem | undefined {
    if (ref === undefined) return undefined;
    const item = findItem(this.contextCatalogue ?? builtinCatalogue, ref);
    if (item === undefined) warnOnce(this.localName, `no catalogue item has the seq or id ${quote(String(ref))}.`);
    return item;
  }

  private model(): GuideModel {
    const { guide } = this.loader.state;
    return resolveGuide(guide, this.resolveItem(this.itemRef(guide)), this.slotted);
  }

  /** Sections with content; with `editor`, the missing ones too. */
  private shownSections(model = this.model()): ResolvedSection[] {
    return this.editor ? model.sections : model.sections.filter((section) => section.source !== undefined);
  }

  private isOpen(key: string): boolean {
    return this.openState.get(key) ?? this.expanded;
  }

  private setOpen(keys: readonly string[], open: boolean): void {
    const changed = keys.filter((key) => this.isOpen(key) !== open);
    if (changed.length === 0) return;
    const next = new Map(this.openState);
    for (const key of changed) next.set(key, open);
    this.openState = next;
    for (const section of changed) this.emit<GuideToggleDetail>('si-guide-toggle', { section, open });
  }

  private retry(): void {
    this.loader.retry();
    this.requestUpdate();
  }

  /** Records which slots have content: text, or an image, table or other embedded content. */
  private readSlots(): void {
    const names = new Set<string>();
    for (const child of this.children) {
      if (child.slot === '' || names.has(child.slot)) continue;
      if ((child.textContent ?? '').trim() !== '' || child.matches(CONTENT_ELEMENTS) || child.querySelector(CONTENT_ELEMENTS) !== null) {
        names.add(child.slot);
      }
    }
    if (names.size !== this.slotted.size || [...names].some((name) => !this.slotted.has(name))) this.slotted = names;
  }

  /** `#si-guide-<key>` opens that section and scrolls to it, now or once it is shown. */
  private readonly handleHashChange = () => {
    const key = keyFromHash(location.hash);
    this.pendingHashId = key === undefined ? undefined : sectionId(key);
    if (this.pendingHashId !== undefined) this.requestUpdate();
  };
}

define('si-service-guide', SiServiceGuide);

declare global {
  interface HTMLElementTagNameMap {
    'si-service-guide': SiServiceGuide;
  }
  interface HTMLElementEventMap {
    'si-guide-toggle': CustomEvent<GuideToggleDetail>;
  }
}
