import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { builtinCatalogue } from '../../catalogue/builtin.js';
import { findItem } from '../../data/find-item.js';
import type { LoadProblem } from '../../data/fetch-json.js';
import type { ServiceGuide } from '../../data/service-guide-types.js';
import type { Catalogue, CatalogueItem } from '../../data/types.js';
import { CatalogueConsumer } from '../../internal/catalogue-consumer.js';
import { booleanConverter, itemRefConverter, numberConverter, textConverter } from '../../internal/attributes.js';
import { define } from '../../internal/define.js';
import { dataLangFor, type Localized } from '../../utilities/localize.js';
import { SiElement } from '../../internal/si-element.js';
import type { ErrorDetail, GuideToggleDetail } from '../../internal/events.js';
import { headingLevel } from '../../internal/heading-level.js';
import { renderErrorView, renderLoadingView } from '../../internal/load-view.js';
import { SlotController } from '../../internal/slot-controller.js';
import { quote, warnOnce } from '../../internal/warn.js';
import '../deadline/si-deadline.js';
import { renderChecklist } from './guide-checklist.js';
import { GuideSource } from './guide-source.js';
import { keyFromHash, resolveGuide, sectionId, type GuideModel, type ResolvedSection } from './guide-model.js';
import { renderGuideHeader, renderGuideSection, type GuideViewContext } from './guide-view.js';
import { serviceGuideTranslations, type ServiceGuideStrings } from './service-guide.strings.js';
import { serviceGuideStyles } from './si-service-guide.styles.js';
// Item actions (办事信息) at the top: one render module, see src/internal/item-actions.ts.
import { guideService } from '../../data/item-service.js';
import { itemActionsStyles, renderItemActions } from '../../internal/item-actions.js';

export type { GuideToggleDetail };

/** The `si-error` detail, the same for every element (`ErrorDetail`). */
export type GuideErrorDetail = ErrorDetail;

/** The guide to show, why there is none, or that it is still loading. */
interface GuideView {
  guide?: ServiceGuide;
  problem?: LoadProblem;
  loading: boolean;
}

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
 * Headings (real `<h1>`–`<h6>`): the title has level `heading-level` (N, default 2, at most 5), each section and the
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
 * @csspart item-actions - The item actions (办事信息 of the data: 服务指南, 网上办理, 咨询电话, 办理地点, 办理时间); src/internal/item-actions.ts.
 * @csspart item-action - Each action link (`tel:` for phones); at least 44 × 44 px in the elder theme.
 * @csspart item-action-facts - The 咨询方式 / 办理地点 / 办理时间 list of the actions.
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
  static override styles = [SiElement.styles, serviceGuideStyles, itemActionsStyles];

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

  /** The catalogue of an enclosing `<si-catalogue>` (waiting while it loads); the built-in one otherwise. */
  private readonly catalogues = new CatalogueConsumer(this, () => builtinCatalogue);

  /** The surrounding `<si-catalogue>`'s catalogue, if any (undefined while it loads). */
  protected get contextCatalogue(): Catalogue | undefined {
    return this.catalogues.provided;
  }

  /** Which slots have content in the light DOM. */
  private readonly slots = new SlotController(this);

  /** Sections a person opened or closed; the others follow `expanded`. */
  @state() private openState: ReadonlyMap<string, boolean> = new Map();

  /** A `#si-guide-…` target not shown yet (its data may still be loading). */
  private pendingHashId: string | undefined;

  private scrollToId: string | undefined;

  /** The guide: the `guide` property, else `src` (guide-source.ts); `si-error` announced once per problem. */
  private readonly source = new GuideSource(this);

  /** The UI texts in the element's language, with its `strings` overrides; set before each render. */
  private l10n!: Localized<ServiceGuideStrings>;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.handleHashChange);
    this.handleHashChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.handleHashChange);
  }

  /** The sections and disclosure elements that have no content (what the editor checklist marks 缺失). */
  get missing(): string[] {
    const model = this.model();
    return [...model.contentChecklist, ...model.sectionChecklist].filter((entry) => !entry.present).map((entry) => entry.key);
  }

  /** Opens every shown section. */
  expandAll(): void {
    this.setOpen(
      this.shownSections().map((section) => section.key),
      true,
    );
  }

  /** Closes every shown section. */
  collapseAll(): void {
    this.setOpen(
      this.shownSections().map((section) => section.key),
      false,
    );
  }

  /** Opens or closes one section (`materials`, `制卡网点`); toggles without `open`. */
  toggleSection(section: string, open?: boolean): void {
    this.setOpen([section], open ?? !this.isOpen(section));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('guide')) this.source.inputsChanged();
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
  }

  /** What the loader has: the guide, the problem, or that it is loading. */
  private get view(): GuideView {
    const outcome = this.source.outcome;
    return {
      guide: outcome.status === 'complete' ? outcome.value : undefined,
      problem: outcome.status === 'error' ? outcome.problem : undefined,
      loading: outcome.status === 'loading',
    };
  }

  protected override render() {
    this.l10n = this.localize(serviceGuideTranslations);
    const { strings, format } = this.l10n;
    const state = this.view;
    const ref = this.itemRef(state.guide);
    const item = this.resolveItem(ref);
    const model = resolveGuide(state.guide, item, this.slots.filled);
    const sections = this.shownSections(model);
    const title = item === undefined ? (state.guide?.name ?? strings.headingUntitled) : item.name;
    return html`<section class="guide" part="base" aria-labelledby="si-guide-title">
      ${this.renderHeader(title, item)}
      ${renderItemActions(guideService(item, this.contextCatalogue, state.guide), this.l10n.locale, { name: item?.name, omitGuide: true, dataLang: this.dataLang })}
      ${
        ref !== undefined && item === undefined
          ? html`<p class="message" part="message" data-state=${this.catalogues.catalogue.status === 'waiting' ? 'waiting' : 'not-found'}>
            ${this.catalogues.catalogue.status === 'waiting' ? strings.waiting : format(strings.unknownItem, { ref: String(ref) })}
          </p>`
          : nothing
      }
      ${state.loading ? renderLoadingView(this.l10n) : nothing}
      ${
        state.problem === undefined
          ? nothing
          : renderErrorView(state.problem, () => this.retry(), this.loadViewL10n(), { errorPart: 'message error', buttonPart: 'button' })
      }
      ${this.editor ? renderChecklist(model, item !== undefined, this.level, this.l10n) : nothing}
      ${
        sections.length === 0
          ? nothing
          : html`<div class="toolbar" part="toolbar" role="group" aria-label=${strings.toolbarLabel}>
              <button type="button" part="button" @click=${() => this.expandAll()}>${strings.expandAll}</button>
              <button type="button" part="button" @click=${() => this.collapseAll()}>${strings.collapseAll}</button>
            </div>
            <div class="sections">${sections.map((section) => renderGuideSection(section, state.guide, item, this.viewContext))}</div>`
      }
    </section>`;
  }

  /** `lang` for the guide's and catalogue's Chinese data when the interface is in another language. */
  private get dataLang(): string | undefined {
    return dataLangFor(this.l10n.formatLocale);
  }

  /** The title's level (the attribute allows 1–5, so the sections' `level + 1` stays a real level). */
  private get level(): number {
    return headingLevel(this.headingLevel, 2);
  }

  private renderHeader(title: string, item: CatalogueItem | undefined) {
    return renderGuideHeader(title, item, this.viewContext);
  }

  /** What the header and section views read from the element. */
  private get viewContext(): GuideViewContext {
    return {
      l10n: this.l10n,
      level: this.level,
      dataLang: this.dataLang,
      isOpen: (key) => this.isOpen(key),
      toggle: (key) => this.toggleSection(key),
    };
  }

  private itemRef(guide: ServiceGuide | undefined): string | number | undefined {
    const ref = this.item === undefined || this.item === '' ? guide?.item : this.item;
    return typeof ref === 'string' ? ref.trim() || undefined : ref;
  }

  private resolveItem(ref: string | number | undefined): CatalogueItem | undefined {
    const scope = this.catalogues.catalogue;
    // Inside a catalogue that is still loading: say so (above), never guess from the built-in data.
    if (ref === undefined || scope.status === 'waiting') return undefined;
    const item = findItem(scope.catalogue, ref);
    if (item === undefined) warnOnce(this.localName, `no catalogue item has the seq or id ${quote(String(ref))}.`);
    return item;
  }

  private model(): GuideModel {
    const { guide } = this.view;
    return resolveGuide(guide, this.resolveItem(this.itemRef(guide)), this.slots.filled);
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
    this.source.retry();
  }

  /** The guide's words for the shared error view (its invalid-data prefix is `errorInvalidUrl`). */
  private loadViewL10n() {
    return { ...this.l10n, strings: { ...this.l10n.strings, errorSource: this.l10n.strings.errorInvalidUrl } };
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
