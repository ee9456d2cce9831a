import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Finding and following attributes of an element's ancestors across shadow roots: the
 * nearest `lang` and `data-si-theme` decide an element's language and theme, whether the
 * element sits in the page or inside another component's shadow root.
 */

/** The attributes the shared observers report changes of. */
const WATCHED_ATTRIBUTES = ['lang', 'data-si-theme'];

/**
 * The nearest element matching `selector`: the element itself, else its ancestors, continuing
 * from a shadow root to its host (so an element inside a component sees the page around it).
 */
export function closestAcrossShadows(element: Element, selector: string): Element | null {
  let current: Element | null = element;
  while (current !== null) {
    const found = current.closest(selector);
    if (found !== null) return found;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** The document or shadow roots an element is in, innermost first. */
function rootsOf(element: Element): Node[] {
  const roots: Node[] = [];
  let root = element.getRootNode();
  roots.push(root);
  while (root instanceof ShadowRoot) {
    root = root.host.getRootNode();
    roots.push(root);
  }
  return roots;
}

interface RootWatch {
  observer: MutationObserver;
  listeners: Set<() => void>;
}

/** One observer per document or shadow root, shared by every element in it. */
const watches = new WeakMap<Node, RootWatch>();

/**
 * Calls `listener` after `lang` or `data-si-theme` changes anywhere in the document or shadow
 * roots `element` is in (which covers all its ancestors and itself). Returns the function that
 * stops it. Call again after the element moves: its roots may have changed.
 */
function watchAncestorAttributes(element: Element, listener: () => void): () => void {
  const roots = rootsOf(element);
  for (const root of roots) {
    let watch = watches.get(root);
    if (watch === undefined) {
      const listeners = new Set<() => void>();
      const observer = new MutationObserver(() => {
        for (const notify of [...listeners]) notify();
      });
      observer.observe(root, { attributes: true, subtree: true, attributeFilter: WATCHED_ATTRIBUTES });
      watch = { observer, listeners };
      watches.set(root, watch);
    }
    watch.listeners.add(listener);
  }
  return () => {
    for (const root of roots) {
      const watch = watches.get(root);
      if (watch === undefined) continue;
      watch.listeners.delete(listener);
      if (watch.listeners.size === 0) {
        watch.observer.disconnect();
        watches.delete(root);
      }
    }
  };
}

/**
 * A controller that follows the `lang` and `data-si-theme` of its host's ancestors: `refresh()`
 * runs when the host connects and after every change of either attribute around it, until it
 * disconnects. The language and theme controllers build on it.
 */
export abstract class AncestorAttributesController implements ReactiveController {
  private unwatch?: () => void;

  constructor(protected readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Whether the host is connected and followed (before that, only its own attributes are known). */
  protected get following(): boolean {
    return this.unwatch !== undefined;
  }

  hostConnected(): void {
    this.unwatch = watchAncestorAttributes(this.host, this.refresh);
    this.refresh();
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  /** Reads the attributes again (an arrow function: it is passed as a listener). */
  protected abstract readonly refresh: () => void;
}
