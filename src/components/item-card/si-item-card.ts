import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { builtinCatalogue } from '../../catalogue/builtin.js';
import type { Catalogue, CatalogueItem } from '../../data/types.js';
import { CatalogueConsumer } from '../../internal/catalogue-consumer.js';
import { booleanConverter, enumConverter, itemRefConverter, numberConverter, optionalTextConverter, textConverter } from '../../internal/attributes.js';
import { define } from '../../internal/define.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dataLangFor, type Localized } from '../../utilities/localize.js';
import { SiElement } from '../../internal/si-element.js';
import { renderHeading } from '../../internal/heading-level.js';
import { icon } from '../../internal/icons.js';
import { SlotController } from '../../internal/slot-controller.js';
import { quote, warnOnce } from '../../internal/warn.js';
import type { ItemSelectDetail } from '../catalogue/si-catalogue.js';
import '../channel-badges/si-channel-badges.js';
import '../deadline/si-deadline.js';
// Item actions (办事信息): one render module, see src/internal/item-actions.ts.
import { guideUrl, resolveService } from '../../data/item-service.js';
import { itemActionsStyles, renderItemActions } from '../../internal/item-actions.js';
import { chipsOf, messageOf, resolveCard, type CardState } from './item-card-model.js';
import { itemCardTranslations, type ItemCardStrings } from './item-card.strings.js';
import { itemCardStyles } from './si-item-card.styles.js';

export type { ItemSelectDetail };
export type ItemCardVariant = 'compact' | 'full';

type SlotName = 'note' | 'actions' | 'footer';

const warnIcon = icon(svg`<circle cx="12" cy="12" r="9" /><path d="M12 7.5v5.5M12 16.5h.01" />`, { size: '1.1em' });

/**
 * One item of the disclosure standard catalogue as a card: its 一级事项 and name as a heading,
 * 公开内容, 公开依据, the statutory deadline (`<si-deadline>`), the channels
 * (`<si-channel-badges>`), 公开主体, and 公开对象 / 公开方式 / 公开层级 as labelled chips.
 *
 * Choose the item with the `item` attribute, a 序号 (`item="3"`) or an id
 * (`item="enterprise-registration"`). It is looked up in the catalogue of a surrounding
 * `<si-catalogue>` (through context, so a local overlay or `src` catalogue applies), else in
 * the built-in standard catalogue. JavaScript users may instead pass a whole item object as the
 * `itemData` property, which wins over `item`. An item that cannot be found shows a visible
 * message naming the value (未找到序号为 99 的事项), never an empty box.
 *
 * The name becomes a link to the item's service guide with `href` (`{id}` and `{seq}` are
 * filled in), or with the `guide-href` template of a surrounding `<si-catalogue>`; only
 * `http(s):` and relative URLs are honoured. Catalogue text is always shown as text.
 *
 * Headings: one real `<h1>`–`<h6>` of level `heading-level` (default 3) holding the 序号 and
 * 一级事项 line and the item name; nothing else in the card is a heading. Under a page's h2 the
 * outline is h2 page › h3 card.
 *
 * @summary One catalogue item at a glance, with its deadline and channels.
 *
 * @slot note - A local remark shown under the heading (e.g. 本县由社保中心统一公开).
 * @slot actions - Controls for the item, e.g. an 在线办理 link or button.
 * @slot footer - Local details at the bottom, e.g. 咨询电话 or 更新日期.
 *
 * @fires {CustomEvent<ItemSelectDetail>} si-item-select - A person activated the item's name
 *   (its link, or its button with `selectable`). Cancelable: `preventDefault()` stops the
 *   link from being followed.
 *
 * @csspart base - The card (`<article>`); has `data-variant`.
 * @csspart heading - The `<h1>`–`<h6>` holding the eyebrow and the name.
 * @csspart eyebrow - The line above the name: 序号 and 一级事项.
 * @csspart seq - The 序号.
 * @csspart group - The 一级事项.
 * @csspart name - The item name (二级事项).
 * @csspart link - The name's link to the service guide.
 * @csspart button - The name's button with `selectable` and no link.
 * @csspart local - The mark on an item added locally through an overlay.
 * @csspart note - The wrapper of the `note` slot.
 * @csspart fields - The labelled fields (`<dl>`, `variant="full"`).
 * @csspart field - Each field (a `<div>` of `<dt>` and `<dd>`); also `field-<key>`.
 * @csspart content - The list of 公开内容.
 * @csspart basis - The list of 公开依据.
 * @csspart subject - The 公开主体.
 * @csspart channels - The `<si-channel-badges>` element.
 * @csspart chips - The list of chips.
 * @csspart chip - Each chip; also `chip-audience`, `chip-method` or `chip-levels`.
 * @csspart chip-label - The label of a chip (公开对象).
 * @csspart chip-value - The value of a chip (全社会).
 * @csspart deadline - The wrapper of the deadline.
 * @csspart actions - The wrapper of the `actions` slot.
 * @csspart footer - The wrapper of the `footer` slot.
 * @csspart item-actions - The item actions (办事信息 of the data: 服务指南, 网上办理, 咨询电话, 办理地点, 办理时间); src/internal/item-actions.ts.
 * @csspart item-action - Each action link (`tel:` for phones); at least 44 × 44 px in the elder theme.
 * @csspart item-action-facts - The 咨询方式 / 办理地点 / 办理时间 list of the actions.
 * @csspart message - The message shown instead of an item that cannot be shown.
 *
 * @cssprop [--si-item-card-font-size=var(--si-font-size-body)] - Base size of the card (never below `--si-font-size-min`).
 * @cssprop [--si-item-card-bg=var(--si-color-surface)] - Card background.
 * @cssprop [--si-item-card-color=var(--si-color-text)] - Card text colour.
 * @cssprop [--si-item-card-muted-color=var(--si-color-text-muted)] - Labels and the eyebrow line.
 * @cssprop [--si-item-card-border-color=var(--si-color-border)] - Card, chip and footer borders.
 * @cssprop [--si-item-card-accent-color=var(--si-color-primary)] - The card's top rule.
 * @cssprop [--si-item-card-radius=var(--si-radius-m)] - Corner radius of the card and the message.
 * @cssprop [--si-item-card-padding=var(--si-space-l)] - Inner space of the card.
 * @cssprop [--si-item-card-gap=var(--si-space-m)] - Space between the card's sections.
 * @cssprop [--si-item-card-heading-size=var(--si-font-size-heading)] - Size of the heading (compact: `--si-font-size-large`).
 * @cssprop [--si-item-card-shadow=var(--si-elevation-1)] - The card's shadow.
 * @cssprop [--si-item-card-heading-color=var(--si-color-text)] - Colour of the heading.
 * @cssprop [--si-item-card-link-color=var(--si-color-link)] - Colour of the name's link.
 * @cssprop [--si-item-card-chip-bg=var(--si-color-surface-muted)] - Background of a chip's value.
 * @cssprop [--si-item-card-chip-label-bg=var(--si-color-surface)] - Background of a chip's label.
 * @cssprop [--si-item-card-chip-color=var(--si-color-text)] - Text colour of a chip.
 * @cssprop [--si-item-card-chip-border-color=var(--si-color-border)] - Border of a chip.
 * @cssprop [--si-item-card-chip-radius=var(--si-radius-pill)] - Corner radius of a chip.
 * @cssprop [--si-item-card-message-color=var(--si-color-danger)] - Accent of the message for an item not found.
 * @cssprop [--si-item-card-message-bg=var(--si-color-surface-muted)] - Background of that message.
 *
 * @tag si-item-card
 */
export class SiItemCard extends SiElement {
  static override styles = [SiElement.styles, itemCardStyles, itemActionsStyles];

  /**
   * The item to show: its 序号 (`3`, also `"03"` or full-width `３`) or its id
   * (`enterprise-registration`). A string of digits is a 序号; an id is used when no 序号
   * matches. Ignored while `itemData` holds an item.
   */
  @property({ useDefault: true, converter: itemRefConverter('') })
  item: string | number = '';

  /**
   * A whole item object (a `CatalogueItem`, as in `catalogue.schema.json`) for JavaScript
   * users; it wins over `item` and needs no catalogue. Missing fields are shown as empty.
   */
  @property({ attribute: false })
  itemData: CatalogueItem | undefined = undefined;

  /**
   * `full`: every column with labels. `compact`: name, 公开内容, chips, channels and the
   * deadline's status. Any other value means `full`, with a console warning.
   */
  @property({ reflect: true, useDefault: true, converter: enumConverter(['compact', 'full'], 'full') })
  variant: 'compact' | 'full' = 'full';

  /**
   * The level of the card's heading, 1 to 6 (the host page owns its outline). Read leniently
   * (`３`); out of range is clamped, anything else gives 3, with a console warning.
   */
  @property({ attribute: 'heading-level', type: Number, useDefault: true, converter: numberConverter(3, { min: 1, max: 6 }) })
  headingLevel = 3;

  /**
   * Makes the name a link, e.g. to the item's service guide. `{id}` and `{seq}` are replaced
   * (`/guides/{id}.html`). Only `http(s):` and relative URLs become links. When empty, the
   * `guide-href` of a surrounding `<si-catalogue>` applies.
   */
  @property({ reflect: true, useDefault: true, converter: textConverter })
  href = '';

  /** Makes the name a button that fires `si-item-select` when it is not a link. */
  @property({ type: Boolean, reflect: true, useDefault: true, converter: booleanConverter })
  selectable = false;

  /** Passed to `<si-deadline>`: the day the information was formed or changed (`YYYY-MM-DD`). */
  @property({ converter: optionalTextConverter })
  changed?: string;

  /** Passed to `<si-deadline>`: the day the information was actually published (`YYYY-MM-DD`). */
  @property({ converter: optionalTextConverter })
  published?: string;

  /** Passed to `<si-deadline>`: the date the status is computed for (`YYYY-MM-DD`); default today. */
  @property({ converter: optionalTextConverter })
  today?: string;

  /** The catalogue of a surrounding `<si-catalogue>` (waiting while it loads), else the built-in one. */
  private readonly catalogues = new CatalogueConsumer(this, () => builtinCatalogue);

  /** The surrounding `<si-catalogue>`'s catalogue, if any (undefined while it loads). */
  protected get contextCatalogue(): Catalogue | undefined {
    return this.catalogues.provided;
  }

  /** The surrounding `<si-catalogue>`'s `guide-href`, if any. */
  private get contextGuideHref(): string | undefined {
    return this.catalogues.guideHref;
  }

  /** Which of the note, actions and footer slots have content. */
  private readonly slots = new SlotController(this);

  private cardState: CardState = { kind: 'no-item' };

  /** The UI texts in the element's language, with its `strings` overrides; set before each render. */
  private l10n!: Localized<ItemCardStrings>;

  /** The item the card shows, or `undefined` while it shows a message instead. */
  get resolvedItem(): CatalogueItem | undefined {
    return this.cardState.kind === 'item' ? this.cardState.item : undefined;
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.l10n = this.localize(itemCardTranslations);
    this.cardState = resolveCard({
      data: this.itemData,
      ref: this.item,
      scope: this.catalogues.catalogue,
    });
  }

  protected override render() {
    const cardState = this.cardState;
    if (cardState.kind !== 'item') return this.renderMessage(cardState);
    const item = cardState.item;
    const compact = this.variant === 'compact';
    const s = this.l10n.strings;
    return html`
      <article class="card" part="base" data-variant=${compact ? 'compact' : 'full'} aria-labelledby="heading">
        ${this.renderHeading(item)}
        ${item.local === true ? html`<p class="local" part="local">${s.local}</p>` : nothing}
        ${this.renderSlot('note')}
        ${compact ? this.renderCompactFields(item) : this.renderFields(item)}
        ${this.renderChips(item)}
        <div class="deadline" part="deadline">${this.renderDeadline(item, compact)}</div>
        ${renderItemActions(resolveService(item, this.contextCatalogue, this.guideTemplate), this.l10n.locale, { name: item.name, dataLang: this.dataLang })}
        ${this.renderSlot('actions')}
        ${this.renderSlot('footer')}
      </article>
    `;
  }

  private renderHeading(item: CatalogueItem): TemplateResult {
    const { strings: s, format } = this.l10n;
    const hasSeq = item.seq > 0;
    const hasGroup = item.group.trim() !== '';
    return renderHeading(
      this.headingLevel,
      html`${
        hasSeq || hasGroup
          ? html`<span class="eyebrow" part="eyebrow"
              >${hasSeq ? html`<span part="seq">${format(s.seq, { seq: item.seq })}</span>` : nothing}${
                hasSeq && hasGroup ? html`<span aria-hidden="true">·</span>` : nothing
              }${hasGroup ? html`<span part="group" lang=${ifDefined(this.dataLang)}>${item.group}</span>` : nothing}</span
            ><span class="visually-hidden">${s.labelSeparator}</span>`
          : nothing
      }
        <span class="name" part="name" lang=${ifDefined(this.dataLang)}>${this.renderName(item)}</span>`,
      { id: 'heading', className: 'heading', part: 'heading' },
    );
  }

  private renderName(item: CatalogueItem): unknown {
    const href = this.linkFor(item);
    if (href !== undefined) {
      return html`<a class="link" part="link" href=${href} @click=${this.handleActivate}>${item.name}</a>`;
    }
    if (this.selectable) {
      return html`<button type="button" class="item-button" part="button" @click=${this.handleActivate}>${item.name}</button>`;
    }
    return item.name;
  }

  /** `lang` for the catalogue's Chinese data when the interface is in another language (WCAG 3.1.2). */
  private get dataLang(): string | undefined {
    return dataLangFor(this.l10n.formatLocale);
  }

  /** The card's own `href`, else the surrounding catalogue's `guide-href`. */
  private get guideTemplate(): string | undefined {
    return this.href.trim() !== '' ? this.href : this.contextGuideHref;
  }

  /**
   * With a {@link guideTemplate}, the item's guide URL: its own 办事信息 guide, else the template
   * (else the catalogue's default), if safe.
   */
  private linkFor(item: CatalogueItem): string | undefined {
    const template = this.guideTemplate;
    if (template === undefined || template.trim() === '') return undefined;
    const safe = guideUrl(item, this.contextCatalogue, template);
    if (safe === undefined) warnOnce(this.localName, `the link ${quote(template)} was ignored: it is not an http(s) or relative URL.`);
    return safe;
  }

  private readonly handleActivate = (event: Event) => {
    const item = this.resolvedItem;
    if (item === undefined) return;
    const proceed = this.emit<ItemSelectDetail>('si-item-select', { item }, { cancelable: true });
    if (!proceed) event.preventDefault();
  };

  private renderFields(item: CatalogueItem): TemplateResult {
    const { strings: s, format } = this.l10n;
    return html`<dl class="fields" part="fields">
      ${
        item.content.length > 0
          ? this.renderField(
              'content',
              s.content,
              html`<ul class="list" part="content" lang=${ifDefined(this.dataLang)}>
              ${item.content.map((entry) => html`<li>${entry}</li>`)}
            </ul>`,
            )
          : nothing
      }
      ${
        item.basis.length > 0
          ? this.renderField(
              'basis',
              s.basis,
              html`<ul class="list" part="basis" lang=${ifDefined(this.dataLang)}>
              ${item.basis.map((title) => html`<li>${format(s.basisTitle, { title })}</li>`)}
            </ul>`,
            )
          : nothing
      }
      ${
        item.subject.trim() !== ''
          ? this.renderField('subject', s.subject, html`<span part="subject" lang=${ifDefined(this.dataLang)}>${item.subject}</span>`)
          : nothing
      }
      ${item.channels.length > 0 ? this.renderField('channels', s.channels, this.renderChannels(item, 'm', '')) : nothing}
    </dl>`;
  }

  private renderField(key: string, label: string, value: unknown): TemplateResult {
    return html`<div class="field" part="field field-${key}"><dt>${label}</dt><dd>${value}</dd></div>`;
  }

  private renderCompactFields(item: CatalogueItem): TemplateResult {
    const s = this.l10n.strings;
    const last = item.content.length - 1;
    return html`
      ${
        item.content.length > 0
          ? html`<div class="compact-content">
            <span class="inline-label" id="content-label">${s.content}</span>
            <ul class="inline-list" part="content" aria-labelledby="content-label" lang=${ifDefined(this.dataLang)}>
              ${item.content.map(
                (entry, index) =>
                  html`<li>${entry}${index < last ? html`<span class="separator" aria-hidden="true">${s.contentSeparator}</span>` : nothing}</li>`,
              )}
            </ul>
          </div>`
          : nothing
      }
      ${item.channels.length > 0 ? this.renderChannels(item, 's', s.channels) : nothing}
    `;
  }

  /** `label`: the list's name, or '' inside a field whose `<dt>` already names it. */
  private renderChannels(item: CatalogueItem, size: 's' | 'm', label: string): TemplateResult {
    return html`<si-channel-badges part="channels" .channels=${item.channels} size=${size} label=${label}></si-channel-badges>`;
  }

  private renderChips(item: CatalogueItem): TemplateResult {
    const s = this.l10n.strings;
    return html`<ul class="chips" part="chips" role="list" aria-label=${s.attributes}>
      ${chipsOf(item, s).map(
        (chip) => html`<li class="chip" part="chip chip-${chip.key}" ?data-empty=${chip.values.length === 0}>
          <span class="chip-label" part="chip-label">${chip.label}</span><span class="visually-hidden">${s.labelSeparator}</span
          ><span class="chip-value" part="chip-value"
            >${chip.values.length > 0 ? chip.values.join(s.valueSeparator) : s.none}</span
          >
        </li>`,
      )}
    </ul>`;
  }

  private renderDeadline(item: CatalogueItem, compact: boolean): TemplateResult {
    const days = item.deadline.workingDays;
    const s = this.l10n.strings;
    if (days === null) {
      // Not counted in working days: the printed wording, faithful to the source.
      return html`<p class="deadline-text">
        <span class="inline-label">${s.deadline}${s.labelSeparator}</span>${
          item.deadline.text === '' ? s.none : html`<span lang=${ifDefined(this.dataLang)}>${item.deadline.text}</span>`
        }
      </p>`;
    }
    return html`<si-deadline
      variant=${compact ? 'compact' : 'full'}
      .workingDays=${days}
      .changed=${this.changed}
      .published=${this.published}
      .today=${this.today}
    ></si-deadline>`;
  }

  private renderSlot(name: SlotName): TemplateResult {
    return html`<div class=${name} part=${name} ?hidden=${!this.slots.has(name)}>
      <slot name=${name}></slot>
    </div>`;
  }

  private renderMessage(cardState: Exclude<CardState, { kind: 'item' }>): TemplateResult {
    const { title, hint } = messageOf(cardState, this.l10n);
    return html`<div class="message" part="message" data-state=${cardState.kind}>
      <p class="message-title"><span class="message-icon">${warnIcon}</span>${title}</p>
      ${hint === undefined ? nothing : html`<p class="message-hint">${hint}</p>`}
    </div>`;
  }
}

define('si-item-card', SiItemCard);

declare global {
  interface HTMLElementTagNameMap {
    'si-item-card': SiItemCard;
  }
}
