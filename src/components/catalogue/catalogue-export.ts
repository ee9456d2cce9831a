import { downloadCsv, toCsv } from '../../catalogue/csv.js';
import type { CatalogueItem } from '../../data/types.js';
import { cellText } from './catalogue-cells.js';
import type { LeafColumn } from './columns.js';

/** The CSV header: a leaf under a parent is named "parent/leaf" (公开对象/全社会). */
function csvHeader(leaves: readonly LeafColumn[]): string[] {
  return leaves.map((leaf) => (leaf.parent !== undefined && leaf.kind === 'tick' ? `${leaf.parent}/${leaf.label}` : leaf.label));
}

/** The rows shown, in the columns shown, as a CSV download named after the catalogue. */
export function exportCatalogueCsv(title: string, leaves: readonly LeafColumn[], items: readonly CatalogueItem[]): void {
  const csv = toCsv(
    csvHeader(leaves),
    items.map((item) => leaves.map((leaf) => cellText(item, leaf))),
  );
  downloadCsv(csv, `${title.replace(/[\\/:*?"<>|]/g, '_')}.csv`);
}
