import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { CatalogueItem } from '../../data/types.js';
import { renderCellContent, type CellContext } from './catalogue-cells.js';
import { upperHeaderRow, type LeafColumn } from './columns.js';
import { lastEntry } from '../../internal/last-entry.js';

export interface TableView {
  title: string;
  leaves: readonly LeafColumn[];
  /** The rows drawn now (a large result is drawn in pages). */
  rows: readonly CatalogueItem[];
  /** All rows that match, for `aria-rowcount`. */
  matchingCount: number;
  highlightedId: string | undefined;
  /** The scrolling region's accessible name. */
  regionLabel: string;
}

const headerId = (leafOrParentId: string) => `si-h-${leafOrParentId}`;
// By seq, unique in every catalogue shown (validate.ts) and short: every data cell lists both in
// `headers`, so an id's length is paid 13 times a row (twice in `si-catalogue render` output).
const rowHeaderId = (item: CatalogueItem) => `si-rh-${item.seq}`;
const groupHeaderId = (item: CatalogueItem) => `si-gh-${item.seq}`;

/** Consecutive rows of the same 一级事项, drawn as one `<tbody>` with a spanning row header. */
function groupRuns(rows: readonly CatalogueItem[]): CatalogueItem[][] {
  const runs: CatalogueItem[][] = [];
  for (const item of rows) {
    const run = lastEntry(runs);
    if (run !== undefined && run[0].group === item.group) run.push(item);
    else runs.push([item]);
  }
  return runs;
}

/**
 * The official table. Every data cell names its headers explicitly (`headers`), because the
 * two-row header and the spanning 一级事项 cells make `scope` alone ambiguous for screen readers.
 */
export function renderTable(view: TableView, context: CellContext) {
  const { cells: upper, twoRows } = upperHeaderRow(view.leaves);
  const headerRowCount = twoRows ? 2 : 1;
  const hasGroupColumn = view.leaves.some((leaf) => leaf.kind === 'group');
  const runs = hasGroupColumn ? groupRuns(view.rows) : [[...view.rows]];
  const columnHeaders = new Map<string, string>();
  for (const cell of upper) {
    for (const leaf of cell.leaves) {
      columnHeaders.set(leaf.id, cell.rowspan === 2 || !twoRows ? headerId(leaf.id) : `${headerId(cell.id)} ${headerId(leaf.id)}`);
    }
  }
  let rowIndex = headerRowCount;

  const renderRow = (item: CatalogueItem, run: CatalogueItem[], positionInRun: number) => {
    rowIndex += 1;
    const rowHeaders = [hasGroupColumn ? groupHeaderId(run[0]) : '', rowHeaderId(item)].filter(Boolean).join(' ');
    return html`<tr
      id="si-item-${item.id}"
      data-seq=${item.seq}
      part="row"
      aria-rowindex=${rowIndex}
      class=${item.id === view.highlightedId ? 'highlighted' : ''}
    >
      ${view.leaves.map((leaf) => {
        if (leaf.kind === 'group') {
          return positionInRun === 0
            ? html`<th
                scope="rowgroup"
                rowspan=${run.length}
                id=${groupHeaderId(run[0])}
                class="cell-group"
                part="cell group-cell"
                headers=${columnHeaders.get(leaf.id) ?? ''}
              >
                ${renderCellContent(item, leaf, context)}
              </th>`
            : null;
        }
        if (leaf.kind === 'name') {
          return html`<th scope="row" id=${rowHeaderId(item)} class="cell-name" part="cell" headers=${columnHeaders.get(leaf.id) ?? ''}>
            ${renderCellContent(item, leaf, context)}
          </th>`;
        }
        const headers = [columnHeaders.get(leaf.id), rowHeaders].filter(Boolean).join(' ');
        // The item actions (办事信息) follow its 公开内容, whose first element is the 服务指南.
        const actions = leaf.kind === 'list' ? context.renderActions?.(item) : null;
        return html`<td class="cell-${leaf.kind}" part="cell" headers=${headers}>${renderCellContent(item, leaf, context)}${actions}</td>`;
      })}
    </tr>`;
  };

  const hasSeq = view.leaves.some((leaf) => leaf.kind === 'seq');
  // The wrap is the size container that decides whether the region scrolls (see the table styles).
  return html`<div class="table-wrap"><div class="region" part="region" role="region" aria-label=${view.regionLabel} tabindex="0">
  <table part="table" class=${hasSeq ? 'with-seq' : ''} aria-rowcount=${view.matchingCount + headerRowCount}>
    ${
      context.dataLang === undefined
        ? html`<caption part="caption">${view.title}</caption>`
        : html`<caption part="caption" lang=${context.dataLang}>${view.title}</caption>`
    }
    <colgroup>${view.leaves.map((leaf) => html`<col class="col-${leaf.kind}" />`)}</colgroup>
    <thead>
      <tr aria-rowindex="1">
        ${upper.map(
          (cell) =>
            html`<th
              id=${headerId(cell.id)}
              scope=${cell.colspan > 1 ? 'colgroup' : 'col'}
              colspan=${cell.colspan}
              rowspan=${cell.rowspan}
              class=${cell.rowspan === 2 || !twoRows ? `head-${cell.leaves[0]?.kind ?? ''}` : 'head-parent'}
            >
              ${cell.label}
            </th>`,
        )}
      </tr>
      ${
        twoRows
          ? html`<tr aria-rowindex="2">
            ${upper
              .filter((cell) => cell.rowspan === 1)
              .flatMap((cell) => cell.leaves.map((leaf) => html`<th id=${headerId(leaf.id)} scope="col" class="head-${leaf.kind}">${leaf.label}</th>`))}
          </tr>`
          : null
      }
    </thead>
    ${repeat(
      runs,
      (run) => run[0]!.id,
      (run) => {
        // Keyed by item id: a search that narrows the rows removes the others and keeps these,
        // instead of rewriting every row in place with another item's content.
        const rows = repeat(
          run,
          (item) => item.id,
          (item, position) => renderRow(item, run, position),
        );
        return context.dataLang === undefined ? html`<tbody>${rows}</tbody>` : html`<tbody lang=${context.dataLang}>${rows}</tbody>`;
      },
    )}
  </table></div></div>`;
}
