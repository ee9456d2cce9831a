import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { catalogueContext, guideHrefContext } from '../context/catalogue-context.js';
import type { Catalogue } from '../data/types.js';

/** The catalogue an element looks items up in, or that its provider has none yet (still loading). */
export type CatalogueInScope = { status: 'ready'; catalogue: Catalogue } | { status: 'waiting' };

/**
 * How an element inside a `<si-catalogue>` (`<si-item-card>`, `<si-service-guide>`) reads the
 * catalogue it shows, one behaviour for all of them:
 *
 * - inside a `<si-catalogue>` it uses that catalogue (a local overlay or `src` applies) and
 *   follows its changes; while that catalogue is still loading it is `waiting`, never silently
 *   the built-in data;
 * - outside any, it uses `fallback` (the built-in standard catalogue);
 * - a `<si-catalogue>` defined or connected after the element (separate script tags, any
 *   order) announces itself with a `context-provider` event, and the element asks again;
 * - moved out of its catalogue, it asks afresh when connected again.
 */
export class CatalogueConsumer implements ReactiveController {
  /** Whether a surrounding provider answered (its data may still be loading). */
  private inProvider = false;

  private providedCatalogue: Catalogue | undefined;

  private providedGuideHref: string | undefined;

  /** The two context consumers, asked again when a provider appears late. */
  private readonly consumers: ReadonlyArray<{ hostConnected(): void }>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly fallback: () => Catalogue,
  ) {
    // The consumers first: they ask on connecting, so hostConnected below knows whether one answered.
    this.consumers = [
      new ContextConsumer(host, {
        context: catalogueContext,
        subscribe: true,
        callback: (value) => {
          this.inProvider = true;
          this.providedCatalogue = value;
        },
      }),
      new ContextConsumer(host, {
        context: guideHrefContext,
        subscribe: true,
        callback: (value) => {
          this.providedGuideHref = value;
        },
      }),
    ];
    host.addController(this);
  }

  /** The catalogue to look items up in now. */
  get catalogue(): CatalogueInScope {
    if (!this.inProvider) return { status: 'ready', catalogue: this.fallback() };
    return this.providedCatalogue === undefined ? { status: 'waiting' } : { status: 'ready', catalogue: this.providedCatalogue };
  }

  /** The surrounding `<si-catalogue>`'s catalogue; undefined outside one and while it loads. */
  get provided(): Catalogue | undefined {
    return this.inProvider ? this.providedCatalogue : undefined;
  }

  /** The surrounding catalogue's `guide-href` template, if any. */
  get guideHref(): string | undefined {
    return this.providedGuideHref;
  }

  hostConnected(): void {
    if (!this.inProvider) window.addEventListener('context-provider', this.handleLateProvider);
  }

  hostDisconnected(): void {
    window.removeEventListener('context-provider', this.handleLateProvider);
    this.inProvider = false;
    this.providedCatalogue = undefined;
    this.providedGuideHref = undefined;
  }

  private readonly handleLateProvider = (event: Event) => {
    if (this.inProvider || (event as Event & { context?: unknown }).context !== catalogueContext) return;
    for (const consumer of this.consumers) consumer.hostConnected();
    if (this.inProvider) {
      window.removeEventListener('context-provider', this.handleLateProvider);
      this.host.requestUpdate();
    }
  };
}
