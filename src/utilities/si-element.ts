import { LitElement, type ComplexAttributeConverter, type CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import { focusRingStyles, hostStyles } from '../styles/host.styles.js';
import { themeStyles } from '../styles/themes.js';
import { VERSION } from '../version.js';
import { LocaleController, type Localized, type Translations } from './localize.js';
import { ThemeController } from './theme-controller.js';

/** Reads the `strings` attribute: a JSON object, or nothing (with a warning) when it is not one. */
const jsonObjectConverter: ComplexAttributeConverter<Record<string, unknown> | undefined> = {
  fromAttribute(value) {
    if (value === null || value.trim() === '') return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    } catch {
      // Reported below.
    }
    console.warn(`si-catalogue: the strings attribute must be a JSON object such as {"empty":"…"}; got ${value}`);
    return undefined;
  },
};

/**
 * The base of every si-* element: the shared host reset, theme rules and focus ring; the
 * element's theme (nearest `data-si-theme`) and language (nearest `lang`), both followed as
 * they change; per-instance text overrides; the library version `define()` compares when two
 * copies meet; and one way to fire events.
 */
export class SiElement extends LitElement {
  /** The version of the si-catalogue copy that defined this element. */
  static readonly siVersion = VERSION;

  static override styles: CSSResultGroup = [hostStyles, themeStyles, focusRingStyles];

  /**
   * Replaces any of the element's UI texts for this instance: a JSON object keyed like the
   * element's strings table (see docs/theming.md), e.g. `strings='{"empty":"本栏目暂无事项"}'`.
   * Texts not given keep the element's language.
   */
  @property({ converter: jsonObjectConverter })
  strings?: Record<string, unknown>;

  /** The theme in effect, from the nearest `data-si-theme` (on this element or any ancestor). */
  protected readonly themeController = new ThemeController(this);

  /** The language in effect, from the nearest `lang` (this element, an ancestor, the document). */
  protected readonly localeController = new LocaleController(this);

  /**
   * Waits, before an update, for the interface strings of the element's language when they are
   * loaded on demand (zh-TW, en: see `lazyTranslations`), so the first render is already in that
   * language. zh-CN elements, and every later update once loaded, are scheduled as Lit does.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.localeController.pendingStrings();
    return pending === undefined ? super.scheduleUpdate() : pending.then(() => super.scheduleUpdate());
  }

  /** The element's texts from `translations`, in its language, with its `strings` overrides. */
  protected localize<S>(translations: Translations<S>): Localized<S> {
    return this.localeController.localize(translations, this.strings);
  }

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
