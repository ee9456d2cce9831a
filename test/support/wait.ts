// Waiting in unit tests: for a condition, never for a fixed time.

interface Updating extends Element {
  readonly updateComplete: Promise<unknown>;
  readonly isUpdatePending?: boolean;
}

const isUpdating = (node: Element): node is Updating => 'updateComplete' in node;

/** `root` and every Lit element inside it, across shadow roots. */
function updatingElements(root: Element): Updating[] {
  const found: Updating[] = [];
  const visit = (node: Element) => {
    if (isUpdating(node)) found.push(node);
    for (const child of node.children) visit(child);
    if (node.shadowRoot !== null) for (const child of node.shadowRoot.children) visit(child);
  };
  visit(root);
  return found;
}

/**
 * One turn of the event loop: what the page queued as tasks or observer callbacks (slotchange,
 * MutationObserver, error events of rejected promises) has been delivered. Not a timed wait, and
 * not requestAnimationFrame: a page in a background tab of the test browser gets no frames.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * Resolves once `root` and every Lit element inside it have rendered and no update is pending any
 * more, after what those renders queued (slot and context observers) has been delivered.
 */
export async function settled(root: Element): Promise<void> {
  for (let round = 0; round < 20; round += 1) {
    await Promise.all(updatingElements(root).map((element) => element.updateComplete));
    await nextTask();
    if (!updatingElements(root).some((element) => element.isUpdatePending === true)) return;
  }
  throw new Error(`<${root.localName}> still updates after 20 rounds`);
}

/**
 * Resolves after the browser laid `element` out and delivered this frame's resize observations
 * (the element's own ResizeObserver included), and the elements updated from them.
 */
export async function afterResize(element: Element): Promise<void> {
  await new Promise<void>((resolve) => {
    // A new observation reports at the next layout, changed or not.
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(element);
  });
  await settled(element);
}
