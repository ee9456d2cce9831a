import { LitElement, type CSSResultGroup } from 'lit';
import { focusRingStyles, hostStyles } from '../styles/host.styles.js';
import { VERSION } from '../version.js';

/**
 * The base of every si-* element: the shared host reset and focus ring, the library version
 * `define()` compares when two copies meet, and one way to fire events.
 */
export class SiElement extends LitElement {
  /** The version of the si-catalogue copy that defined this element. */
  static readonly siVersion = VERSION;

  static override styles: CSSResultGroup = [hostStyles, focusRingStyles];

  /**
   * Fires an `si-*` CustomEvent that bubbles and crosses shadow roots, so a host page can listen
   * anywhere above. Returns false when a listener cancelled a cancelable event.
   */
  protected emit<T>(type: `si-${string}`, detail: T, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(
      new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
    );
  }
}
