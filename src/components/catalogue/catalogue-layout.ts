/** Below this width (in em of the element's font size) `view="auto"` shows cards. */
export const CARDS_BELOW_EM = 48;

/** Whether a content box `width` px wide, at `fontSize` px, is too narrow for the table. */
export function isNarrow(width: number, fontSize: number): boolean {
  return width < CARDS_BELOW_EM * (fontSize || 16);
}

/**
 * Whether `host` (a block box, so its width comes from its container, not from its content)
 * is narrow, measured before its first render of rows: the layout this forces is the page's
 * without the table, which the first paint reuses, instead of a full table laid out only for
 * cards to replace it on a phone. Later changes come from a ResizeObserver.
 */
export function measureNarrow(host: HTMLElement): boolean {
  const style = getComputedStyle(host);
  const padding = (parseFloat(style.paddingInlineStart) || 0) + (parseFloat(style.paddingInlineEnd) || 0);
  return isNarrow(host.clientWidth - padding, parseFloat(style.fontSize));
}
