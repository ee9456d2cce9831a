import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { CatalogueItem } from '../../data/types.js';
import { hashTarget } from '../../internal/hash.js';

/** Where an item is among those shown, or `'not-ready'` while no catalogue is shown yet. */
export type ItemPosition = { position: number; item: CatalogueItem } | 'not-ready' | undefined;

export interface HashOptions {
  /** The item with this id among those shown. */
  find: (id: string) => ItemPosition;
  /** Makes sure the item at `position` is drawn (before the render). */
  reveal: (position: number) => void;
  /** What to announce once focus is on the item. */
  describe: (item: CatalogueItem) => string;
}

/** Where the item with `id` is among `shown`. */
export function positionOf(shown: readonly CatalogueItem[], id: string): ItemPosition {
  const position = shown.findIndex((item) => item.id === id);
  return position === -1 ? undefined : { position, item: shown[position]! };
}

/** What hash navigation needs of its element. */
export interface HashHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * `#si-item-<id>` links (on load and on `hashchange`): the item's row or card is drawn (more rows
 * if needed), highlighted, scrolled to the middle of the screen, given keyboard focus and
 * announced, so keyboard and screen-reader users land where the link points, not only see it.
 * The target is resolved before a render (so the highlight is in that render, not a second one)
 * and focused after it. A hash naming no shown item changes nothing.
 */
export class CatalogueHashNavigation implements ReactiveController {
  /** The item the last `#si-item-…` link pointed to. */
  highlightedId: string | undefined;

  /** The text of the element's live region for deep links. */
  announcement = '';

  /** The hash is to be read before the next render. */
  private unread = true;

  /** The item to focus after the next render. */
  private focusId: string | undefined;

  constructor(
    private readonly host: HashHost,
    private readonly options: HashOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    window.addEventListener('hashchange', this.handleHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.handleHashChange);
  }

  hostUpdate(): void {
    if (!this.unread || isServer) return;
    const id = hashTarget(location.hash, '#si-item-');
    const found = id === undefined ? undefined : this.options.find(id);
    // Read again once a catalogue is shown (it may still be loading).
    if (found === 'not-ready') return;
    this.unread = false;
    if (found === undefined) return;
    this.highlightedId = found.item.id;
    this.focusId = found.item.id;
    this.announcement = this.options.describe(found.item);
    this.options.reveal(found.position);
  }

  hostUpdated(): void {
    const id = this.focusId;
    if (id === undefined) return;
    this.focusId = undefined;
    const target = this.host.renderRoot.querySelector<HTMLElement>(`[id="si-item-${CSS.escape(id)}"]`);
    if (target === null) return;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    // Centred, unless taller than the window (a card on a phone): then its heading at the top.
    target.scrollIntoView({ block: target.getBoundingClientRect().height > window.innerHeight ? 'start' : 'center' });
    target.focus({ preventScroll: true });
  }

  private readonly handleHashChange = (): void => {
    this.unread = true;
    this.host.requestUpdate();
  };
}
