import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { groupEntries } from '../../catalogue/presentation.js';
import type { CatalogueItem } from '../../data/types.js';
import type { Localized } from '../../utilities/localize.js';
import type { CatalogueStrings } from './catalogue.strings.js';

export interface GroupIndexView {
  /** Every item the filters let through (not only the rows drawn so far). */
  matching: readonly CatalogueItem[];
  dataLang?: string;
  /** Moves to an item: draws it if needed, scrolls it to the top, focuses it. */
  onJump: (id: string) => void;
}

/**
 * The group index above the cards: each first-level item (一级事项) with its count, one tap
 * to its first card. Left out when the items shown belong to one group.
 */
export function renderGroupIndex(view: GroupIndexView, { strings, format }: Localized<CatalogueStrings>) {
  const groups = groupEntries(view.matching);
  if (groups.length < 2) return nothing;
  return html`<nav class="group-index chips" part="group-index" aria-labelledby="si-group-index-label">
    <span class="chips-label" id="si-group-index-label">${strings.groupIndex}</span>
    <ul lang=${ifDefined(view.dataLang)}>
      ${groups.map(
        (entry) =>
          html`<li>
            <button type="button" class="chip group-jump" part="group-jump" @click=${() => view.onJump(entry.firstId)}>
              ${format(strings.groupIndexEntry, { group: entry.group, count: entry.count })}
            </button>
          </li>`,
      )}
    </ul>
  </nav>`;
}
