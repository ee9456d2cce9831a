import { provide } from '@lit/context';
import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CatalogueSearch, orderedMatches, SearchAnnouncer, type SearchOutcome } from '../../catalogue/catalogue-search.js';
import { cataloguePinyin, builtinCatalogue, builtinLexicon, builtinLexiconPinyin } from '../../catalogue/builtin.js';
import {
  channelsOf,
  FILTER_KEYS,
  knownFilter,
  LEVEL_ALIASES,
  LEVELS,
  passesFilters,
  type CatalogueFilter,
} from '../../catalogue/filter.js';
import { loadCatalogue, validateSync } from '../../catalogue/load-catalogue.js';
import { catalogueContext, guideHrefContext } from '../../context/catalogue-context.js';
import type { Catalogue, CatalogueItem } from '../../data/types.js';
import { describeProblem, timeoutSeconds, type LoadProblem } from '../../data/fetch-json.js';
import { rangesIn } from '../../search/match.js';
import { highlight } from '../../search/highlight.js';
import { booleanConverter, enumConverter, numberConverter, textConverter } from '../../utilities/attributes.js';
import { define } from '../../utilities/define.js';
import { hashTarget } from '../../utilities/hash.js';
import { immutableCopy } from '../../utilities/immutable.js';
import { itemHref } from '../../utilities/item-href.js';
import { dataLangFor, type Localized } from '../../utilities/localize.js';
import { LoadController } from '../../utilities/load-controller.js';
import { SiElement } from '../../utilities/si-element.js';
import { quote, warnOnce } from '../../utilities/warn.js';
import { channelIconSprite } from '../channel-badges/channel-kinds.js';
import { badgeListStyles } from '../channel-badges/si-channel-badges.styles.js';
import { renderCards } from './catalogue-cards.js';
import { CataloguePresentation } from './catalogue-presentation.js';
import { everyItemAtBothLevels } from '../../catalogue/presentation.js';
import { isNarrow, measureNarrow } from './catalogue-layout.js';
import type { CellContext } from './catalogue-cells.js';
import { exportCatalogueCsv } from './catalogue-export.js';
import { renderTable } from './catalogue-table.js';
import { countText, renderToolbar } from './catalogue-toolbar.js';
import { renderNoMatch, renderSearchAids } from './catalogue-search-ui.js';
import { catalogueSearchStyles } from './catalogue-search.styles.js';
import { catalogueTranslations, type CatalogueStrings } from './catalogue.strings.js';
import { COLUMN_KEYS, leafColumns, parseColumns } from './columns.js';
import { renderError, renderLoading, renderStaticFallback } from './catalogue-states.js';
import { CatalogueUrlSync } from './catalogue-url-sync.js';
import { showServerRendered, takeServerRendered, type ServerRendered } from './static-fallback.js';
import { catalogueStyles } from './si-catalogue.styles.js';

export interface ItemSelectDetail {
  item: CatalogueItem;
}
export type FilterChangeDetail = CatalogueFilter;
export interface LoadDetail {
  catalogue: Catalogue;
}
export interface ErrorDetail {
  problem: LoadProblem;
  message: string;
}

export type CatalogueView = 'auto' | 'table' | 'cards';

const VIEWS: readonly CatalogueView[] = ['auto', 'table', 'cards'];

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
 * @tag si-catalogue
 */
export class SiCatalogue extends SiElement {
  static override styles = [SiElement.styles, badgeListStyles, catalogueStyles, catalogueSearchStyles];

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
   * Read leniently (`２０`); out of range is clamped, anything else gives 100.
   */
  @property({ attribute: 'page-size', type: Number, useDefault: true, converter: numberConverter(100, { min: 1, max: 10000 }) }) pageSize = 100;

  @provide({ context: catalogueContext }) @state() protected providedCatalogue: Catalogue | undefined;

  @provide({ context: guideHrefContext }) @state() protected providedGuideHref: string | undefined;

  @state() private narrow = false;

  @state() private rowLimit = 0;

  @state() private highlightedId: string | undefined;

  /** The 按目录顺序 switch: search results in catalogue order instead of best first. */
  @state() private officialOrder = false;

  private readonly search = new CatalogueSearch(this, { precomputed: cataloguePinyin, lexicon: builtinLexicon, lexiconPinyin: builtinLexiconPinyin });

  private readonly announcer = new SearchAnnouncer(this);

  private resizeObserver: ResizeObserver | undefined;

  private readonly loader = new LoadController(this, {
    key: () => (this.needsTask() ? ([this.src, this.overlaySrc, this.catalogue] as const) : undefined),
    load: ([src, overlaySrc, catalogue], signal) =>
      loadCatalogue({ src, overlaySrc, catalogue }, { signal, timeoutSeconds: timeoutSeconds(this.timeout) }),
  });

  /** Open cards, the filter drawer, back-to-top and the page's level scope (present's module). */
  private readonly present = new CataloguePresentation(this);

  private readonly urlSync = new CatalogueUrlSync(this);

  /** What `si-catalogue render` wrote into the shadow root: shown while loading and kept if loading fails. */
  private serverRendered: ServerRendered | undefined;

  /** The outcome last reported through si-load / si-error, so each is reported once. */
  private announced: Catalogue | LoadProblem | undefined;

  /**
   * Server-rendered content (`si-catalogue render`: declarative shadow DOM) is replaced, not
   * hydrated: it is emptied here, on upgrade, and the first render draws the same table in the
   * same task, before the next paint, so nothing moves. (The first render can differ from the
   * server's, e.g. while `src` loads or when `sync-url` restores filters, which Lit's hydration
   * would reject.) Pages that load Lit's own hydration support keep its behaviour.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.shadowRoot !== null && !('litElementHydrateSupport' in globalThis)) this.serverRendered = takeServerRendered(this.shadowRoot);
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.handleHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.handleHashChange);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  protected override firstUpdated(): void {
    this.resizeObserver = new ResizeObserver(() => this.measure());
    this.resizeObserver.observe(this.widthProbe);
    void this.handleHashChange();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Table or cards is decided before the first render, so a phone never lays out the table.
    if (!this.hasUpdated && !isServer && this.view === 'auto') this.narrow = measureNarrow(this);
    if (changed.has('src') || changed.has('overlaySrc') || changed.has('catalogue')) this.loader.inputsChanged();
    if (changed.has('guideHref')) {
      this.providedGuideHref = this.guideHref || undefined;
      if (this.guideHref.trim() !== '' && itemHref(this.guideHref, { id: 'id', seq: 1 }) === undefined) {
        warnOnce(this.localName, `guide-href ${quote(this.guideHref)} was ignored: only http(s) and relative URLs become links.`);
      }
    }
    if (changed.has('columns')) {
      const { unknown } = parseColumns(this.columns);
      if (unknown.length > 0) {
        warnOnce(this.localName, `columns ${unknown.map((name) => quote(name)).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not known and skipped; accepted: ${COLUMN_KEYS.join(', ')} (or the printed headers).`);
      }
    }
    this.providedCatalogue = this.resolveCatalogue().catalogue;
    if (this.providedCatalogue !== undefined) this.urlSync.applyPending(this.providedCatalogue);
    // Initial values are not in `changed` (they are defaults), so the first update sets the limit too.
    if (!this.hasUpdated || FILTER_KEYS.some((key) => changed.has(key)) || changed.has('pageSize')) this.rowLimit = this.pageSize;
  }

  protected override render() {
    // The probe's width is the element's, and its height is always 0, so observing it reports
    // width changes only: switching between table and cards cannot feed back into the observer.
    return html`<div class="width-probe" aria-hidden="true"></div>
      ${channelIconSprite()}${this.renderState()}`;
  }

  private renderState() {
    const { catalogue, problem, loading } = this.resolveCatalogue();
    const l10n = this.localize(catalogueTranslations);
    if (showServerRendered(this.serverRendered, catalogue !== undefined, this.needsTask() || this.catalogue !== undefined)) {
      return renderStaticFallback(this.serverRendered.nodes, problem, () => this.retry(), l10n);
    }
    if (loading) return renderLoading(l10n);
    if (problem !== undefined || catalogue === undefined) {
      return renderError(problem ?? { kind: 'invalid', errors: [] }, () => this.retry(), l10n);
    }
    return this.renderCatalogue(catalogue, l10n);
  }

  /**
   * The filters in effect: the reflected attributes, less any group or channel the catalogue
   * does not have (those are ignored, with a warning).
   */
  get filter(): CatalogueFilter {
    const given = { query: this.query, group: this.group, level: this.level, channel: this.channel };
    const catalogue = this.providedCatalogue;
    if (catalogue === undefined) return given;
    const { filter, unknown } = knownFilter(given, catalogue);
    for (const { key, value, accepted } of unknown) {
      warnOnce(this.localName, `${key} ${quote(value)} is not in this catalogue and was ignored (every item is shown); accepted: ${accepted.join('、')}.`);
    }
    return filter;
  }

  /** The items the filters and search let through, in the order shown (best first while searching, unless 按目录顺序). */
  get matchingItems(): CatalogueItem[] {
    return this.providedCatalogue === undefined ? [] : this.findMatching(this.providedCatalogue).matching;
  }

  /**
   * A clear button disables or disappears once the filters are clear, which would drop keyboard
   * and screen-reader focus to the page; the search box takes it instead.
   */
  private async clearFromButton(): Promise<void> {
    this.clearFilters();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#si-filter-query')?.focus();
  }

  /** Clears the search and every filter, except a `level` the author wrote: the page's own scope (a township page stays a township page). */
  clearFilters(): void {
    this.applyFilter(this.present.clearedFilter());
  }

  private renderCatalogue(catalogue: Catalogue, l10n: Localized<CatalogueStrings>) {
    const { strings, format } = l10n;
    const { columns } = parseColumns(this.columns);
    const leaves = leafColumns(columns, strings);
    const filter = this.filter;
    const { matches, matching } = this.findMatching(catalogue);
    const popular = this.popularFor(catalogue);
    const rows = matching.slice(0, this.rowLimit);
    const title = this.caption || catalogue.title;
    const context: CellContext = {
      highlight: (item, field, entry, text) => {
        const result = matches?.byItem.get(item);
        return result === undefined ? text : highlight(text, rangesIn(result, field, entry));
      },
      renderName: (item) => this.renderName(item, context.highlight(item, 'name', 0, item.name)),
      l10n,
      dataLang: dataLangFor(l10n.formatLocale),
    };
    const useCards = this.view === 'cards' || (this.view === 'auto' && this.narrow && !this.present.printing);
    // Linked or selectable names are one Tab stop each: a skip link saves 50 presses (WCAG 2.4.1).
    const skippable = (Boolean(this.guideHref) || this.selectable) && matching.length > 0;
    return html`${this.present.renderTopMarker(l10n)}${this.present.renderPrintDate(l10n)}
      ${skippable ? html`<a class="skip-link" href="#si-catalogue-end" @click=${this.skipCatalogue}>${strings.skipCatalogue}</a>` : nothing}
      ${this.hideToolbar
        ? nothing
        : renderToolbar(
            {
              filter,
              groups: catalogue.groups,
              channels: channelsOf(catalogue.items),
              matchingCount: matching.length,
              totalCount: catalogue.items.length,
              exportable: this.exportable,
              dataLang: context.dataLang,
              announcement: this.announcer.text,
              levelsAll: everyItemAtBothLevels(catalogue.items),
              presentation: this.present,
              narrow: this.narrow,
            },
            {
              onFilter: (change) => this.applyFilter({ ...filter, ...change }),
              onClear: () => void this.clearFromButton(),
              onExport: () => exportCatalogueCsv(title, leaves, matching),
            },
            l10n,
          )}
      ${matching.length === 0
        ? nothing
        : renderSearchAids(
            { query: filter.query, popular, canReorder: matches !== undefined && matching.length > 1, officialOrder: this.officialOrder },
            { onQuery: (query) => this.applyFilter({ ...filter, query }), onOfficialOrder: (official) => (this.officialOrder = official) },
            l10n,
          )}
      ${matching.length === 0
        ? renderNoMatch(
            { query: filter.query, closest: matches?.closest ?? [], popular },
            { onQuery: (query) => this.applyFilter({ ...filter, query }), onClear: () => void this.clearFromButton() },
            l10n,
          )
        : useCards
          ? renderCards({ title, leaves, rows, headingLevel: this.headingLevel, highlightedId: this.highlightedId, matching, searching: filter.query.trim() !== '', presentation: this.present,
              onJump: (id) => (this.rowLimit = Math.max(this.rowLimit, matching.findIndex((item) => item.id === id) + 1)) }, context)
          : renderTable({ title, leaves, rows, matchingCount: matching.length, highlightedId: this.highlightedId, regionLabel: format(strings.tableRegion, { title }) }, context)}
      ${rows.length < matching.length
        ? html`<div class="more">
            <button type="button" @click=${() => (this.rowLimit += this.pageSize)}>
              ${format(strings.showMore, { remaining: matching.length - rows.length })}
            </button>
          </div>`
        : nothing}
      ${this.present.renderBackToTop(l10n)}
      ${skippable ? html`<span class="catalogue-end" id="si-catalogue-end" tabindex="-1">${strings.catalogueEnd}</span>` : nothing}
      <div class="detail" part="detail"><slot name="detail"></slot></div>
    `;
  }

  private readonly skipCatalogue = (event: Event) => {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#si-catalogue-end')?.focus();
  };

  private findMatching(catalogue: Catalogue): { matches: SearchOutcome | undefined; matching: CatalogueItem[] } {
    const filter = this.filter;
    const matches = this.search.match(catalogue, filter.query);
    const matching = orderedMatches(catalogue.items, matches, (item) => passesFilters(item, filter), this.officialOrder);
    const filtered = FILTER_KEYS.some((key) => filter[key] !== '');
    this.announcer.follow(countText({ matchingCount: matching.length, totalCount: catalogue.items.length }, filtered, this.localize(catalogueTranslations)));
    return { matches, matching };
  }

  private popularFor(catalogue: Catalogue): readonly string[] {
    const own = this.popularSearches.trim();
    if (own === 'none') return [];
    return own === '' ? this.search.popularSearches(catalogue) : own.split(/[,，、]/).map((text) => text.trim()).filter(Boolean);
  }

  private renderName(item: CatalogueItem, name: unknown) {
    const href = this.guideHref ? itemHref(this.guideHref, item) : undefined;
    if (href !== undefined) {
      return html`<a href=${href} @click=${(event: Event) => this.select(item, event)}>${name}</a>`;
    }
    if (this.selectable) {
      return html`<button type="button" class="item-button" @click=${(event: Event) => this.select(item, event)}>${name}</button>`;
    }
    return name;
  }

  private select(item: CatalogueItem, event: Event): void {
    const proceed = this.emit<ItemSelectDetail>('si-item-select', { item }, { cancelable: true });
    if (!proceed) event.preventDefault();
  }

  private applyFilter(next: CatalogueFilter): void {
    const previous = this.filter;
    if (FILTER_KEYS.every((key) => previous[key] === next[key])) return;
    Object.assign(this, next);
    this.urlSync.write(next);
    this.emit<FilterChangeDetail>('si-filter-change', next);
  }

  /** A `#si-item-<id>` link scrolls to its row and highlights it, drawing more rows if needed. */
  private readonly handleHashChange = async () => {
    const id = hashTarget(location.hash, '#si-item-');
    if (id === undefined) return;
    const position = this.matchingItems.findIndex((item) => item.id === id);
    if (position === -1) return;
    this.highlightedId = id;
    if (position >= this.rowLimit) this.rowLimit = position + 1;
    await this.updateComplete;
    this.renderRoot.querySelector(`[id="si-item-${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'center' });
  };

  private get widthProbe(): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>('.width-probe')!;
  }

  private measure(): void {
    this.narrow = isNarrow(this.widthProbe.getBoundingClientRect().width, parseFloat(getComputedStyle(this).fontSize));
  }

  private needsTask(): boolean {
    return this.src !== '' || this.overlaySrc !== '';
  }

  private resolveCatalogue(): { catalogue?: Catalogue; problem?: LoadProblem; loading: boolean } {
    if (!this.needsTask()) {
      if (this.catalogue === undefined) return { catalogue: builtinCatalogue, loading: false };
      const result = validateSync(this.catalogue);
      return result.ok ? { catalogue: result.catalogue, loading: false } : { problem: result.problem, loading: false };
    }
    const state = this.loader.state;
    if (state.status === 'complete') return { catalogue: state.value, loading: false };
    if (state.status === 'error') return { problem: state.problem, loading: false };
    return { loading: true };
  }

  /**
   * Reports a newly shown outcome once it is on screen: si-load for data from `src`,
   * `overlay-src` or `catalogue` (not the built-in default), si-error for any problem.
   */
  protected override updated(): void {
    const { catalogue, problem } = this.resolveCatalogue();
    const outcome = problem ?? catalogue;
    if (catalogue !== undefined) this.search.prepare(catalogue);
    if (outcome === undefined || outcome === this.announced) return;
    this.announced = outcome;
    if (problem !== undefined) this.emit<ErrorDetail>('si-error', { problem, message: describeProblem(problem) });
    else if (catalogue !== undefined && catalogue !== builtinCatalogue) this.emit<LoadDetail>('si-load', { catalogue });
  }

  private retry(): void {
    if (this.needsTask()) this.loader.retry();
    else this.requestUpdate();
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
