import { parseList } from '../../internal/list-attribute.js';
import { lastEntry } from '../../internal/last-entry.js';
import { catalogueStrings, type CatalogueStrings } from './catalogue.strings.js';

/** The columns of the official table, as an editor names them in `columns`. */
export const COLUMN_KEYS = ['seq', 'group', 'name', 'content', 'basis', 'deadline', 'subject', 'channels', 'audience', 'method', 'levels'] as const;

export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** How a leaf column's cell is drawn. */
type CellKind = 'seq' | 'group' | 'name' | 'list' | 'basis' | 'deadline' | 'text' | 'channels' | 'tick';

/** One column of cells. Tick columns come in pairs under a parent header (公开对象 → 全社会, 特定群众). */
export interface LeafColumn {
  /** Unique within the table; used in ids and the `headers` attribute. */
  id: string;
  column: ColumnKey;
  kind: CellKind;
  label: string;
  /** The two-row header's upper cell this column sits under, if any. */
  parent?: string;
  /** For ticks: which boolean of the item this column shows. */
  tick?: { field: 'audience' | 'method' | 'levels'; key: string };
}

function leavesOf(column: ColumnKey, strings: CatalogueStrings): LeafColumn[] {
  const c = strings.columns;
  const tick = (field: 'audience' | 'method' | 'levels', key: string, label: string, parent: string): LeafColumn => ({
    id: `${field}-${key}`,
    column,
    kind: 'tick',
    label,
    parent,
    tick: { field, key },
  });
  switch (column) {
    case 'seq':
      return [{ id: 'seq', column, kind: 'seq', label: c.seq }];
    case 'group':
      return [{ id: 'group', column, kind: 'group', label: c.group, parent: c.matter }];
    case 'name':
      return [{ id: 'name', column, kind: 'name', label: c.name, parent: c.matter }];
    case 'content':
      return [{ id: 'content', column, kind: 'list', label: c.content }];
    case 'basis':
      return [{ id: 'basis', column, kind: 'basis', label: c.basis }];
    case 'deadline':
      return [{ id: 'deadline', column, kind: 'deadline', label: c.deadline }];
    case 'subject':
      return [{ id: 'subject', column, kind: 'text', label: c.subject }];
    case 'channels':
      return [{ id: 'channels', column, kind: 'channels', label: c.channels }];
    case 'audience':
      return [tick('audience', 'public', c.audiencePublic, c.audience), tick('audience', 'specific', c.audienceSpecific, c.audience)];
    case 'method':
      return [tick('method', 'proactive', c.methodProactive, c.method), tick('method', 'onRequest', c.methodOnRequest, c.method)];
    case 'levels':
      return [tick('levels', 'county', c.levelCounty, c.levels), tick('levels', 'township', c.levelTownship, c.levels)];
  }
}

/** Names an editor may use for a column: its key or its printed (zh-CN) header, whatever the UI language. */
const COLUMN_ALIASES: ReadonlyMap<string, ColumnKey> = new Map(
  COLUMN_KEYS.flatMap((key) => {
    const c = catalogueStrings.columns;
    const printed: Record<ColumnKey, string[]> = {
      seq: [c.seq],
      group: [c.group],
      name: [c.name, c.matter],
      content: [c.content, '公开内容'],
      basis: [c.basis],
      deadline: [c.deadline],
      subject: [c.subject],
      channels: [c.channels],
      audience: [c.audience],
      method: [c.method],
      levels: [c.levels],
    };
    return [key, ...printed[key]].map((name) => [name.toLowerCase(), key] as const);
  }),
);

export interface ColumnSelection {
  columns: ColumnKey[];
  /** Names in the attribute that are not columns, for a visible message. */
  unknown: string[];
}

/**
 * Reads the `columns` attribute ("seq,name,content" or "序号、二级事项、公开内容"); an empty or
 * absent value means every column in the official order.
 */
export function parseColumns(value: string | null | undefined): ColumnSelection {
  const names = parseList(value);
  if (names.length === 0) return { columns: [...COLUMN_KEYS], unknown: [] };
  const columns: ColumnKey[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const key = COLUMN_ALIASES.get(name.toLowerCase());
    if (key === undefined) unknown.push(name);
    else if (!columns.includes(key)) columns.push(key);
  }
  return { columns: columns.length > 0 ? columns : [...COLUMN_KEYS], unknown };
}

/** The leaf columns of a selection, left to right, headed in the given strings (zh-CN by default). */
export function leafColumns(columns: readonly ColumnKey[], strings: CatalogueStrings = catalogueStrings): LeafColumn[] {
  return columns.flatMap((column) => leavesOf(column, strings));
}

/** One cell of the upper header row: a parent over its leaves, or a leaf spanning both rows. */
export interface HeaderCell {
  id: string;
  label: string;
  colspan: number;
  rowspan: number;
  leaves: LeafColumn[];
}

/**
 * The upper header row. Adjacent leaves under the same parent merge into one cell; a leaf
 * without a parent spans both rows. When no leaf has a parent the header is a single row.
 */
export function upperHeaderRow(leaves: readonly LeafColumn[]): { cells: HeaderCell[]; twoRows: boolean } {
  const twoRows = leaves.some((leaf) => leaf.parent !== undefined);
  const cells: HeaderCell[] = [];
  for (const leaf of leaves) {
    const previous = lastEntry(cells);
    if (leaf.parent !== undefined && previous !== undefined && previous.label === leaf.parent && previous.rowspan === 1) {
      previous.colspan += 1;
      previous.leaves.push(leaf);
    } else if (leaf.parent !== undefined) {
      // By column, not by its first leaf (`parent-audience`, not `parent-audience-public`): short, as every cell under it lists it in `headers`.
      cells.push({ id: `parent-${leaf.column}`, label: leaf.parent, colspan: 1, rowspan: 1, leaves: [leaf] });
    } else {
      cells.push({ id: leaf.id, label: leaf.label, colspan: 1, rowspan: twoRows ? 2 : 1, leaves: [leaf] });
    }
  }
  return { cells, twoRows };
}
