import { LitElement, type CSSResultGroup, type PropertyDeclaration, type ReactiveElement } from 'lit';
import { property } from 'lit/decorators.js';
import { focusRingStyles, hostStyles } from '../styles/host.styles.js';
import { themeStyles } from '../styles/themes.js';
import { VERSION } from '../version.js';
import { attributeNameOf, isSiConverter, type SiConverter } from './attributes.js';
import { LocaleController, type Localized, type Translations } from '../utilities/localize.js';
import { emit, type SiEventMap, type SiEventName, type SiEventOptions } from './events.js';
import { ThemeController } from './theme-controller.js';
import { quote, warnOnce } from './warn.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The `strings` attribute or property: a JSON object (or an object), or nothing. Anything else is
 * ignored with one warning, so the element keeps its own texts.
 */
const stringsConverter: SiConverter<Record<string, unknown> | undefined> = {
  defaultValue: undefined,
  fromAttribute: (value) => value ?? undefined,
  normalise(value, { tag }) {
    if (value == null || (typeof value === 'string' && value.trim() === '')) return undefined;
    if (isPlainObject(value)) return value;
    if (typeof value === 'string') {
      try {
        const parsed: unknown = JSON.parse(value);
        if (isPlainObject(parsed)) return parsed;
      } catch {
        // Reported below.
      }
    }
    warnOnce(tag, `the strings attribute must be a JSON object such as {"empty":"…"}; got ${quote(value)}. It was ignored.`);
    return undefined;
  },
};

/**
 * The base of every si-* element: the shared host reset, theme rules and focus ring; the
 * element's theme (nearest `data-si-theme`) and language (nearest `lang`), both followed as
 * they change; per-instance text overrides; the library version `define()` compares when two
 * copies meet; one way to fire events; and the attribute rules of `attributes.ts` (null is the
 * default, lenient numbers, unknown values warn, defaults never reflected) for every property
 * declared with one of its converters.
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
  @property({ converter: stringsConverter })
  strings?: Record<string, unknown>;

  /** A value being replaced by its normalised form, with the value before it was set. */
  private normalising: { name: PropertyKey; oldValue: unknown } | undefined;

  /**
   * Every value set on a property declared with a helper of `attributes.ts`, from an attribute or
   * from JavaScript, is replaced here by its converter's valid form (null → default, numbers
   * parsed and clamped, unknown values → default with a warning) before Lit records the change.
   * So the property itself never holds a bad value, whatever set it.
   */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration, useNewValue?: boolean, newValue?: unknown): void {
    if (name !== undefined && useNewValue !== true) {
      const declared = options ?? (this.constructor as typeof ReactiveElement).getPropertyOptions(name);
      const converter = declared.converter;
      if (isSiConverter(converter)) {
        const values = this as unknown as Record<PropertyKey, unknown>;
        if (this.normalising?.name === name) {
          // The normalised value is being stored: report the change from the value before the bad one.
          oldValue = this.normalising.oldValue;
          this.normalising = undefined;
        } else {
          const value = values[name];
          const tag = this.localName ?? 'si-element';
          const valid = converter.normalise(value, { tag, attribute: attributeNameOf(name, declared) });
          if (!Object.is(valid, value)) {
            this.normalising = { name, oldValue };
            values[name] = valid;
            return;
          }
        }
      }
    }
    super.requestUpdate(name, oldValue, options, useNewValue, newValue);
  }

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
   * anywhere above (see `events.ts` for the events and their details). Returns false when a
   * listener cancelled a cancelable event. (The event is made in `events.ts`, not here, so the
   * manifest analyzer does not list an event named after this method's parameter.)
   */
  protected emit<K extends SiEventName>(type: K, detail: SiEventMap[K], options?: SiEventOptions): boolean;
  protected emit<T>(type: `si-${string}`, detail: T, options?: SiEventOptions): boolean;
  protected emit<T>(type: `si-${string}`, detail: T, options?: SiEventOptions): boolean {
    return emit(this, type, detail, options);
  }
}
