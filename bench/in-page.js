// Injected into every benchmark page before its own scripts (context.addInitScript): marks when
// the rows are first painted, when the page is ready for a search, and times keystrokes from the
// input event to the paint after the last DOM change it caused. scripts/bench.js appends the
// call and reads window.__bench. Runs as a plain script: no imports.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
function installBench({ rowsSelector, readyCheck }) {
  const bench = (window.__bench = { rowsPainted: undefined, ready: undefined, longTasks: [] });
  const channel = new MessageChannel();
  const waiting = [];
  channel.port1.onmessage = () => {
    const now = performance.now();
    for (const callback of waiting.splice(0)) callback(now);
  };
  /** Calls back just after the next frame is painted: rAF runs before it, a posted task after. */
  const afterNextPaint = (callback) =>
    requestAnimationFrame(() => {
      waiting.push(callback);
      channel.port2.postMessage(0);
    });

  // Rows in the document or in any open shadow root (si-catalogue, Vaadin Grid).
  const query = (selector) => {
    const [host, inner] = selector.split(' >>> ');
    if (inner === undefined) return document.querySelector(host);
    const element = document.querySelector(host);
    return element?.shadowRoot?.querySelector(inner) ?? null;
  };
  const isReady = new Function(`return (${readyCheck});`);
  const poll = () => {
    if (bench.rowsPainted === undefined && query(rowsSelector) !== null) {
      afterNextPaint((t) => (bench.rowsPainted ??= t));
    }
    let ready = false;
    try {
      ready = Boolean(isReady());
    } catch {
      ready = false;
    }
    if (bench.ready === undefined && ready) afterNextPaint((t) => (bench.ready ??= t));
    if (bench.rowsPainted === undefined || bench.ready === undefined) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });

  // Every DOM change, in the document and in every shadow root, for the keystroke timing.
  const roots = new Set();
  // A live region's text (a result count announced once typing pauses) is heard, not seen:
  // its late, debounced change is not part of the update a visitor waits to see.
  const inLiveRegion = (node) => {
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return element?.closest('[aria-live], [role="status"], [role="alert"]') != null;
  };
  const observer = new MutationObserver((records) => {
    if (records.every((record) => inLiveRegion(record.target))) return;
    bench.lastMutation = performance.now();
    const token = bench.lastMutation;
    afterNextPaint((t) => {
      if (bench.lastMutation === token) bench.paintAfterLastMutation = t;
    });
  });
  const observe = (root) => {
    if (roots.has(root)) return;
    roots.add(root);
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (bench.armed) observe(root);
    return root;
  };
  const observeAll = (root) => {
    observe(root);
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) observeAll(element.shadowRoot);
  };

  /** Called before a keystroke: watch the DOM, remember the next input event's time. */
  bench.arm = () => {
    bench.armed = true;
    observeAll(document);
    bench.input = undefined;
    bench.lastMutation = undefined;
    bench.paintAfterLastMutation = undefined;
    window.addEventListener('input', (event) => (bench.input = event.timeStamp), { capture: true, once: true });
  };

  /**
   * After a keystroke: waits until the DOM has been quiet for `quietMs` (so a debounced update is
   * counted), then returns input event → paint after the last change, in ms.
   */
  bench.keystroke = (quietMs = 400) =>
    new Promise((resolve) => {
      const check = () => {
        const last = bench.lastMutation ?? bench.input;
        const quiet = bench.input !== undefined && performance.now() - last > quietMs;
        if (quiet && (bench.lastMutation === undefined || bench.paintAfterLastMutation !== undefined)) {
          const end = bench.paintAfterLastMutation;
          resolve(end === undefined ? null : end - bench.input);
        } else setTimeout(check, 50);
      };
      check();
    });
}
