// The memory cycles both `npm run bench` (scripts/bench.js) and test/e2e/memory.test.js run on a
// page with one <si-catalogue>: filter changes and reconnections, each rendered, and the JS heap
// after garbage collection through the DevTools protocol.

/** The JS heap in use after two full collections (`cdp`: a CDP session of the page). */
export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Applies `count` filter changes (search, level, group, cleared) to the page's <si-catalogue>, each rendered. */
export const filterChanges = (page, count) =>
  page.evaluate(async (count) => {
    const el = document.querySelector('si-catalogue');
    const changes = [
      { query: '失' },
      { query: '失业' },
      { query: '' },
      { level: 'township' },
      { query: '养老', level: '' },
      { query: '' },
      { group: '社会保障卡服务' },
      { group: '' },
    ];
    for (let i = 0; i < count; i++) {
      Object.assign(el, changes[i % changes.length]);
      await el.updateComplete;
    }
    Object.assign(el, { query: '', level: '', group: '' });
    await el.updateComplete;
  }, count);

/** Takes the page's <si-catalogue> out and puts it back `count` times, each time rendered. */
export const reconnections = (page, count) =>
  page.evaluate(async (count) => {
    const el = document.querySelector('si-catalogue');
    const parent = el.parentNode;
    for (let i = 0; i < count; i++) {
      el.remove();
      parent.append(el);
      await el.updateComplete;
    }
  }, count);
