// Runs in the page: times <si-catalogue> against a static server-rendered table, and the
// update after one search keystroke, at several catalogue sizes. scripts/bench.js drives it.
const stage = document.getElementById('stage');

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const tick = (value) => (value ? '<span aria-hidden="true">✓</span><span class="sr">是</span>' : '<span class="sr">否</span>');

/** The same 50 items as a static table, as a CMS would serve it pre-rendered. */
function staticTableHtml(catalogue) {
  const rows = catalogue.items
    .map(
      (item) => `<tr><td>${item.seq}</td><th scope="rowgroup">${escape(item.group)}</th><th scope="row">${escape(item.name)}</th>
<td><ul>${item.content.map((c) => `<li>${escape(c)}</li>`).join('')}</ul></td>
<td><ul>${item.basis.map((b) => `<li>《${escape(b)}》</li>`).join('')}</ul></td>
<td>${escape(item.deadline.text)}</td><td>${escape(item.subject)}</td>
<td><ul>${item.channels.map((c) => `<li>${escape(c)}</li>`).join('')}</ul></td>
<td>${tick(item.audience.public)}</td><td>${tick(item.audience.specific)}</td><td>${tick(item.method.proactive)}</td>
<td>${tick(item.method.onRequest)}</td><td>${tick(item.levels.county)}</td><td>${tick(item.levels.township)}</td></tr>`,
    )
    .join('');
  return `<table><caption>${escape(catalogue.title)}</caption><thead><tr><th>序号</th><th colspan="2">公开事项</th><th>公开内容（要素）</th><th>公开依据</th><th>公开时限</th><th>公开主体</th><th>公开渠道和载体</th><th colspan="2">公开对象</th><th colspan="2">公开方式</th><th colspan="2">公开层级</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** n items made from the standard 50, with unique seq and id. */
function scaled(catalogue, n) {
  const items = Array.from({ length: n }, (_, i) => {
    const base = catalogue.items[i % catalogue.items.length];
    return { ...base, seq: i + 1, id: `${base.id}-${i + 1}` };
  });
  return { ...catalogue, items };
}

const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timeStatic(catalogue) {
  stage.replaceChildren();
  await settle();
  const start = performance.now();
  const div = document.createElement('div');
  div.innerHTML = staticTableHtml(catalogue);
  stage.append(div);
  void stage.offsetHeight;
  return performance.now() - start;
}

/**
 * The component's own table markup and styles as declarative shadow DOM: what a server
 * rendering the same look (Lit SSR, `si-catalogue render`) sends. Parsed, styled and laid
 * out by the browser with no script.
 */
async function serverRenderedHtml() {
  const el = document.createElement('si-catalogue');
  el.setAttribute('view', 'table');
  el.setAttribute('hide-toolbar', '');
  stage.append(el);
  await el.updateComplete;
  const css = el.shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
  const markup = el.shadowRoot.querySelector('.region').outerHTML;
  el.remove();
  return `<div><template shadowrootmode="open"><style>${css}</style>${markup}</template></div>`;
}

async function timeServerRendered(html) {
  stage.replaceChildren();
  await settle();
  const start = performance.now();
  const div = document.createElement('div');
  div.setHTMLUnsafe(html);
  stage.append(div);
  void stage.offsetHeight;
  return performance.now() - start;
}

async function timeElement(catalogue) {
  stage.replaceChildren();
  await settle();
  const start = performance.now();
  const el = document.createElement('si-catalogue');
  el.setAttribute('view', 'table');
  if (catalogue) el.catalogue = catalogue;
  stage.append(el);
  await el.updateComplete;
  for (const child of el.shadowRoot.querySelectorAll('si-channel-badges')) await child.updateComplete;
  void stage.offsetHeight;
  return { ms: performance.now() - start, el };
}

async function timeKeystroke(el, query) {
  const input = el.shadowRoot.querySelector('input[type="search"]');
  const start = performance.now();
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  for (const child of el.shadowRoot.querySelectorAll('si-channel-badges')) await child.updateComplete;
  void stage.offsetHeight;
  return performance.now() - start;
}

window.runBenchmark = async ({ runs = 7 } = {}) => {
  await customElements.whenDefined('si-catalogue');
  const probe = document.createElement('si-catalogue');
  stage.append(probe);
  await probe.updateComplete;
  const builtin = probe.providedCatalogue;
  probe.remove();

  const results = { firstRender: {}, keystroke: {} };
  const styledHtml = await serverRenderedHtml();
  const plainTimes = [];
  const staticTimes = [];
  const elementTimes = [];
  for (let i = 0; i < runs; i++) {
    plainTimes.push(await timeStatic(builtin));
    staticTimes.push(await timeServerRendered(styledHtml));
    elementTimes.push((await timeElement(undefined)).ms);
  }
  results.firstRender = {
    items: 50,
    plainMs: median(plainTimes),
    staticMs: median(staticTimes),
    elementMs: median(elementTimes),
  };
  results.firstRender.ratio = results.firstRender.elementMs / results.firstRender.staticMs;

  for (const n of [50, 1000, 10000]) {
    const catalogue = n === 50 ? builtin : scaled(builtin, n);
    const times = [];
    for (let i = 0; i < runs; i++) {
      const { el } = await timeElement(n === 50 ? undefined : catalogue);
      await settle();
      // One keystroke: the last letter of a pinyin query, the common case while typing.
      await timeKeystroke(el, 'yangl');
      await settle();
      times.push(await timeKeystroke(el, 'yanglao'));
    }
    results.keystroke[n] = median(times);
  }
  return results;
};
