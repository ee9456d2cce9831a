/**
 * The content `si-catalogue render` wrote into the element's declarative shadow root, taken out
 * on upgrade and shown again while the element's own source loads, kept if it cannot be loaded
 * (good static content is never replaced by an error), and kept for good when the CLI rendered a
 * local file it could not give the page a URL for (marked `<!--si-catalogue:keep-static-->`).
 */
export interface ServerRendered {
  nodes: Node[];
  /** The CLI rendered local data the element cannot fetch: show this, not the built-in catalogue. */
  keep: boolean;
}

const KEEP_MARK = 'si-catalogue:keep-static';

/**
 * Empties the shadow root and returns what made sense to keep: a rendered table or card list
 * (not an earlier error or skeleton), without its search bar and 显示更多, which only the
 * element's own render can make work.
 */
export function takeServerRendered(root: ShadowRoot): ServerRendered | undefined {
  const hasContent = root.querySelector('table, [part~="cards"]') !== null;
  const nodes = [...root.childNodes];
  root.replaceChildren();
  if (!hasContent) return undefined;
  const keep = nodes.some((node) => node.nodeType === Node.COMMENT_NODE && (node as Comment).data === KEEP_MARK);
  for (const node of nodes) {
    if (node instanceof Element) for (const dead of node.querySelectorAll('.toolbar, .more')) dead.remove();
  }
  return { nodes: nodes.filter((node) => !(node instanceof Element && node.matches('.toolbar, .more'))), keep };
}

/**
 * Whether to show the server-rendered content instead of the element's own render: while its
 * source loads or after it failed (`loaded` false), or when marked to keep and the element has
 * no source of its own (`ownSource` false).
 */
export function showServerRendered(rendered: ServerRendered | undefined, loaded: boolean, ownSource: boolean): rendered is ServerRendered {
  return rendered !== undefined && (!loaded || (rendered.keep && !ownSource));
}
