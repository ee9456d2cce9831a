import { provide } from '@lit/context';
import { html, isServer, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { CatalogueSearch, SearchAnnouncer } from '../../catalogue/catalogue-search.js';
import { cataloguePinyin, builtinLexicon, builtinLexiconPinyin } from '../../catalogue/builtin.js';
import { FILTER_KEYS, type CatalogueFilter } from '../../catalogue/filter.js';
import { catalogueContext, guideHrefContext } from '../../context/catalogue-context.js';
import type { Catalogue, CatalogueItem } from '../../data/types.js';
import { describeProblem } from '../../data/fetch-json.js';
import { define } from '../../utilities/define.js';
import { itemHref } from '../../utilities/item-href.js';
import type { Localized } from '../../utilities/localize.js';
import { channelIconSprite } from '../channel-badges/channel-kinds.js';
import { badgeListStyles } from '../channel-badges/si-channel-badges.styles.js';
import { CatalogueAttributes } from './catalogue-attributes.js';
import type { ErrorDetail, FilterChangeDetail, ItemSelectDetail, LoadDetail } from './catalogue-events.js';
import { exportCatalogueCsv } from './catalogue-export.js';
import { CatalogueFilters, isFiltered, type FilterCause } from './catalogue-filters.js';
import { CatalogueHashNavigation } from './catalogue-hash.js';
import { CatalogueLayout } from './catalogue-layout.js';
import { CataloguePaging } from './catalogue-paging.js';
import { CatalogueResults } from './catalogue-results.js';
import { CatalogueSource } from './catalogue-source.js';
import { renderError, renderLoading, renderStaticFallback } from './catalogue-states.js';
import { countText } from './catalogue-toolbar.js';
import { renderCatalogueView, type CatalogueViewHandlers, type CatalogueViewState } from './catalogue-view.js';
import { catalogueSearchStyles } from './catalogue-search.styles.js';
import { catalogueTranslations, type CatalogueStrings } from './catalogue.strings.js';
import { leafColumns, parseColumns } from './columns.js';
import { renderStateKey, showServerRendered, takeServerRendered, type ServerRendered } from './static-fallback.js';
import { catalogueStyles } from './si-catalogue.styles.js';

export type { CatalogueView } from './catalogue-attributes.js';
export type { ErrorDetail, FilterChangeDetail, ItemSelectDetail, LoadDetail } from './catalogue-events.js';

/**
 * The 社会保险领域基层政务公开标准目录 as the official table, searchable and filterable, for a
 * county or township page. With no attributes it shows the built-in standard catalogue; every
 * feature works from attributes alone.
 *
 * The interface texts (headers, filters, messages) follow the nearest `lang` (zh-CN, zh-TW or
 * en; zh-CN otherwise) and the theme the nearest `data-si-theme`; the catalogue data stays in
 * the language it was published in. Any text can be replaced per instance with `caption`, the
 * `empty` slot, or the `strings` attribute (`strings='{"searchLabel":"查找"}'`).
 *
 * Every attribute follows the library's rules: removing it (or setting its property to `null`)
 * restores its default; numbers are read leniently (`page-size="２０"`) and clamped; an unknown
 * value is reported once in the console and the default is used; only what the author wrote or
 * a person changed is reflected, never a default.
 *
 * Headings: the table view has none (its title is the table's caption); the card view gives each
 * item name a heading of level `heading-level` (default 3), so under a page's h2 the outline is
 * h2 page › h3 each item. A skip link (跳过目录) precedes a catalogue whose names are links or
 * buttons (`guide-href`, `selectable`); see docs/accessibility.md.
 *
 * @summary The disclosure standard catalogue as a searchable, accessible table.
 *
 * @slot caption - Replaces the table caption (the catalogue title).
 * @slot empty - Replaces the text shown when no item matches the filters.
 * @slot detail - Content shown below the table that shares its catalogue, e.g. a `<si-item-card>`
 *   or `<si-service-guide>` showing the item a `selectable` table's `si-item-select` picked.
 *   (Other children are not shown: a pre-rendered table inside the element is replaced by it.)
 *
 * @fires {CustomEvent<ItemSelectDetail>} si-item-select - A person activated an item's name (click or
 *   Enter). Cancelable: `preventDefault()` stops the guide link from being followed.
 * @fires {CustomEvent<FilterChangeDetail>} si-filter-change - The search or a filter changed; detail is the new state.
 * @fires {CustomEvent<LoadDetail>} si-load - A catalogue from `src`, `overlay-src` or `catalogue` is ready.
 * @fires {CustomEvent<ErrorDetail>} si-error - Loading or validating the catalogue failed; the element shows why.
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
 *
 * @tag si-catalogue
 */
export class SiCatalogue extends CatalogueAttributes {
  static override styles = [CatalogueAttributes.styles, badgeListStyles, catalogueStyles, catalogueSearchStyles];

  @provide({ context: catalogueContext }) @state() protected providedCatalogue: Catalogue | undefined;

  @provide({ context: guideHrefContext }) @state() protected providedGuideHref: string | undefined;

  /** The 按目录顺序 switch: search results in catalogue order instead of best first. */
  @state() private officialOrder = false;

  private readonly search = new CatalogueSearch(this, { precomputed: cataloguePinyin, lexicon: builtinLexicon, lexiconPinyin: builtinLexiconPinyin });

  private readonly announcer = new SearchAnnouncer(this);

  private readonly source = new CatalogueSource(this, {
    onLoad: (catalogue) => this.emit<LoadDetail>('si-load', { catalogue }),
    onError: (problem) => this.emit<ErrorDetail>('si-error', { problem, message: describeProblem(problem) }),
  });

  private readonly filters = new CatalogueFilters(this, {
    onChange: (next, cause) => {
      this.filterCause = cause;
      this.emit<FilterChangeDetail>('si-filter-change', next);
    },
  });

  /** How the pending filter change came about (typing draws a first screen at once). */
  private filterCause: FilterCause = 'other';

  private readonly results = new CatalogueResults(this, this.search);

  private readonly layout = new CatalogueLayout(this);

  private readonly paging = new CataloguePaging(this);

  private readonly hashNavigation = new CatalogueHashNavigation(this, {
    find: (id) => {
      if (this.providedCatalogue === undefined) return 'not-ready';
      const matching = this.matchingItems;
      const position = matching.findIndex((item) => item.id === id);
      return position === -1 ? undefined : { position, item: matching[position]! };
    },
    reveal: (position) => this.paging.reveal(position),
    describe: (item) => {
      const { strings, format } = this.localize(catalogueTranslations);
      return format(strings.itemFocused, { seq: item.seq, name: item.name });
    },
  });

  /** What `si-catalogue render` wrote into the shadow root: shown while loading, kept if loading fails, its rows kept while the state matches. */
  private serverRendered: ServerRendered | undefined;

  /** On the server: the state the rows were drawn in, stamped on the probe. */
  private stateKey: string | undefined;

  /**
   * Server-rendered content (`si-catalogue render`: declarative shadow DOM) is taken out here, on
   * upgrade; the first render, in the same task, before the next paint, puts the server's rows
   * back node for node when it shows the same state and draws its own otherwise (e.g. while `src`
   * loads or when `sync-url` restores filters): static-fallback.ts. Pages that load Lit's own
   * hydration support keep its behaviour.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.shadowRoot !== null && !('litElementHydrateSupport' in globalThis)) this.serverRendered = takeServerRendered(this.shadowRoot);
    return super.createRenderRoot();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('overlaySrc') || changed.has('catalogue')) this.source.inputsChanged();
    if (changed.has('guideHref')) this.providedGuideHref = this.guideHref || undefined;
    this.warnAboutAttributes(changed);
    this.providedCatalogue = this.source.state.catalogue;
    this.filters.catalogueKnown(this.providedCatalogue);
    // Initial values are not in `changed` (they are defaults), so the first update sets the page too.
    if (!this.hasUpdated || FILTER_KEYS.some((key) => changed.has(key)) || changed.has('pageSize')) this.paging.reset(this.filterCause);
    this.filterCause = 'other';
  }

  protected override render() {
    const content = this.renderState();
    // The probe is as wide as the element and 0 px high: the layout controller observes it.
    return html`<div class="width-probe" aria-hidden="true" ${ref(this.layout.setProbe)} data-si-state=${(isServer && this.stateKey) || nothing}></div>
      ${channelIconSprite()}${content}`;
  }

  private renderState() {
    const { catalogue, problem, loading } = this.source.state;
    const l10n = this.localize(catalogueTranslations);
    this.results.showing(catalogue);
    if (showServerRendered(this.serverRendered, catalogue !== undefined, this.source.fetches || this.catalogue !== undefined)) {
      return renderStaticFallback(this.serverRendered.nodes, problem, () => this.source.retry(), l10n);
    }
    if (loading) return renderLoading(l10n);
    if (problem !== undefined || catalogue === undefined) return renderError(problem ?? { kind: 'invalid', errors: [] }, () => this.source.retry(), l10n);
    return renderCatalogueView(this.viewState(catalogue, l10n), this.viewHandlers, l10n);
  }

  /** The filters in effect: the reflected attributes, less any group or channel the catalogue does not have (those are ignored, with a warning). */
  get filter(): CatalogueFilter {
    return this.filters.current(this.providedCatalogue);
  }

  /** The items the filters and search let through, in the order shown (best first while searching, unless 按目录顺序). */
  get matchingItems(): CatalogueItem[] {
    const catalogue = this.providedCatalogue;
    return catalogue === undefined ? [] : [...this.results.find(catalogue, this.filter, this.officialOrder).matching];
  }

  /** Clears the search and every filter. */
  clearFilters(): void {
    this.filters.clear(this.providedCatalogue);
  }

  private viewState(catalogue: Catalogue, l10n: Localized<CatalogueStrings>): CatalogueViewState {
    const filter = this.filter;
    const results = this.results.find(catalogue, filter, this.officialOrder);
    const { matching } = results;
    this.announcer.follow(countText({ matchingCount: matching.length, totalCount: catalogue.items.length }, isFiltered(filter), l10n));
    const rows = this.paging.rows(matching);
    const useCards = this.view === 'cards' || (this.view === 'auto' && this.layout.narrow);
    const title = this.caption || catalogue.title;
    const leaves = this.leaves(l10n.strings);
    const { headingLevel } = this;
    const { highlightedId } = this.hashNavigation;
    let serverRows: Element | undefined;
    const server = this.serverRendered?.rows;
    if (isServer || server !== undefined) {
      // Everything the rows' drawing reads besides the catalogue: server-rendered rows are kept only if all of it matches.
      const key = renderStateKey(catalogue, [title, leaves, filter, this.officialOrder, rows.length, matching.length, useCards, headingLevel, highlightedId, this.guideHref, this.selectable, l10n.locale, l10n.formatLocale, l10n.strings]);
      if (isServer) this.stateKey = key;
      else if (server?.state === key) serverRows = server.node;
      else this.serverRendered!.rows = undefined;
    }
    return {
      catalogue, title, leaves, filter, results, rows, useCards, headingLevel, highlightedId, serverRows,
      partial: this.paging.partial(matching.length),
      remaining: Math.max(0, matching.length - this.paging.limit),
      popular: this.search.popularFor(catalogue, this.popularSearches),
      hideToolbar: this.hideToolbar,
      exportable: this.exportable,
      // Linked or selectable names are one Tab stop each: a skip link saves 50 presses (WCAG 2.4.1).
      skippable: (Boolean(this.guideHref) || this.selectable) && matching.length > 0,
      officialOrder: this.officialOrder,
      announcement: this.announcer.text,
      deepLink: this.hashNavigation.announcement,
      renderName: (item, name) => this.renderName(item, name),
    };
  }

  private leaves(strings: CatalogueStrings) {
    return leafColumns(parseColumns(this.columns).columns, strings);
  }

  private readonly viewHandlers: CatalogueViewHandlers = {
    onFilter: (next, cause) => this.filters.apply({ ...this.filter, ...next }, this.providedCatalogue, cause),
    onClear: () => void this.clearFromButton(),
    onExport: () => {
      const catalogue = this.providedCatalogue;
      if (catalogue !== undefined) exportCatalogueCsv(this.caption || catalogue.title, this.leaves(this.localize(catalogueTranslations).strings), this.matchingItems);
    },
    onOfficialOrder: (official) => (this.officialOrder = official),
    onShowMore: () => this.paging.showMore(),
    onSkip: (event) => {
      event.preventDefault();
      this.renderRoot.querySelector<HTMLElement>('#si-catalogue-end')?.focus();
    },
    onMarker: (marker) => this.paging.observe(marker),
  };

  /**
   * A clear button disables or disappears once the filters are clear, which would drop keyboard
   * and screen-reader focus to the page; the search box takes it instead.
   */
  private async clearFromButton(): Promise<void> {
    this.clearFilters();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#si-filter-query')?.focus();
  }

  private renderName(item: CatalogueItem, name: unknown) {
    const href = this.guideHref ? itemHref(this.guideHref, item) : undefined;
    if (href !== undefined) return html`<a href=${href} @click=${(event: Event) => this.select(item, event)}>${name}</a>`;
    if (this.selectable) return html`<button type="button" class="item-button" @click=${(event: Event) => this.select(item, event)}>${name}</button>`;
    return name;
  }

  private select(item: CatalogueItem, event: Event): void {
    if (!this.emit<ItemSelectDetail>('si-item-select', { item }, { cancelable: true })) event.preventDefault();
  }
}

define('si-catalogue', SiCatalogue);

declare global {
  interface HTMLElementTagNameMap {
    'si-catalogue': SiCatalogue;
  }
  interface HTMLElementEventMap {
    'si-item-select': CustomEvent<ItemSelectDetail>;
    'si-filter-change': CustomEvent<FilterChangeDetail>;
    'si-load': CustomEvent<LoadDetail>;
    'si-error': CustomEvent<ErrorDetail>;
  }
}
