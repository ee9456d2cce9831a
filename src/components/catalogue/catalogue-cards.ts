import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { CatalogueItem } from '../../data/types.js';
import { lastEntry } from '../../internal/last-entry.js';
import { renderHeading } from '../../internal/heading-level.js';
import { channelIconId, channelKind } from '../../internal/channel-kinds.js';
import { renderCellContent, tickValue, type CellContext } from './catalogue-cells.js';
import { renderGroupIndex } from './catalogue-group-index.js';
import type { CataloguePresentation } from './catalogue-presentation.js';
import type { LeafColumn } from './columns.js';

export interface CardsView {
  title: string;
  leaves: readonly LeafColumn[];
  rows: readonly CatalogueItem[];
  headingLevel: number;
  highlightedId: string | undefined;
  /** Every matching item, for the group index (default: the rows). */
  matching?: readonly CatalogueItem[];
  /** A search is on: results come best first, and the group index is left out. */
  searching?: boolean;
  /** Open cards, jumps; without it every card shows its details (server rendering). */
  presentation?: CataloguePresentation;
  /** Draws an item that is not drawn yet (the group index may jump past the rows drawn). */
  onJump?: (id: string) => void;
}

/**
 * `hidden="until-found"` through the `hidden` property (typed boolean in the DOM typings): where
 * it is supported the reflected attribute says until-found, elsewhere the details are plainly hidden.
 */
const UNTIL_FOUND = 'until-found' as unknown as boolean;

/** A term and its value in a card: one column, or the ticks under one parent header. */
type CardField = { label: string; leaf: LeafColumn } | { label: string; ticks: LeafColumn[] };

/** Tick pairs read better as words in a card (公开对象：全社会) than as two check marks. */
function cardFields(leaves: readonly LeafColumn[]): CardField[] {
  const fields: CardField[] = [];
  for (const leaf of leaves) {
    if (leaf.kind === 'name' || leaf.kind === 'group' || leaf.kind === 'seq') continue;
    const previous = lastEntry(fields);
    if (leaf.kind !== 'tick') fields.push({ label: leaf.label, leaf });
    else if (previous !== undefined && 'ticks' in previous && previous.label === leaf.parent) previous.ticks.push(leaf);
    else fields.push({ label: leaf.parent ?? leaf.label, ticks: [leaf] });
  }
  return fields;
}

function renderField(item: CatalogueItem, field: CardField, context: CellContext): unknown {
  if ('leaf' in field) return renderCellContent(item, field.leaf, context);
  const ticked = field.ticks.filter((tick) => tickValue(item, tick)).map((tick) => tick.label);
  // Not 、: a label itself may contain it (乡、村级).
  return ticked.length > 0 ? ticked.join(' / ') : '—';
}

/**
 * The one line under a compact card's name: its channels as icons (named for screen readers
 * and in a tooltip), its level when it is published at one level only, and the disclosure.
 */
function renderSummary(item: CatalogueItem, view: CardsView, context: CellContext, expanded: boolean, hasDetails: boolean) {
  const { strings } = context.l10n;
  const showChannels = view.leaves.some((leaf) => leaf.kind === 'channels') && item.channels.length > 0;
  const showLevel = view.leaves.some((leaf) => leaf.tick?.field === 'levels') && item.levels.county !== item.levels.township;
  const level = item.levels.county ? strings.columns.levelCounty : strings.columns.levelTownship;
  return html`<div class="card-summary">
    ${
      showChannels
        ? html`<ul class="card-channels" aria-label=${strings.columns.channels} lang=${ifDefined(context.dataLang)}>
          ${[...new Set(item.channels)].map(
            (channel) =>
              html`<li title=${channel}>
                <svg class="icon" aria-hidden="true" focusable="false" width="1em" height="1em"><use href="#${channelIconId(channelKind(channel))}"></use></svg
                ><span class="visually-hidden">${channel}</span>
              </li>`,
          )}
        </ul>`
        : nothing
    }
    ${showLevel ? html`<span class="card-level">${level}</span>` : nothing}
    ${
      hasDetails && view.presentation !== undefined
        ? html`<button
          type="button"
          class="card-toggle"
          part="card-toggle"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="si-detail-${item.id}"
          aria-describedby="si-heading-${item.id}"
          @click=${() => view.presentation!.toggleCard(item.id)}
        >
          ${strings.cardDetails}
          <svg class="line-icon" aria-hidden="true" focusable="false" width="1em" height="1em" viewBox="0 0 24 24"><path d="M6 9l6 6 6-6" /></svg>
        </button>`
        : nothing
    }
  </div>`;
}

/**
 * The list for narrow containers: one compact card per item (序号, 二级事项, 一级事项 and one
 * line of channel icons), whose details (every other column, each value beside its header
 * label, in the table's column order) open in place with a disclosure button; several may be
 * open. Collapsed details stay in the document as `hidden="until-found"`, so the browser's
 * find-in-page still finds them and opens the card. Above the cards, a group index.
 */
export function renderCards(view: CardsView, context: CellContext) {
  const fields = cardFields(view.leaves);
  const showGroup = view.leaves.some((leaf) => leaf.kind === 'group');
  const showSeq = view.leaves.some((leaf) => leaf.kind === 'seq');
  const presentation = view.presentation;
  const jump = (id: string) => {
    view.onJump?.(id);
    void presentation?.jumpTo(id);
  };
  return html`<div class="cards-host">
    <p class="cards-title" aria-hidden="true" lang=${ifDefined(context.dataLang)}>${view.title}</p>
    ${
      showGroup && presentation !== undefined && !view.searching
        ? renderGroupIndex({ matching: view.matching ?? view.rows, dataLang: context.dataLang, onJump: jump }, context.l10n)
        : nothing
    }
    <ul class="cards" part="cards" aria-label=${view.title}>
      ${repeat(
        view.rows,
        (item) => item.id,
        (item) => {
          const expanded = presentation === undefined || presentation.isExpanded(item.id, view.highlightedId);
          return html`<li
            class="card ${item.id === view.highlightedId ? 'highlighted' : ''}"
            id="si-item-${item.id}"
            data-seq=${item.seq}
            part="card"
            tabindex="-1"
          >
            ${renderHeading(
              view.headingLevel,
              html`${showGroup ? html`<span class="card-group">${context.highlight(item, 'group', 0, item.group)}</span>` : null}
              ${showSeq ? html`<span class="card-seq">${item.seq}.</span> ` : null}${context.renderName(item)}`,
              { id: `si-heading-${item.id}`, className: 'card-heading', lang: context.dataLang },
            )}
            ${renderSummary(item, view, context, expanded, fields.length > 0)}
            ${
              fields.length === 0
                ? nothing
                : html`<dl
                  id="si-detail-${item.id}"
                  class="card-details"
                  .hidden=${expanded ? false : UNTIL_FOUND}
                  @beforematch=${() => presentation?.toggleCard(item.id, true)}
                >
                  ${fields.map(
                    (field) =>
                      html`<dt>${field.label}</dt><dd lang=${ifDefined('leaf' in field ? context.dataLang : undefined)}>${renderField(item, field, context)}</dd>`,
                  )}
                </dl>`
            }
            ${expanded ? context.renderActions?.(item) : nothing}
          </li>`;
        },
      )}
    </ul>
  </div>`;
}
