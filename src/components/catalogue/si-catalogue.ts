import { provide } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { CatalogueSearch, SearchAnnouncer } from '../../catalogue/catalogue-search.js';
import { FILTER_KEYS, type CatalogueFilter } from '../../catalogue/filter.js';
import { everyItemAtBothLevels } from '../../catalogue/presentation.js';
import { catalogueContext, guideHrefContext } from '../../context/catalogue-context.js';
import type { Catalogue, CatalogueItem } from '../../data/types.js';
import { define } from '../../internal/define.js';
// Item actions (办事信息, issue #14 point 5): one render module, src/internal/item-actions.ts.
import { guideUrl, resolveService } from '../../data/item-service.js';
import { itemActionsStyles, renderItemActions } from '../../internal/item-actions.js';
import type { Localized } from '../../utilities/localize.js';
import { channelIconSprite } from '../../internal/channel-kinds.js';
import { badgeListStyles } from '../../internal/badge-list.styles.js';
import { CatalogueAttributes } from './catalogue-attributes.js';
import type { ErrorDetail, FilterChangeDetail, ItemSelectDetail, LoadDetail } from '../../internal/events.js';
import { exportCatalogueCsv } from './catalogue-export.js';
import { CatalogueFilters, isFiltered, type FilterCause } from './catalogue-filters.js';
import { CatalogueHashNavigation, positionOf } from './catalogue-hash.js';
import { CatalogueLayout } from './catalogue-layout.js';
import { CataloguePresentation } from './catalogue-presentation.js';
import { CataloguePaging } from './catalogue-paging.js';
import { CatalogueResults } from './catalogue-results.js';
import { CatalogueSource } from './catalogue-source.js';
import { renderError, renderLoading, renderStaticFallback } from './catalogue-states.js';
import { countText } from './catalogue-toolbar.js';
import { renderCatalogueView, type CatalogueViewHandlers, type CatalogueViewState } from './catalogue-view.js';
import { catalogueSearchStyles } from './catalogue-search.styles.js';
import { catalogueTranslations, type CatalogueStrings } from './catalogue.strings.js';
import { leafColumns, parseColumns } from './columns.js';
import { renderStateKey, ServerRenderedRows, showServerRendered } from './static-fallback.js';
import { catalogueStyles } from './si-catalogue.styles.js';

export type { CatalogueView } from './catalogue-attributes.js';
export type { ErrorDetail, FilterChangeDetail, ItemSelectDetail, LoadDetail } from '../../internal/events.js';

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
 * item name a real `<h1>`–`<h6>` of level `heading-level` (default 3), so under a page's h2 the outline is
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
 * Its CSS parts and custom properties are documented on CatalogueAttributes (catalogue-attributes.ts).
 *
 * @tag si-catalogue
 */
export class SiCatalogue extends CatalogueAttributes {
  static override styles = [CatalogueAttributes.styles, badgeListStyles, catalogueStyles, catalogueSearchStyles, itemActionsStyles];

  @provide({ context: catalogueContext }) @state() protected providedCatalogue: Catalogue | undefined;

  @provide({ context: guideHrefContext }) @state() protected providedGuideHref: string | undefined;

  /** The 按目录顺序 switch: search results in catalogue order instead of best first. */
  @state() private officialOrder = false;

  private readonly search = new CatalogueSearch(this);

  private readonly announcer = new SearchAnnouncer(this);

  private readonly source = new CatalogueSource(this);

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

  /** Open cards, the filter drawer, back-to-top, printing and the page's level scope. */
  private readonly present = new CataloguePresentation(this);

  private readonly paging = new CataloguePaging(this);

  private readonly hashNavigation = new CatalogueHashNavigation(this, {
    find: (id) => (this.providedCatalogue === undefined ? 'not-ready' : positionOf(this.matchingItems, id)),
    reveal: (position) => this.paging.reveal(position),
    describe: ({ seq, name }) => this.l10n().format(this.l10n().strings.itemFocused, { seq, name }),
  });

  private readonly server = new ServerRenderedRows();

  /**
   * Server-rendered content (`si-catalogue render`: declarative shadow DOM) is taken out here, on
   * upgrade; the first render, in the same task, before the next paint, puts the server's rows
   * back node for node when it shows the same state and draws its own otherwise (e.g. while `src`
   * loads or when `sync-url` restores filters): static-fallback.ts. Pages that load Lit's own
   * hydration support keep its behaviour.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.shadowRoot !== null && !('litElementHydrateSupport' in globalThis)) this.server.take(this.shadowRoot);
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
    return html`<div class="width-probe" aria-hidden="true" data-si-state=${this.server.stamp ?? nothing}></div>
      ${channelIconSprite()}${content}`;
  }

  private renderState() {
    const { catalogue, problem, loading } = this.source.state;
    const l10n = this.l10n();
    this.results.showing(catalogue);
    const rendered = this.server.rendered;
    if (showServerRendered(rendered, catalogue !== undefined, this.source.fetches || this.catalogue !== undefined)) {
      return renderStaticFallback(rendered.nodes, problem, () => this.source.retry(), l10n);
    }
    if (loading) return renderLoading(l10n);
    if (problem !== undefined || catalogue === undefined) return renderError(problem ?? { kind: 'invalid', errors: [] }, () => this.source.retry(), l10n);
    return renderCatalogueView(this.viewState(catalogue, l10n), this.viewHandlers, l10n);
  }

  /** The filters in effect: the reflected attributes, less any group or channel the catalogue does not have (those are ignored, with a warning). */
  get filter(): CatalogueFilter {
    return this.filters.current(this.providedCatalogue);
  }

  /**
   * Settles when the search code, a chunk loaded at idle after the first render, has arrived (or
   * failed to load, leaving a plain substring match). Until then a query shows every row the
   * filters pass and the count reads 正在准备搜索…; await it before reading `matchingItems` for a query.
   */
  get searchReady(): Promise<void> {
    return this.search.ready;
  }

  /** The items the filters and search let through, in the order shown (best first while searching, unless 按目录顺序). */
  get matchingItems(): CatalogueItem[] {
    const catalogue = this.providedCatalogue;
    return catalogue === undefined ? [] : [...this.results.find(catalogue, this.filter, this.officialOrder).matching];
  }

  /** Clears the search and every filter, except a `level` the author wrote: the page's own scope (a township page stays a township page). */
  clearFilters(): void {
    this.filters.apply(this.present.clearedFilter(), this.providedCatalogue);
  }

  private viewState(catalogue: Catalogue, l10n: Localized<CatalogueStrings>): CatalogueViewState {
    const filter = this.filter;
    const results = this.results.find(catalogue, filter, this.officialOrder);
    const { matching } = results;
    this.announcer.follow(
      countText({ matchingCount: matching.length, totalCount: catalogue.items.length, preparing: results.matches?.preparing }, isFiltered(filter), l10n),
    );
    const rows = this.paging.rows(matching);
    const useCards = this.view === 'cards' || (this.view === 'auto' && this.layout.narrow && !this.present.printing);
    const title = this.caption || catalogue.title;
    const leaves = this.leaves(l10n.strings);
    const { headingLevel } = this;
    const { highlightedId } = this.hashNavigation;
    // Everything the rows' drawing reads besides the catalogue: server-rendered rows are kept only if all of it matches
    // (but the row count: the server draws every row, and the element keeps the first page of them).
    const serverRows = this.server.rowsFor(rows.length, () =>
      renderStateKey(catalogue, [
        title,
        leaves,
        filter,
        this.officialOrder,
        matching.length,
        useCards,
        headingLevel,
        highlightedId,
        this.guideHref,
        this.selectable,
        l10n.locale,
        l10n.formatLocale,
        l10n.strings,
      ]),
    );
    return {
      catalogue,
      title,
      leaves,
      filter,
      results,
      rows,
      useCards,
      headingLevel,
      highlightedId,
      serverRows,
      partial: this.paging.partial(matching.length),
      remaining: Math.max(0, matching.length - this.paging.limit),
      generations: this.paging.generations(),
      popular: this.search.popularFor(catalogue, this.popularSearches),
      hideToolbar: this.hideToolbar,
      exportable: this.exportable,
      // Linked or selectable names are one Tab stop each: a skip link saves 50 presses (WCAG 2.4.1).
      skippable: (Boolean(this.guideHref) || this.selectable) && matching.length > 0,
      officialOrder: this.officialOrder,
      announcement: this.announcer.text,
      deepLink: this.hashNavigation.announcement,
      renderName: (item, name) => this.renderName(item, name, catalogue),
      presentation: this.present,
      narrow: this.layout.narrow,
      levelsAll: everyItemAtBothLevels(catalogue.items),
      renderActions: (item, dataLang) => renderItemActions(resolveService(item, catalogue, this.guideHref), this.l10n().locale, { name: item.name, dataLang }),
    };
  }

  private l10n(): Localized<CatalogueStrings> {
    return this.localize(catalogueTranslations);
  }

  private leaves(strings: CatalogueStrings) {
    return leafColumns(parseColumns(this.columns).columns, strings);
  }

  private readonly viewHandlers: CatalogueViewHandlers = {
    onFilter: (next, cause) => this.filters.apply({ ...this.filter, ...next }, this.providedCatalogue, cause),
    onClear: () => void this.clearFromButton(),
    onExport: () => {
      const catalogue = this.providedCatalogue;
      if (catalogue !== undefined) exportCatalogueCsv(this.caption || catalogue.title, this.leaves(this.l10n().strings), this.matchingItems);
    },
    onOfficialOrder: (official) => (this.officialOrder = official),
    onShowMore: () => this.paging.showMore(),
    onJump: (id) => {
      const found = positionOf(this.matchingItems, id);
      if (found === undefined || found === 'not-ready') return;
      this.paging.reveal(found.position);
      this.requestUpdate();
    },
    onSkip: (event) => {
      event.preventDefault();
      this.renderRoot.querySelector<HTMLElement>('#si-catalogue-end')?.focus();
    },
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

  private renderName(item: CatalogueItem, name: unknown, catalogue: Catalogue) {
    const href = this.guideHref ? guideUrl(item, catalogue, this.guideHref) : undefined;
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
