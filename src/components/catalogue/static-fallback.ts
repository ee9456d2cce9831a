/**
 * The content `si-catalogue render` wrote into the element's declarative shadow root, taken out
 * on upgrade so it can be shown again while the element's `src` loads and kept if it never does.
 * Only a rendered table or card list counts (not an earlier error); the search bar and 显示更多
 * of the static copy are dropped, since only the element's own ones work.
 */
export function takeServerRendered(root: ShadowRoot): Node[] | undefined {
  const hasContent = root.querySelector('table, [part~="cards"]') !== null;
  const nodes = [...root.childNodes];
  root.replaceChildren();
  if (!hasContent) return undefined;
  for (const node of nodes) {
    if (node instanceof Element) for (const dead of node.querySelectorAll('.toolbar, .more')) dead.remove();
  }
  return nodes.filter((node) => !(node instanceof Element && node.matches('.toolbar, .more')));
}
