import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Elements whose presence alone gives a slot content, even without text. */
const CONTENT_ELEMENTS = 'img, table, iframe, video, audio, object, embed, svg, picture, canvas, input, button, select, textarea';

/** Whether an element placed in a slot shows anything: text that is not blank, or embedded content. */
export function hasContent(element: Element): boolean {
  return (element.textContent ?? '').trim() !== '' || element.matches(CONTENT_ELEMENTS) || element.querySelector(CONTENT_ELEMENTS) !== null;
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((name) => b.has(name));

/**
 * The one way an element asks "does this named slot have content?" (and "what is in it?"): it
 * watches the host's light DOM (children added or removed, their `slot` attribute, text and
 * links inside them) and asks the host to render again when the answer changes. A slot has
 * content when a child assigned to it has text that is not blank or embedded content (an image,
 * a table, a control): `<div slot="fees">&nbsp;</div>` is empty. Works before the host has
 * rendered its `<slot>`s, so a section can be shown or hidden on the first render.
 */
export class SlotController implements ReactiveController {
  private filledNames: ReadonlySet<string> = new Set();

  private observer: MutationObserver | undefined;

  /** Light-DOM children changed since `filled` was computed; read again when asked. */
  private dirty = true;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: { onChange?: () => void } = {},
  ) {
    host.addController(this);
  }

  /** The names of the slots that have content; a new set whenever that changes. */
  get filled(): ReadonlySet<string> {
    if (this.dirty) this.read();
    return this.filledNames;
  }

  /** Whether the slot `name` has content. */
  has(name: string): boolean {
    return this.filled.has(name);
  }

  /** The host's children assigned to the slot `name`, in order (also the empty ones). */
  assigned(name: string): Element[] {
    return [...this.host.children].filter((child) => child.slot === name);
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver(() => this.changed());
    this.observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['slot', 'href', 'src'],
    });
    this.changed();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private changed(): void {
    const before = this.filledNames;
    this.read();
    this.options.onChange?.();
    if (this.filledNames !== before) this.host.requestUpdate();
  }

  private read(): void {
    this.dirty = false;
    const names = new Set<string>();
    for (const child of this.host.children) {
      if (child.slot !== '' && !names.has(child.slot) && hasContent(child)) names.add(child.slot);
    }
    if (!sameSet(names, this.filledNames)) this.filledNames = names;
  }
}
