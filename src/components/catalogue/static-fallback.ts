/**
 * The content `si-catalogue render` wrote into the element's declarative shadow root, taken out
 * on upgrade and shown again while the element's own source loads, kept if it cannot be loaded
 * (good static content is never replaced by an error), and kept for good when the CLI rendered a
 * local file it could not give the page a URL for (marked `<!--si-catalogue:keep-static-->`).
 *
 * Its rows are kept, not redrawn, once the element shows the same state: the server render
 * stamps the state it drew on the width probe (`data-si-state`, see {@link renderStateKey}); an
 * upgraded element whose first render computes the same key puts the server's table in its own
 * template, node for node, and draws its own only when its state differs (a
 * `sync-url` filter, another width, a search). The server writes every row and the element
 * shows a page of them (100 by default): it keeps the server's first page and drops the rest.
 */
import { isServer } from 'lit';

export interface ServerRendered {
  nodes: Node[];
  /** The CLI rendered local data the element cannot fetch: show this, not the built-in catalogue. */
  keep: boolean;
  /** The table (its wrapper), with the state it shows, while it may still be kept. */
  rows?: { node: Element; state: string };
}

const KEEP_MARK = 'si-catalogue:keep-static';

/**
 * Empties the shadow root and returns what made sense to keep: a rendered table or card list
 * (not an earlier error or skeleton), without its search bar and 显示更多, which only the
 * element's own render can make work.
 */
export function takeServerRendered(root: ShadowRoot): ServerRendered | undefined {
  const hasContent = root.querySelector('table, [part~="cards"]') !== null;
  const state = root.querySelector<HTMLElement>('.width-probe')?.dataset.siState;
  const nodes = [...root.childNodes];
  root.replaceChildren();
  if (!hasContent) return undefined;
  const keep = nodes.some((node) => node.nodeType === Node.COMMENT_NODE && (node as Comment).data === KEEP_MARK);
  for (const node of nodes) {
    if (node instanceof Element) for (const dead of node.querySelectorAll('.toolbar, .more')) dead.remove();
  }
  // The table's wrapper, as catalogue-table.ts draws it. Cards are never kept: their disclosures
  // and group index need the element's own handlers (and the server draws the table).
  const rows = nodes.find((node): node is Element => node instanceof Element && node.matches('.table-wrap, .region'));
  return {
    nodes: nodes.filter((node) => !(node instanceof Element && node.matches('.toolbar, .more'))),
    keep,
    rows: rows !== undefined && state !== undefined ? { node: rows, state } : undefined,
  };
}

/**
 * Whether to show the server-rendered content instead of the element's own render: while its
 * source loads or after it failed (`loaded` false), or when marked to keep and the element has
 * no source of its own (`ownSource` false).
 */
export function showServerRendered(rendered: ServerRendered | undefined, loaded: boolean, ownSource: boolean): rendered is ServerRendered {
  return rendered !== undefined && (!loaded || (rendered.keep && !ownSource));
}

/**
 * Keeps the first `count` body rows of a server-rendered table region (as catalogue-table.ts
 * draws it: one `<tbody>` a group, its spanning `th[scope=rowgroup]` in the first row) and
 * removes the others in one range; the group cut in two keeps a `rowspan` of its kept rows.
 * False, and nothing changed, when the region has fewer rows than that.
 */
export function keepFirstRows(region: Element, count: number): boolean {
  const rows = region.querySelectorAll('tbody > tr');
  if (rows.length < count) return false;
  if (rows.length === count) return true;
  const bodies = region.querySelectorAll('tbody');
  const range = document.createRange();
  if (count === 0) range.setStartBefore(bodies[0]!);
  else range.setStartAfter(rows[count - 1]!);
  range.setEndAfter(bodies[bodies.length - 1]!);
  range.deleteContents();
  const cut = count === 0 ? undefined : (rows[count - 1]!.parentElement as HTMLTableSectionElement);
  const header = cut?.querySelector<HTMLTableCellElement>('th[scope="rowgroup"]');
  if (cut && header) header.rowSpan = cut.rows.length;
  return true;
}

/** FNV-1a of a string, as 8 hex digits: a short stamp, not a security measure. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

const contentKeys = new WeakMap<object, string>();

/** The stamp of a catalogue's content, once per catalogue object (catalogues are immutable). */
function contentKey(catalogue: object): string {
  let key = contentKeys.get(catalogue);
  if (key === undefined) {
    key = fnv1a(JSON.stringify(catalogue));
    contentKeys.set(catalogue, key);
  }
  return key;
}

/**
 * The stamp of what the rows region shows: the catalogue's content and every other input its
 * drawing reads (pass them all in `inputs`; a forgotten one would keep stale server rows).
 */
export function renderStateKey(catalogue: object, inputs: readonly unknown[]): string {
  return `${contentKey(catalogue)}-${fnv1a(JSON.stringify(inputs))}`;
}

/**
 * The element's side of the above: what the server rendered (taken on upgrade), and the stamp
 * of the state a render shows (written on the server, compared on the client).
 */
export class ServerRenderedRows {
  /** What `si-catalogue render` wrote into the shadow root: shown while loading, kept if loading fails. */
  rendered: ServerRendered | undefined;

  /** On the server: the state the rows were drawn in, for the probe's `data-si-state`. */
  stamp: string | undefined;

  /** Takes the server-rendered content out of `root` (on upgrade, before the first render). */
  take(root: ShadowRoot): void {
    this.rendered = takeServerRendered(root);
  }

  /**
   * The server's rows region to show for a render whose state `key()` gives and that draws the
   * first `rowCount` matching rows, or undefined; once a state differs they are never shown
   * again. The server writes every row (a 显示更多 cannot work without JavaScript), the element
   * a page of them: the region keeps the first `rowCount` (see {@link keepFirstRows}), so only
   * what differs goes. `key` (which leaves the row count out) is computed only when it matters.
   */
  rowsFor(rowCount: number, key: () => string): Element | undefined {
    const rows = this.rendered?.rows;
    if (isServer) this.stamp = key();
    else if (rows !== undefined && rows.state === key() && keepFirstRows(rows.node, rowCount)) return rows.node;
    else if (this.rendered !== undefined) this.rendered.rows = undefined;
    return undefined;
  }
}
