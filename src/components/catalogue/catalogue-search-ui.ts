import { html, nothing } from 'lit';
import type { CatalogueItem } from '../../data/types.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dataLangFor, type Localized } from '../../utilities/localize.js';
import type { CatalogueStrings } from './catalogue.strings.js';

export interface SearchAidsView {
  query: string;
  /** 常用查询; none shown when empty. */
  popular: readonly string[];
  /** A search is on and found more than one item: the order can be switched. */
  canReorder: boolean;
  officialOrder: boolean;
}

export interface SearchAidsHandlers {
  onQuery: (query: string) => void;
  onOfficialOrder: (official: boolean) => void;
}

/** The chips of popular searches; the current one is pressed. */
function renderChips(popular: readonly string[], query: string, onQuery: (query: string) => void, label: string, part: string, lang?: string) {
  return html`<div class="chips" part=${part}>
    <span class="chips-label" id="si-${part}-label">${label}</span>
    <ul aria-labelledby="si-${part}-label" lang=${ifDefined(lang)}>
      ${popular.map(
        (text) =>
          html`<li>
            <button type="button" class="chip" part="chip" aria-pressed=${text === query ? 'true' : 'false'} @click=${() => onQuery(text)}>${text}</button>
          </li>`,
      )}
    </ul>
  </div>`;
}

/**
 * Above the results: 常用查询 chips, and while searching, the switch from best-first back to
 * the catalogue's own order (按目录顺序).
 */
export function renderSearchAids(view: SearchAidsView, handlers: SearchAidsHandlers, { strings, formatLocale }: Localized<CatalogueStrings>) {
  if (view.popular.length === 0 && !view.canReorder) return nothing;
  return html`<div class="search-aids">
    ${view.popular.length > 0 ? renderChips(view.popular, view.query, handlers.onQuery, strings.popularLabel, 'popular', dataLangFor(formatLocale)) : nothing}
    ${
      view.canReorder
        ? html`<div class="order" part="order">
          <span class="order-note">${view.officialOrder ? nothing : strings.rankedNote}</span>
          <button
            type="button"
            class="chip order-switch"
            part="order-switch"
            aria-pressed=${view.officialOrder ? 'true' : 'false'}
            @click=${() => handlers.onOfficialOrder(!view.officialOrder)}
          >
            ${strings.officialOrder}
          </button>
        </div>`
        : nothing
    }
  </div>`;
}

export interface NoMatchView {
  query: string;
  /** Items closest to the query, offered instead. */
  closest: readonly CatalogueItem[];
  popular: readonly string[];
}

/**
 * Nothing matched: says so plainly and offers what to do next: the closest items (each searches
 * for its name), the popular searches, and clearing the filters. The `empty` slot replaces the
 * sentence only.
 */
export function renderNoMatch(
  view: NoMatchView,
  handlers: { onQuery: (query: string) => void; onClear: () => void },
  { strings, format, formatLocale }: Localized<CatalogueStrings>,
) {
  // Searches and item names are in the data's language (WCAG 3.1.2).
  const dataLang = dataLangFor(formatLocale);
  const searched = view.query.trim() !== '';
  return html`<div class="message no-match" part="message">
    <p><slot name="empty">${searched ? format(strings.emptyQuery, { query: view.query.trim() }) : strings.empty}</slot></p>
    ${
      view.closest.length > 0
        ? html`<p id="si-closest-label">${strings.emptyClosest}</p>
          <ul class="closest" part="closest" aria-labelledby="si-closest-label" lang=${ifDefined(dataLang)}>
            ${view.closest.map(
              (item) => html`<li><button type="button" class="link-button" @click=${() => handlers.onQuery(item.name)}>${item.name}</button></li>`,
            )}
          </ul>`
        : nothing
    }
    ${searched && view.popular.length > 0 ? renderChips(view.popular, view.query, handlers.onQuery, strings.emptyPopular, 'empty-popular', dataLang) : nothing}
    <button type="button" @click=${handlers.onClear}>${strings.emptyAction}</button>
  </div>`;
}
