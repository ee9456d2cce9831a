import { html, noChange, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { channelsOfCached, type CatalogueFilter } from '../../catalogue/filter.js';
import type { Catalogue, CatalogueItem } from '../../data/types.js';
import { highlight } from '../../search/highlight.js';
import type { SearchResult } from '../../search/match.js';
import type { TextRange } from '../../search/normalise.js';
import type { SearchField } from '../../search/search-index.js';
import { dataLangFor, type Localized } from '../../utilities/localize.js';
import { renderCards } from './catalogue-cards.js';
import type { CellContext } from './catalogue-cells.js';
import type { CataloguePresentation } from './catalogue-presentation.js';
import type { FilterCause } from './catalogue-filters.js';
import type { Results } from './catalogue-results.js';
import { renderNoMatch, renderSearchAids } from './catalogue-search-ui.js';
import { renderTable } from './catalogue-table.js';
import { renderToolbar } from './catalogue-toolbar.js';
import type { CatalogueStrings } from './catalogue.strings.js';
import type { LeafColumn } from './columns.js';

/** Everything one render of a shown catalogue reads, computed by the element. */
export interface CatalogueViewState {
  catalogue: Catalogue;
  title: string;
  leaves: readonly LeafColumn[];
  filter: CatalogueFilter;
  results: Results;
  /** The rows drawn now. */
  rows: readonly CatalogueItem[];
  /** Rows of the page still to be drawn below these (after a keystroke). */
  partial: boolean;
  /** Rows beyond the pages (显示更多). */
  remaining: number;
  /** The keys of the row regions, the drawn one first (CataloguePaging.generations: rows hidden while typing). */
  generations: readonly number[];
  popular: readonly string[];
  useCards: boolean;
  hideToolbar: boolean;
  exportable: boolean;
  /** Names are links or buttons: a skip link precedes the catalogue. */
  skippable: boolean;
  headingLevel: number;
  highlightedId: string | undefined;
  officialOrder: boolean;
  /** The live result count (see SearchAnnouncer). */
  announcement: string;
  /** The live text for deep links (`#si-item-…`). */
  deepLink: string;
  /** The server-rendered rows region, kept in place of the element's own while the state matches. */
  serverRows: Element | undefined;
  /** The item name as text, link or button. */
  renderName: (item: CatalogueItem, name: unknown) => unknown;
  /** The item's actions (办事信息: guide, online, phones, address, hours), src/internal/item-actions.ts. */
  renderActions: (item: CatalogueItem, dataLang: string | undefined) => unknown;
  /** Open cards, the filter drawer, back-to-top, printing, the page's level scope. */
  presentation: CataloguePresentation;
  /** The element is narrow (filters fold behind 筛选). */
  narrow: boolean;
  /** Every item is published at both levels (the level filter says so). */
  levelsAll: boolean;
}

export interface CatalogueViewHandlers {
  onFilter: (change: Partial<CatalogueFilter>, cause: FilterCause) => void;
  onClear: () => void;
  onExport: () => void;
  onOfficialOrder: (official: boolean) => void;
  onShowMore: () => void;
  /** The group index jumps to an item that may not be drawn yet. */
  onJump: (id: string) => void;
  onSkip: (event: Event) => void;
}

/**
 * The marked ranges of one string of a result: match.ts's `rangesIn`, written here so the
 * bundle does not import the matcher, which loads with the rest of the search (search-engine.ts).
 */
function rangesIn(result: SearchResult, field: SearchField, entry: number): readonly TextRange[] {
  return result.matches.find((match) => match.field === field && match.entry === entry)?.ranges ?? [];
}

/** The cell context of one render: search marks, the name control, the strings. */
function cellContext(view: CatalogueViewState, l10n: Localized<CatalogueStrings>): CellContext {
  const byItem = view.results.matches?.byItem;
  const context: CellContext = {
    highlight: (item, field, entry, text) => {
      const result = byItem?.get(item);
      return result === undefined ? text : highlight(text, rangesIn(result, field, entry));
    },
    renderName: (item) => view.renderName(item, context.highlight(item, 'name', 0, item.name)),
    renderActions: (item) => view.renderActions(item, context.dataLang),
    l10n,
    dataLang: dataLangFor(l10n.formatLocale),
  };
  return context;
}

/**
 * The rows: the kept server-rendered ones, or the drawn region (cards, or the table in its
 * scrolling region) followed by the one a burst of typing hid, left as it stands until removed.
 */
function renderRows(view: CatalogueViewState, handlers: CatalogueViewHandlers, context: CellContext, l10n: Localized<CatalogueStrings>) {
  if (view.serverRows !== undefined) return view.serverRows;
  const [drawn] = view.generations;
  return repeat(
    view.generations,
    (key) => key,
    // noChange: Lit leaves the hidden region's DOM as it stands, without evaluating its 100 rows.
    (key) => (key === drawn ? renderRegion(view, handlers, context, l10n) : noChange),
  );
}

/** The cards, or the table in its scrolling region. */
function renderRegion(view: CatalogueViewState, handlers: CatalogueViewHandlers, context: CellContext, l10n: Localized<CatalogueStrings>) {
  const { title, leaves, rows, headingLevel, highlightedId } = view;
  const { matching } = view.results;
  if (view.useCards) {
    const searching = view.filter.query.trim() !== '';
    return renderCards(
      { title, leaves, rows, headingLevel, highlightedId, matching, searching, presentation: view.presentation, onJump: handlers.onJump },
      context,
    );
  }
  return renderTable(
    { title, leaves, rows, matchingCount: matching.length, highlightedId, regionLabel: l10n.format(l10n.strings.tableRegion, { title }) },
    context,
  );
}

/** A shown catalogue: skip link, toolbar, search aids, the rows (or what to do when none match), 显示更多, the detail slot. */
export function renderCatalogueView(view: CatalogueViewState, handlers: CatalogueViewHandlers, l10n: Localized<CatalogueStrings>) {
  const { strings, format } = l10n;
  const { filter, catalogue } = view;
  const { matches, matching } = view.results;
  const context = cellContext(view, l10n);
  const onQuery = (query: string) => handlers.onFilter({ ...filter, query }, 'other');
  return html`${view.presentation.renderTopMarker(l10n)}${view.presentation.renderPrintDate(l10n)}
    ${view.skippable ? html`<a class="skip-link" href="#si-catalogue-end" @click=${handlers.onSkip}>${strings.skipCatalogue}</a>` : nothing}
    ${
      view.hideToolbar
        ? nothing
        : renderToolbar(
            {
              filter,
              groups: catalogue.groups,
              channels: channelsOfCached(catalogue.items),
              matchingCount: matching.length,
              totalCount: catalogue.items.length,
              preparing: matches?.preparing === true,
              exportable: view.exportable,
              dataLang: context.dataLang,
              announcement: view.announcement,
              levelsAll: view.levelsAll,
              presentation: view.presentation,
              narrow: view.narrow,
            },
            {
              onFilter: (change) => handlers.onFilter({ ...filter, ...change }, 'query' in change ? 'typing' : 'other'),
              onClear: handlers.onClear,
              onExport: handlers.onExport,
            },
            l10n,
          )
    }
    ${
      matching.length === 0
        ? nothing
        : renderSearchAids(
            {
              query: filter.query,
              popular: view.popular,
              canReorder: matches !== undefined && matches.preparing !== true && matching.length > 1,
              officialOrder: view.officialOrder,
            },
            { onQuery, onOfficialOrder: handlers.onOfficialOrder },
            l10n,
          )
    }
    ${
      matching.length === 0 && matches?.preparing !== true
        ? renderNoMatch({ query: filter.query, closest: matches?.closest ?? [], popular: view.popular }, { onQuery, onClear: handlers.onClear }, l10n)
        : renderRows(view, handlers, context, l10n)
    }
    ${view.partial ? html`<div class="draw-more" aria-hidden="true"></div>` : nothing}
    ${
      view.remaining > 0
        ? html`<div class="more">
          <button type="button" @click=${handlers.onShowMore}>${format(strings.showMore, { remaining: view.remaining })}</button>
        </div>`
        : nothing
    }
    ${view.presentation.renderBackToTop(l10n)}
    ${view.skippable ? html`<span class="catalogue-end" id="si-catalogue-end" tabindex="-1">${strings.catalogueEnd}</span>` : nothing}
    <span class="visually-hidden" role="status">${view.deepLink}</span>
    <div class="detail" part="detail"><slot name="detail"></slot></div>
  `;
}
