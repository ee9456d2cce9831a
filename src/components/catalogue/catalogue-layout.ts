import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** Below this width (in em of the element's font size) `view="auto"` shows cards. */
const CARDS_BELOW_EM = 48;

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
function measureNarrow(host: HTMLElement): boolean {
  const style = getComputedStyle(host);
  const padding = (parseFloat(style.paddingInlineStart) || 0) + (parseFloat(style.paddingInlineEnd) || 0);
  return isNarrow(host.clientWidth - padding, parseFloat(style.fontSize));
}

/** What the layout controller needs of its element. */
export interface LayoutHost extends ReactiveControllerHost, HTMLElement {
  readonly view: 'auto' | 'table' | 'cards';
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Table or cards for `view="auto"`: measured once before the first render (so a phone never
 * lays out the table), then followed with a ResizeObserver on a probe as wide as the element
 * and 0 px high (the element renders `<div class="width-probe">` first), whose entry gives the width: no layout is read on any render or keystroke, and
 * switching between table and cards cannot feed back into the observer.
 */
export class CatalogueLayout implements ReactiveController {
  /** Whether the element is narrower than {@link CARDS_BELOW_EM}. */
  narrow = false;

  private measured = false;

  private probe: Element | undefined;

  private observer: ResizeObserver | undefined;

  constructor(private readonly host: LayoutHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.watch();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdate(): void {
    if (this.measured || isServer) return;
    this.measured = true;
    if (this.host.view === 'auto') this.narrow = measureNarrow(this.host);
  }

  hostUpdated(): void {
    const probe = this.host.renderRoot.querySelector('.width-probe') ?? undefined;
    if (probe === this.probe) return;
    this.observer?.disconnect();
    this.observer = undefined;
    this.probe = probe;
    if (this.host.isConnected) this.watch();
  }

  private watch(): void {
    if (this.probe === undefined || this.observer !== undefined || typeof ResizeObserver !== 'function') return;
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry === undefined) return;
      const width = entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
      const narrow = isNarrow(width, parseFloat(getComputedStyle(this.host).fontSize));
      if (narrow === this.narrow) return;
      this.narrow = narrow;
      this.host.requestUpdate();
    });
    this.observer.observe(this.probe);
  }
}
