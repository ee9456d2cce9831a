import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { CatalogueItem } from '../../data/types.js';
import { renderCellContent, tickValue, type CellContext } from './catalogue-cells.js';
import type { LeafColumn } from './columns.js';
import { lastEntry } from '../../utilities/last-entry.js';

export interface CardsView {
  title: string;
  leaves: readonly LeafColumn[];
  rows: readonly CatalogueItem[];
  headingLevel: number;
  highlightedId: string | undefined;
}

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
 * The stacked view for narrow containers: one card per item, each value beside its header
 * label, in the same column order as the table.
 */
export function renderCards(view: CardsView, context: CellContext) {
  const fields = cardFields(view.leaves);
  const showGroup = view.leaves.some((leaf) => leaf.kind === 'group');
  const showSeq = view.leaves.some((leaf) => leaf.kind === 'seq');
  return html`<div class="cards-host">
    <p class="cards-title" aria-hidden="true" lang=${ifDefined(context.dataLang)}>${view.title}</p>
    <ul class="cards" part="cards" aria-label=${view.title}>
      ${repeat(
        view.rows,
        (item) => item.id,
        (item) => html`<li
          class="card ${item.id === view.highlightedId ? 'highlighted' : ''}"
          id="si-item-${item.id}"
          data-seq=${item.seq}
          part="card"
        >
          <div class="card-heading" role="heading" aria-level=${view.headingLevel} lang=${ifDefined(context.dataLang)}>
            ${showGroup ? html`<span class="card-group">${context.highlight(item, 'group', 0, item.group)}</span>` : null}
            ${showSeq ? html`${item.seq}. ` : null}${context.renderName(item)}
          </div>
          ${context.renderActions?.(item)}
          <dl>
            ${fields.map(
              (field) =>
                html`<dt>${field.label}</dt><dd lang=${ifDefined('leaf' in field ? context.dataLang : undefined)}>${renderField(item, field, context)}</dd>`,
            )}
          </dl>
        </li>`,
      )}
    </ul>
  </div>`;
}
