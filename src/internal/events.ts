/**
 * Every event the elements fire, in one place: the detail types, the map from event name to
 * detail, and the one way to make and fire them. Each is a `CustomEvent` named `si-*` that
 * bubbles and crosses shadow roots (composed), so a host page can listen anywhere above.
 */
import type { CatalogueFilter } from '../catalogue/filter.js';
import type { LoadProblem } from '../data/fetch-json.js';
import type { Catalogue, CatalogueItem } from '../data/types.js';

/** `si-item-select`: a person activated an item's name (link or button). */
export interface ItemSelectDetail {
  item: CatalogueItem;
}

/** `si-filter-change`: the search or a filter of `<si-catalogue>` changed; the new state. */
export type FilterChangeDetail = CatalogueFilter;

/** `si-load`: a catalogue from `src`, `overlay-src` or the `catalogue` property is ready. */
export interface LoadDetail {
  catalogue: Catalogue;
}

/** `si-error`: loading or validating data failed; the element shows why. The same for every element. */
export interface ErrorDetail {
  problem: LoadProblem;
  /** A one-line English description, for logs. */
  message: string;
}

/** `si-guide-toggle`: a section of `<si-service-guide>` was opened or closed. */
export interface GuideToggleDetail {
  /** The section's field name (`materials`) or disclosure element (`制卡网点`). */
  section: string;
  open: boolean;
}

/** Each `si-*` event and its detail. */
export interface SiEventMap {
  'si-item-select': ItemSelectDetail;
  'si-filter-change': FilterChangeDetail;
  'si-load': LoadDetail;
  'si-error': ErrorDetail;
  'si-guide-toggle': GuideToggleDetail;
}

export type SiEventName = keyof SiEventMap;

/** The event object of an `si-*` event, e.g. `SiEvent<'si-item-select'>`. */
export type SiEvent<K extends SiEventName> = CustomEvent<SiEventMap[K]>;

export interface SiEventOptions {
  /** Whether a listener may cancel it (`preventDefault()`), e.g. to stop a link being followed. */
  cancelable?: boolean;
}

/** An `si-*` CustomEvent that bubbles and is composed. */
export function siEvent<K extends SiEventName>(type: K, detail: SiEventMap[K], options?: SiEventOptions): SiEvent<K>;
export function siEvent<T>(type: `si-${string}`, detail: T, options?: SiEventOptions): CustomEvent<T>;
export function siEvent<T>(type: `si-${string}`, detail: T, options: SiEventOptions = {}): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
}

/**
 * Fires an `si-*` event at `target`. Returns false when a listener cancelled a cancelable event.
 * (Elements call `SiElement.emit`, which calls this.)
 */
export function emit<K extends SiEventName>(target: EventTarget, type: K, detail: SiEventMap[K], options?: SiEventOptions): boolean;
export function emit<T>(target: EventTarget, type: `si-${string}`, detail: T, options?: SiEventOptions): boolean;
export function emit<T>(target: EventTarget, type: `si-${string}`, detail: T, options?: SiEventOptions): boolean {
  return target.dispatchEvent(siEvent(type, detail, options));
}
