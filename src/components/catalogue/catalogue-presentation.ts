import { html, type ReactiveController, type ReactiveElement } from 'lit';
import type { CatalogueFilter } from '../../catalogue/filter.js';
import type { Localized } from '../../utilities/localize.js';
import type { CatalogueStrings } from './catalogue.strings.js';

/** What the presentation state needs of its element. */
export interface PresentationHost extends ReactiveElement {
  readonly level: CatalogueFilter['level'];
}

/**
 * The reading state of `<si-catalogue>` that is not a filter and never goes into the URL: which
 * compact cards are open, whether the filter drawer is open on a narrow width, whether the
 * back-to-top control shows, and the page's own level scope that 清除筛选 keeps.
 *
 * - Cards open and close in place (several may be open); a card a `#si-item-…` link points to
 *   opens by itself.
 * - The back-to-top control shows once the top of the catalogue is more than a screen above the
 *   view (an IntersectionObserver on a marker at its top: no scroll listener, no layout reads).
 * - Printing draws the table (from beforeprint to afterprint) where `view="auto"` shows cards.
 * - After a search, the first result is brought into view if it is below the visible area (once
 *   typing pauses, so typing never scrolls under the fingers).
 */
export class CataloguePresentation implements ReactiveController {
  private readonly expanded = new Set<string>();

  private lastHighlighted: string | undefined;

  /** The filter drawer on a narrow width. */
  filtersOpen = false;

  /** The back-to-top control is shown. */
  scrolledPast = false;

  /** Between beforeprint and afterprint: paper gets the table, even from a phone. */
  printing = false;

  /** The `level` the author wrote (the page's scope), kept by 清除筛选. */
  scopeLevel: CatalogueFilter['level'] = '';

  private scopeKnown = false;

  private observer: IntersectionObserver | undefined;

  private observed: Element | undefined;

  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: PresentationHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.handlePrint);
    window.addEventListener('afterprint', this.handlePrint);
    if (!this.scopeKnown) {
      this.scopeKnown = true;
      this.scopeLevel = this.host.level;
    }
  }

  hostUpdated(): void {
    const marker = this.host.renderRoot.querySelector('.top-marker') ?? undefined;
    if (marker === this.observed || typeof IntersectionObserver === 'undefined') return;
    this.observer ??= new IntersectionObserver(
      ([entry]) => {
        // Past the top: the marker left the viewport upwards, more than a screen ago (the root
        // reaches a screen above the view), so the control never covers the toolbar or index.
        const past = entry !== undefined && !entry.isIntersecting && entry.boundingClientRect.top < 0;
        if (past !== this.scrolledPast) {
          this.scrolledPast = past;
          this.host.requestUpdate();
        }
      },
      { rootMargin: '100% 0px 0px 0px' },
    );
    if (this.observed !== undefined) this.observer.unobserve(this.observed);
    this.observed = marker;
    if (marker !== undefined) this.observer.observe(marker);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.handlePrint);
    window.removeEventListener('afterprint', this.handlePrint);
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
    clearTimeout(this.searchTimer);
  }

  /** The element redraws before the print layout is taken (its update runs in this task's microtasks). */
  private readonly handlePrint = (event: Event) => {
    this.printing = event.type === 'beforeprint';
    this.host.requestUpdate();
  };

  /** Whether the card of `id` shows its details; the card a `#si-item-…` link highlights opens once. */
  isExpanded(id: string, highlightedId: string | undefined): boolean {
    if (highlightedId !== this.lastHighlighted) {
      this.lastHighlighted = highlightedId;
      if (highlightedId !== undefined) this.expanded.add(highlightedId);
    }
    return this.expanded.has(id);
  }

  toggleCard(id: string, open = !this.expanded.has(id)): void {
    if (open) this.expanded.add(id);
    else this.expanded.delete(id);
    this.host.requestUpdate();
  }

  toggleFilters(): void {
    this.filtersOpen = !this.filtersOpen;
    this.host.requestUpdate();
  }

  /** The filter 清除筛选 gives: nothing, but the page's own level. */
  clearedFilter(): CatalogueFilter {
    return { query: '', group: '', level: this.scopeLevel, channel: '' };
  }

  /** Scrolls the card or row of `id` to the top of the view and moves keyboard focus to it. */
  async jumpTo(id: string): Promise<void> {
    await this.host.updateComplete;
    const target = this.host.renderRoot.querySelector<HTMLElement>(`[id="si-item-${CSS.escape(id)}"]`);
    if (target === null) return;
    target.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
    target.focus({ preventScroll: true });
  }

  /** Back to the top of the catalogue: its search box (or first control) is in view, and focus moves to the top. */
  backToTop(): void {
    const marker = this.host.renderRoot.querySelector<HTMLElement>('.top-marker');
    marker?.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
    marker?.focus({ preventScroll: true });
  }

  /** Call on each search keystroke: once typing pauses, the first result is scrolled into view if it is below the visible area. */
  searched(): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.revealFirstResult(), 400);
  }

  private async revealFirstResult(): Promise<void> {
    await this.host.updateComplete;
    const first = this.host.renderRoot.querySelector<HTMLElement>('.cards > li, tbody tr, .no-match');
    if (first === null) return;
    const bottom = window.visualViewport?.height ?? window.innerHeight;
    const top = first.getBoundingClientRect().top;
    // Only downwards, and only by what is needed: the search box stays on screen where it can.
    if (top > bottom - 3 * parseFloat(getComputedStyle(first).fontSize))
      first.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
  }

  /** The marker at the top of the catalogue (what back-to-top returns to and focuses). */
  renderTopMarker({ strings }: Localized<CatalogueStrings>) {
    return html`<span class="top-marker" tabindex="-1">${strings.catalogueStart}</span>`;
  }

  /** The back-to-top control, kept at the bottom of the view while the catalogue scrolls past. */
  renderBackToTop({ strings }: Localized<CatalogueStrings>) {
    return html`<div class="back-to-top" ?hidden=${!this.scrolledPast}>
      <button type="button" part="back-to-top" @click=${() => this.backToTop()}>
        <span aria-hidden="true">↑</span> ${strings.backToTop}
      </button>
    </div>`;
  }

  /** Printed only: the title's date line. */
  renderPrintDate({ strings, format, formatLocale }: Localized<CatalogueStrings>) {
    let dates = dateFormats.get(formatLocale);
    if (dates === undefined) dateFormats.set(formatLocale, (dates = new Intl.DateTimeFormat(formatLocale, { dateStyle: 'long' })));
    const date = dates.format(new Date());
    return html`<p class="print-only print-date">${format(strings.printedOn, { date })}</p>`;
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
