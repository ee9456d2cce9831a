// Runs in a fresh page: puts <si-catalogue> with `size` synthetic items on it, lets it reach
// idle (when it builds its search index), then types queries one character at a time and times
// each keystroke from the input event to the next paint. bench/search-keystrokes.js drives it.
const stage = document.getElementById('stage');

/** `size` items made from the standard ones, each name and content marked with its copy. */
async function syntheticCatalogue(size) {
  const standard = await (await fetch('../src/data/social-insurance.json')).json();
  const items = Array.from({ length: size }, (_, at) => {
    const base = standard.items[at % standard.items.length];
    const copy = Math.floor(at / standard.items.length);
    return {
      ...base,
      seq: at + 1,
      id: `${base.id}-${at}`,
      name: copy === 0 ? base.name : `${base.name}（示例${copy}）`,
      content: [...base.content, `示例要素${at}`],
    };
  });
  return { ...standard, id: `synthetic-${size}`, items };
}

const afterPaint = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );
const idle = () => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 }));

window.runKeystrokes = async ({ size, queries }) => {
  const catalogue = await syntheticCatalogue(size);
  const el = document.createElement('si-catalogue');
  el.setAttribute('view', 'table');
  stage.append(el);
  const renderStart = performance.now();
  el.catalogue = catalogue;
  await el.updateComplete;
  const firstRender = (await afterPaint()) - renderStart;
  await idle();
  await idle();
  // The search code is a chunk the element starts loading at idle after its first render; a
  // person types after it has arrived (and built the index on arrival). Older builds: no promise.
  await el.searchReady;
  await idle();
  const input = el.shadowRoot.querySelector('#si-filter-query');
  const timings = [];
  for (const query of queries) {
    for (let length = 1; length <= query.length; length++) {
      input.value = query.slice(0, length);
      const start = performance.now();
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      const ms = (await afterPaint()) - start;
      // The search alone (a new string, so not the cached outcome), to tell it from rendering.
      const searchStart = performance.now();
      el.search.match(el.providedCatalogue, `${input.value} `);
      timings.push({ query: input.value, ms, searchMs: performance.now() - searchStart, shown: el.matchingItems.length });
    }
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    await afterPaint();
  }
  return { firstRender, timings };
};
