import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { CatalogueFilter } from '../../catalogue/filter.js';
import type { Localized } from '../../utilities/localize.js';
import type { CataloguePresentation } from './catalogue-presentation.js';
import type { CatalogueStrings } from './catalogue.strings.js';

export interface ToolbarView {
  filter: CatalogueFilter;
  groups: readonly string[];
  channels: readonly string[];
  matchingCount: number;
  totalCount: number;
  /** A query waits for the search code (it loads after the first render): the count says so. */
  preparing?: boolean;
  exportable: boolean;
  /** `lang` of the data in the group and channel filters when the interface is in another language. */
  dataLang?: string;
  /** The count as announced: it follows the visible count once typing pauses (see SearchAnnouncer). */
  announcement: string;
  /** Every item is published at both levels: the level filter says so (it cannot narrow anything). */
  levelsAll?: boolean;
  /** The filter drawer, the page's level scope and the after-search scroll. */
  presentation?: CataloguePresentation;
  /** The element is narrow (cards width): the filters fold behind one 筛选 button. */
  narrow?: boolean;
}

export interface ToolbarHandlers {
  onFilter: (change: Partial<CatalogueFilter>) => void;
  onClear: () => void;
  onExport: () => void;
}

const select = (
  name: keyof CatalogueFilter,
  label: string,
  all: string,
  value: string,
  options: readonly { value: string; label: string; lang?: string }[],
  onFilter: ToolbarHandlers['onFilter'],
  note?: string,
) =>
  html`<div class="field">
    <label for="si-filter-${name}">${label}</label>
    <select
      id="si-filter-${name}"
      part="filter"
      aria-describedby=${ifDefined(note === undefined ? undefined : `si-filter-${name}-note`)}
      .value=${live(value)}
      @change=${(event: Event) => onFilter({ [name]: (event.target as HTMLSelectElement).value })}
    >
      <option value="">${all}</option>
      ${options.map((option) => html`<option value=${option.value} ?selected=${option.value === value} lang=${ifDefined(option.lang)}>${option.label}</option>`)}
    </select>
    ${note === undefined ? null : html`<p class="field-note" id="si-filter-${name}-note" part="filter-note">${note}</p>`}
  </div>`;

/**
 * While an IME composes (拼音 being turned into 汉字) the box holds unfinished letters: they are
 * neither searched nor written to the URL; the finished text is, on compositionend.
 */
const onSearchInput = (handlers: ToolbarHandlers, presentation: CataloguePresentation | undefined) => (event: Event) => {
  if ((event as InputEvent).isComposing) return;
  handlers.onFilter({ query: (event.target as HTMLInputElement).value });
  presentation?.searched();
};

/** The count as shown: all items, or how many of them the filters let through. */
export function countText(
  view: Pick<ToolbarView, 'matchingCount' | 'totalCount' | 'preparing'>,
  filtered: boolean,
  { strings, format }: Pick<Localized<CatalogueStrings>, 'strings' | 'format'>,
): string {
  if (view.preparing) return strings.searchPreparing;
  return filtered
    ? format(strings.resultCountOf, { count: view.matchingCount, total: view.totalCount })
    : format(strings.resultCount, { count: view.totalCount });
}

/**
 * The search box first and full width, with its help; then the result count and, on narrow
 * widths, one 筛选 button (with how many filters are on) that opens the filters, 清除筛选 and
 * the secondary 导出表格（CSV）. On wide widths the filters are always shown and there is no
 * button.
 */
export function renderToolbar(view: ToolbarView, handlers: ToolbarHandlers, { strings, format }: Localized<CatalogueStrings>) {
  const { filter, presentation } = view;
  const filtered = filter.query !== '' || filter.group !== '' || filter.level !== '' || filter.channel !== '';
  const scopeLevel = presentation?.scopeLevel ?? '';
  // 清除筛选 keeps the page's own level (level="township" on a township page): nothing to clear then.
  const clearable = filter.query !== '' || filter.group !== '' || filter.level !== scopeLevel || filter.channel !== '';
  const active = [filter.group, filter.level, filter.channel].filter((value) => value !== '').length;
  const drawer = presentation !== undefined && view.narrow === true;
  const open = drawer && presentation.filtersOpen;
  return html`<div class="toolbar" part="toolbar" role="search" aria-label=${strings.toolbar} ?data-narrow=${drawer}>
    <div class="field search">
      <label for="si-filter-query">${strings.searchLabel}</label>
      <input
        id="si-filter-query"
        part="search"
        type="search"
        autocomplete="off"
        .enterKeyHint=${'search'}
        placeholder=${strings.searchPlaceholder}
        aria-describedby="si-search-help"
        .value=${live(filter.query)}
        @input=${onSearchInput(handlers, presentation)}
        @compositionend=${(event: CompositionEvent) => {
          handlers.onFilter({ query: (event.target as HTMLInputElement).value });
          presentation?.searched();
        }}
      />
      <p id="si-search-help" class="search-help" part="search-help">${strings.searchHelp}</p>
    </div>
    <div class="toolbar-summary">
      ${
        !drawer
          ? null
          : html`<button
            type="button"
            class="filters-toggle"
            part="filters-toggle"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="si-filters"
            @click=${() => presentation!.toggleFilters()}
          >
            <svg class="line-icon" aria-hidden="true" focusable="false" width="1em" height="1em" viewBox="0 0 24 24"><path d="M4 6h16M7 12h10M10 18h4" /></svg>
            ${strings.filtersToggle}${active > 0 ? format(strings.filtersActive, { count: active }) : ''}
          </button>`
      }
      <span class="count" part="count">${countText(view, filtered, { strings, format })}</span>
      <span class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${view.announcement}</span>
    </div>
    <div class="filters" id="si-filters" part="filters" ?data-open=${open}>
      ${select(
        'group',
        strings.groupFilter,
        strings.groupAll,
        filter.group,
        view.groups.map((group) => ({ value: group, label: group, lang: view.dataLang })),
        handlers.onFilter,
      )}
      ${select(
        'level',
        strings.levelFilter,
        strings.levelAll,
        filter.level,
        [
          { value: 'county', label: strings.columns.levelCounty },
          { value: 'township', label: strings.columns.levelTownship },
        ],
        handlers.onFilter,
        view.levelsAll === true ? strings.levelsAll : undefined,
      )}
      ${select(
        'channel',
        strings.channelFilter,
        strings.channelAll,
        filter.channel,
        view.channels.map((channel) => ({ value: channel, label: channel, lang: view.dataLang })),
        handlers.onFilter,
      )}
      <div class="toolbar-end">
        <button type="button" part="clear-button" ?disabled=${!clearable} @click=${handlers.onClear}>${strings.clear}</button>
        ${
          view.exportable
            ? // Secondary: last in the toolbar (inside the drawer on a phone), styled like 清除筛选, in words rather than a file format alone.
              html`<button type="button" part="export-button" class="secondary" @click=${handlers.onExport}>${strings.exportCsv}</button>`
            : null
        }
      </div>
    </div>
  </div>`;
}
