import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { FilterCause } from './catalogue-filters.js';

/** What paging needs of its element. */
export interface PagingHost extends ReactiveControllerHost {
  /** Rows per page (`page-size`). */
  readonly pageSize: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** How long typing must pause before the rest of the page is drawn. */
export const DRAW_REST_AFTER_MS = 500;

/**
 * Rows drawn at once after a keystroke when none are drawn to measure: about one screen of rows
 * (a row is rarely shorter than 5em), never fewer than 8. Reads the window's height, which is
 * no layout read.
 */
export function firstScreenRows(viewportHeight: number): number {
  return Math.max(8, Math.ceil(viewportHeight / 80));
}

/**
 * How far below the window the rows drawn after a keystroke reach, as a share of its height;
 * the `.draw-more` marker is watched with the same margin, so reaching it draws the rest.
 */
const DRAW_MARGIN = 0.25;

/** What the drawn rows showed before a keystroke: where the first one's top was in the window, and the shortest one's height (px). */
export interface RowsMeasure {
  readonly firstTop: number;
  readonly shortest: number;
}

/**
 * Rows drawn at once after a keystroke: those that fill the window from where the rows start,
 * plus {@link DRAW_MARGIN}, at the height of the shortest row drawn before, and one more; at
 * least 2, at most {@link firstScreenRows}. On a desktop page the rows start half a screen down
 * (toolbar, chips, caption, headers), so that is about 7 rows where a whole screen's count was 12:
 * every row drawn costs the keystroke its render, style, layout and paint.
 */
export function rowsToFill(viewportHeight: number, measure: RowsMeasure | undefined): number {
  const most = firstScreenRows(viewportHeight);
  if (!(measure && measure.shortest > 0)) return most;
  const space = viewportHeight * (1 + DRAW_MARGIN) - Math.max(0, measure.firstTop);
  return Math.min(most, Math.max(2, Math.ceil(space / measure.shortest) + 1));
}

/** How many drawn rows {@link measureRows} reads (rows further down are like these). */
const MEASURED_ROWS = 12;

/** The drawn rows (table rows or cards: both carry `data-seq`) as {@link rowsToFill} reads them. */
function measureRows(root: ParentNode): RowsMeasure | undefined {
  const rows = root.querySelectorAll('[data-seq]');
  if (rows.length === 0) return undefined;
  let firstTop = Infinity;
  let shortest = Infinity;
  for (let at = 0; at < Math.min(rows.length, MEASURED_ROWS); at++) {
    const box = rows[at].getBoundingClientRect();
    if (box.height === 0) continue;
    firstTop = Math.min(firstTop, box.top);
    shortest = Math.min(shortest, box.height);
  }
  return shortest === Infinity ? undefined : { firstTop, shortest };
}

/**
 * The rows `<si-catalogue>` draws: a page of `page-size` rows (100), one more page per 显示更多,
 * a new first page whenever the search or a filter changes.
 *
 * While a person types, each keystroke draws only the first screen of its page ({@link rowsToFill}), so the result
 * is on screen in a frame even at 10,000 items; the rest of the page follows when typing pauses
 * ({@link DRAW_REST_AFTER_MS}), when the reader scrolls toward it (an IntersectionObserver on the
 * `<div class="draw-more">` the element renders after the drawn rows while {@link partial}), before printing, or when asked for (显示更多, a `#si-item-…` link).
 */
export class CataloguePaging implements ReactiveController {
  /** Rows of the current pages. */
  limit = 0;

  /** Rows drawn of those: all, except right after a keystroke. */
  private drawn = Infinity;

  private timer: ReturnType<typeof setTimeout> | undefined;

  private observer: IntersectionObserver | undefined;

  private marker: Element | undefined;

  /** The key of the rows drawn now ({@link generations}). */
  private generation = 0;

  /** The key of the rows drawn before this burst of typing, hidden until it pauses, if any (while rows wait to be drawn). */
  private retired: number | undefined;

  constructor(private readonly host: PagingHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    window.addEventListener('beforeprint', this.drawAll);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.drawAll);
    clearTimeout(this.timer);
    // Reconnected, the element draws every row again (its pending pause is gone).
    this.drawn = Infinity;
    this.observer?.disconnect();
    this.observer = undefined;
    this.marker = undefined;
  }

  /** A new first page (call before rendering): after a keystroke only its first screen is drawn at once. */
  reset(cause: FilterCause = 'other'): void {
    this.limit = this.host.pageSize;
    clearTimeout(this.timer);
    if (cause !== 'typing' || isServer) {
      this.drawn = Infinity;
      return;
    }
    // Counted once per burst of typing, from the rows drawn before it (the layout is the last
    // frame's, clean but for the search box's own text, so the read costs little), then kept: a
    // count that followed each result's shortest row added or removed rows on every keystroke.
    if (this.drawn === Infinity) {
      this.drawn = rowsToFill(window.innerHeight, measureRows(this.host.renderRoot));
      this.retire();
    }
    this.timer = setTimeout(this.drawAll, DRAW_REST_AFTER_MS);
  }

  /**
   * The keys of the row regions to render, the drawn one first: while a person types, the rows
   * drawn before the first keystroke stay in the document, hidden (`content-visibility:
   * hidden`, `aria-hidden`), until typing pauses, and are removed then with the rest of the
   * page drawn. Removing a page of 100 rows made the first keystroke 5–10 ms slower than the
   * next; hiding them costs next to nothing. The view renders the old key as it stands (Lit's
   * `noChange`), so they are never drawn again.
   */
  generations(): readonly number[] {
    // Every way out of a burst of typing draws every row (drawn = Infinity), which drops them.
    return this.retired === undefined || this.drawn === Infinity ? [this.generation] : [this.generation, this.retired];
  }

  /** Hides the rows drawn now (the table or card list the view drew last) and starts a new region. */
  private retire(): void {
    this.retired = undefined;
    const shown = [...this.host.renderRoot.children].find((element) => element.matches('.table-wrap, .cards-host')) as HTMLElement | undefined;
    if (shown === undefined) return;
    // What the templates do not bind: Lit leaves it, and never renders this region again. Not
    // rendered, its layout kept, so hiding costs next to nothing (removing cost 5–10 ms); where
    // content-visibility is missing (Safari before 18, Firefox ESR 115), hidden.
    shown.setAttribute('aria-hidden', 'true');
    if ('contentVisibility' in shown.style) shown.style.contentVisibility = 'hidden';
    else shown.hidden = true;
    this.retired = this.generation;
    this.generation += 1;
  }

  /** 显示更多: one more page, drawn at once. */
  showMore(): void {
    this.limit += this.host.pageSize;
    clearTimeout(this.timer);
    this.drawn = Infinity;
    this.host.requestUpdate();
  }

  /** Makes sure the row at `position` (0-based, in the order shown) is drawn (call before rendering). */
  reveal(position: number): void {
    if (position >= this.limit) this.limit = position + 1;
    if (position >= this.drawn) this.drawn = Infinity;
  }

  /** The rows to draw of `matching`. */
  rows<T>(matching: readonly T[]): readonly T[] {
    const count = Math.min(this.limit, this.drawn);
    return count >= matching.length ? matching : matching.slice(0, count);
  }

  /** Whether rows of the current page wait to be drawn below the drawn ones. */
  partial(matchingCount: number): boolean {
    return this.drawn < Math.min(this.limit, matchingCount);
  }

  hostUpdated(): void {
    // Among the top-level elements, where the view draws it: a querySelector walked every row
    // first (the hidden first page too) on every keystroke's update.
    const marker = this.drawn === Infinity ? undefined : [...this.host.renderRoot.children].find((element) => element.classList.contains('draw-more'));
    if (marker === this.marker) return;
    if (this.marker !== undefined) this.observer?.unobserve(this.marker);
    this.marker = marker;
    if (marker === undefined || typeof IntersectionObserver !== 'function') return;
    this.observer ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.drawAll();
      },
      { rootMargin: `${DRAW_MARGIN * 100}% 0px` },
    );
    this.observer.observe(marker);
  }

  private readonly drawAll = (): void => {
    clearTimeout(this.timer);
    if (this.drawn === Infinity) return;
    this.drawn = Infinity;
    this.host.requestUpdate();
  };
}
