import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LEVEL_ALIASES, LEVELS } from '../../catalogue/filter.js';
import { booleanConverter, enumConverter, numberConverter, textConverter } from '../../internal/attributes.js';
import { immutableCopy } from '../../internal/immutable.js';
import { itemHref } from '../../internal/item-href.js';
import { SiElement } from '../../internal/si-element.js';
import { quote, warnOnce } from '../../internal/warn.js';
import { COLUMN_KEYS, parseColumns } from './columns.js';

export type CatalogueView = 'auto' | 'table' | 'cards';

const VIEWS: readonly CatalogueView[] = ['auto', 'table', 'cards'];

/**
 * The public surface of `<si-catalogue>` besides its slots and events: attributes, properties,
 * CSS parts and custom properties, declared apart from its behaviour (si-catalogue.ts) so the
 * element stays short. Not an element of its own.
 *
 * @csspart toolbar - The search and filter bar.
 * @csspart search - The search box.
 * @csspart search-help - The help text under the search box (everyday words and pinyin work).
 * @csspart popular - The 常用查询 (popular searches) chips above the results.
 * @csspart empty-popular - The popular searches offered when nothing matched.
 * @csspart chip - Each popular-search chip.
 * @csspart order - The 按目录顺序 switch while searching.
 * @csspart order-switch - Its toggle button (`aria-pressed`).
 * @csspart closest - The closest items offered when nothing matched.
 * @csspart filter - Each filter `<select>`.
 * @csspart count - The live result count.
 * @csspart clear-button - The clear-filters button.
 * @csspart export-button - The 导出表格（CSV） button (secondary, last in the toolbar).
 * @csspart region - The scrolling region around the table.
 * @csspart table - The `<table>`.
 * @csspart caption - The table caption.
 * @csspart row - Each item row.
 * @csspart cell - Each body cell.
 * @csspart group-cell - The spanning first-level item (一级事项) cells.
 * @csspart badge - Each channel badge (also `badge-<kind>`), as in `<si-channel-badges>`.
 * @csspart cards - The list of cards in card view.
 * @csspart card - Each item card in card view.
 * @csspart message - The loading, empty and error messages.
 * @csspart detail - The wrapper of the `detail` slot.
 * @csspart item-actions - The item actions (办事信息 of the data: 服务指南, 网上办理, 咨询电话, 办理地点, 办理时间); src/internal/item-actions.ts.
 * @csspart item-action - Each action link (`tel:` for phones); at least 44 × 44 px in the elder theme.
 * @csspart item-action-facts - The 咨询方式 / 办理地点 / 办理时间 list of the actions.
 * @csspart card-toggle - The 详情 disclosure button of each compact card (`aria-expanded`).
 * @csspart group-index - The group index above the cards (一级事项 with counts).
 * @csspart group-jump - Each group's button in the group index.
 * @csspart filters-toggle - The 筛选 button that opens the filters on a narrow element.
 * @csspart filters - The filters, 清除筛选 and the export button (behind 筛选 on a narrow element).
 * @csspart filter-note - The note under the level filter when every item is at both levels.
 * @csspart back-to-top - The 回到顶部 button shown after scrolling a screen past the top.
 *
 * @cssprop [--si-catalogue-font-size=var(--si-font-size-body)] - Base size of the component (the elder theme sets at least 18px).
 * @cssprop [--si-catalogue-header-bg=var(--si-color-primary)] - Header background.
 * @cssprop [--si-catalogue-header-color=var(--si-color-on-primary)] - Header text.
 * @cssprop [--si-catalogue-header-border-color=var(--si-color-surface)] - Lines between header cells.
 * @cssprop [--si-catalogue-border-color=var(--si-color-border)] - Table, toolbar and card borders.
 * @cssprop [--si-catalogue-group-bg=var(--si-color-primary-subtle)] - First-level item cells.
 * @cssprop [--si-catalogue-toolbar-bg=var(--si-color-surface-muted)] - Toolbar background.
 * @cssprop [--si-catalogue-caption-size=var(--si-font-size-heading)] - Caption size.
 * @cssprop [--si-catalogue-caption-color=var(--si-color-text)] - Caption colour.
 * @cssprop [--si-catalogue-tick-color=var(--si-color-primary)] - The ✓ marks.
 * @cssprop [--si-catalogue-mark-bg=var(--si-color-mark)] - Search match highlight.
 * @cssprop [--si-catalogue-highlight-bg=var(--si-color-highlight)] - The row a `#si-item-…` link points to.
 * @cssprop [--si-catalogue-error-color=var(--si-color-danger)] - Error message accent.
 * @cssprop [--si-catalogue-card-shadow=var(--si-elevation-1)] - Shadow of each card in card view.
 * @cssprop [--si-catalogue-sticky-top=0px] - Room above the sticky table headers and jump targets, for a portal's fixed header.
 *
 */
export class CatalogueAttributes extends SiElement {
  /** URL of a catalogue JSON (see `catalogue.schema.json`) to show instead of the built-in one. */
  @property({ reflect: true, useDefault: true, converter: textConverter }) src = '';

  /** URL of a local overlay applied on top of the built-in or `src` catalogue. */
  @property({ attribute: 'overlay-src', reflect: true, useDefault: true, converter: textConverter }) overlaySrc = '';

  /**
   * Seconds to wait for `src` or `overlay-src` (the whole answer, body included) before showing
   * an error naming the URL, with 重试. Default 15.
   */
  @property({ reflect: true }) timeout: string | number | undefined;

  private catalogueSnapshot: unknown = undefined;

  /**
   * A catalogue object, for JavaScript users; validated like fetched data. Catalogues are
   * immutable: the object is copied and frozen on assignment, so later changes to it are not
   * seen (assign a new object to show new data), and reading the property returns the frozen
   * copy. `null` or `undefined` shows the built-in catalogue (or `src`).
   */
  @property({ attribute: false })
  get catalogue(): unknown {
    return this.catalogueSnapshot;
  }

  set catalogue(value: unknown) {
    this.catalogueSnapshot = value === null ? undefined : immutableCopy(value);
  }

  /** The search text: everyday words (`社保卡丢了`), full pinyin (`shebao`) or initials (`sbk`). */
  @property({ reflect: true, useDefault: true, converter: textConverter }) query = '';

  /**
   * The 常用查询 chips, separated by commas or 、 (`popular-searches="社保卡丢了,养老金"`); `none`
   * shows none. Default: the catalogue's `popularSearches`, else the built-in lexicon's.
   */
  @property({ attribute: 'popular-searches', reflect: true, useDefault: true, converter: textConverter }) popularSearches = '';

  /**
   * Show only items of this first-level item (一级事项), by name. A name the catalogue does not
   * have is ignored (every item is shown) with a console warning listing the names it has.
   */
  @property({ reflect: true, useDefault: true, converter: textConverter }) group = '';

  /**
   * Show only items published at this level: `county` (县级) or `township` (乡、村级). Any
   * other value is ignored (no level filter) with a console warning.
   */
  @property({ reflect: true, useDefault: true, converter: enumConverter(LEVELS, '', LEVEL_ALIASES) }) level: '' | 'county' | 'township' = '';

  /**
   * Show only items published through this channel (e.g. 政务服务中心). A channel no item uses
   * is ignored (every item is shown) with a console warning listing the channels there are.
   */
  @property({ reflect: true, useDefault: true, converter: textConverter }) channel = '';

  /**
   * `table`, `cards`, or `auto` (cards when the element is narrower than 48em). Any other value
   * means `auto`, with a console warning.
   */
  @property({ reflect: true, useDefault: true, converter: enumConverter(VIEWS, 'auto') }) view: 'auto' | 'table' | 'cards' = 'auto';

  /** Hides the search and filter bar. */
  @property({ attribute: 'hide-toolbar', type: Boolean, reflect: true, useDefault: true, converter: booleanConverter }) hideToolbar = false;

  /**
   * Mirrors the filters into the page URL and restores them from it. The parameters are
   * `si-query`, `si-group`, `si-level` and `si-channel`; an element with an `id` uses
   * `si-<id>-query` and so on, so two catalogues on one page keep apart (two without an id
   * share the `si-` parameters: give each its own id). The URL carries only
   * what a person changed: a filter it does not name keeps the author's attribute. A URL value
   * the catalogue does not know (a mistyped or foreign link) is ignored with a console warning.
   */
  @property({ attribute: 'sync-url', type: Boolean, reflect: true, useDefault: true, converter: booleanConverter }) syncUrl = false;

  /**
   * Links item names to the site's service guides: `{id}` and `{seq}` are replaced. Only
   * `http(s):` and relative URLs become links; any other is ignored with a console warning.
   */
  @property({ attribute: 'guide-href', reflect: true, useDefault: true, converter: textConverter }) guideHref = '';

  /**
   * The columns to show, in order (`seq,name,content` or `序号、二级事项、公开内容`); default all.
   * Unknown names are skipped with a console warning listing the accepted ones.
   */
  @property({ reflect: true, useDefault: true, converter: textConverter }) columns = '';

  /** Offers an 导出表格（CSV） button, last in the toolbar, that exports the rows currently shown. */
  @property({ type: Boolean, reflect: true, useDefault: true, converter: booleanConverter }) exportable = false;

  /** Makes item names buttons that fire `si-item-select` when no `guide-href` is set. */
  @property({ type: Boolean, reflect: true, useDefault: true, converter: booleanConverter }) selectable = false;

  /** Replaces the caption (the catalogue's title). */
  @property({ useDefault: true, converter: textConverter }) caption = '';

  /**
   * Heading level of each card's item name in card view, 1 to 6 (the host page owns its
   * outline). Read leniently (`３`); out of range is clamped, anything else gives 3.
   */
  @property({ attribute: 'heading-level', type: Number, useDefault: true, converter: numberConverter(3, { min: 1, max: 6 }) }) headingLevel = 3;

  /**
   * How many rows are drawn at first and per 显示更多 (1 to 10000); large catalogues stay fast.
   * While a person types, each keystroke draws the first screen of them at once and the rest
   * when typing pauses or the reader scrolls toward them. Read leniently (`２０`); out of range
   * is clamped, anything else gives 100.
   */
  @property({ attribute: 'page-size', type: Number, useDefault: true, converter: numberConverter(100, { min: 1, max: 10000 }) }) pageSize = 100;

  /** Warns once about a `guide-href` that cannot become links and about unknown `columns` (call before a render). */
  protected warnAboutAttributes(changed: PropertyValues<this>): void {
    if (changed.has('guideHref') && this.guideHref.trim() !== '' && itemHref(this.guideHref, { id: 'id', seq: 1 }) === undefined) {
      warnOnce(this.localName, `guide-href ${quote(this.guideHref)} was ignored: only http(s) and relative URLs become links.`);
    }
    if (changed.has('columns')) {
      const { unknown } = parseColumns(this.columns);
      if (unknown.length > 0) {
        warnOnce(
          this.localName,
          `columns ${unknown.map((name) => quote(name)).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not known and skipped; accepted: ${COLUMN_KEYS.join(', ')} (or the printed headers).`,
        );
      }
    }
  }
}
