import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { CatalogueFilter } from '../../catalogue/filter.js';
import type { Localized } from '../../utilities/localize.js';
import type { CatalogueStrings } from './catalogue.strings.js';

export interface ToolbarView {
  filter: CatalogueFilter;
  groups: readonly string[];
  channels: readonly string[];
  matchingCount: number;
  totalCount: number;
  exportable: boolean;
  /** `lang` of the data in the group and channel filters when the interface is in another language. */
  dataLang?: string;
  /** The count as announced: it follows the visible count once typing pauses (see SearchAnnouncer). */
  announcement: string;
}

export interface ToolbarHandlers {
  onFilter: (change: Partial<CatalogueFilter>) => void;
  onClear: () => void;
  onExport: () => void;
}

const select = (name: keyof CatalogueFilter, label: string, all: string, value: string, options: readonly { value: string; label: string; lang?: string }[], onFilter: ToolbarHandlers['onFilter']) =>
  html`<div class="field">
    <label for="si-filter-${name}">${label}</label>
    <select
      id="si-filter-${name}"
      part="filter"
      .value=${live(value)}
      @change=${(event: Event) => onFilter({ [name]: (event.target as HTMLSelectElement).value })}
    >
      <option value="">${all}</option>
      ${options.map((option) => html`<option value=${option.value} ?selected=${option.value === value} lang=${ifDefined(option.lang)}>${option.label}</option>`)}
    </select>
  </div>`;

/**
 * While an IME composes (拼音 being turned into 汉字) the box holds unfinished letters: they are
 * neither searched nor written to the URL; the finished text is, on compositionend.
 */
const onSearchInput = (handlers: ToolbarHandlers) => (event: Event) => {
  if ((event as InputEvent).isComposing) return;
  handlers.onFilter({ query: (event.target as HTMLInputElement).value });
};

/** The count as shown: all items, or how many of them the filters let through. */
export function countText(view: Pick<ToolbarView, 'matchingCount' | 'totalCount'>, filtered: boolean, { strings, format }: Pick<Localized<CatalogueStrings>, 'strings' | 'format'>): string {
  return filtered
    ? format(strings.resultCountOf, { count: view.matchingCount, total: view.totalCount })
    : format(strings.resultCount, { count: view.totalCount });
}

/** The search box with its help, the filters, the result count (announced once typing pauses), and clear/export. */
export function renderToolbar(view: ToolbarView, handlers: ToolbarHandlers, { strings, format }: Localized<CatalogueStrings>) {
  const { filter } = view;
  const filtered = filter.query !== '' || filter.group !== '' || filter.level !== '' || filter.channel !== '';
  return html`<div class="toolbar" part="toolbar" role="search" aria-label=${strings.toolbar}>
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
        @input=${onSearchInput(handlers)}
        @compositionend=${(event: CompositionEvent) => handlers.onFilter({ query: (event.target as HTMLInputElement).value })}
      />
      <p id="si-search-help" class="search-help" part="search-help">${strings.searchHelp}</p>
    </div>
    ${select('group', strings.groupFilter, strings.groupAll, filter.group, view.groups.map((group) => ({ value: group, label: group, lang: view.dataLang })), handlers.onFilter)}
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
    )}
    ${select('channel', strings.channelFilter, strings.channelAll, filter.channel, view.channels.map((channel) => ({ value: channel, label: channel, lang: view.dataLang })), handlers.onFilter)}
    <div class="toolbar-end">
      <span class="count" part="count">${countText(view, filtered, { strings, format })}</span>
      <span class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${view.announcement}</span>
      <button type="button" part="clear-button" ?disabled=${!filtered} @click=${handlers.onClear}>${strings.clear}</button>
      ${view.exportable
        ? // Secondary: last in the toolbar, styled like 清除筛选, in words rather than a file format alone.
          html`<button type="button" part="export-button" class="secondary" @click=${handlers.onExport}>${strings.exportCsv}</button>`
        : null}
    </div>
  </div>`;
}
