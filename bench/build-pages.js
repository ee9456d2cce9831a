// Builds what the benchmark serves, into bench/.out/ (gitignored): the catalogue scaled to 1,000
// and 10,000 items, the comparison grids' bundles, and one HTML page per variant and size.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** A small deterministic generator, so every run benchmarks the same rows. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * `n` items made from the real 50: unique seq and id, the name numbered, and the contents,
 * basis, channels and ticks varied (rotated, dropped, toggled), so rows differ in length and a
 * search narrows them differently. Groups stay the catalogue's (the data must validate).
 * Without the per-item reading notes, as the shipped copy (vite.config.ts): with them 10,000
 * items are 15 MB, past the 10 MB a catalogue file may have, and they are never rendered.
 */
export function scaleCatalogue(catalogue, n) {
  if (n === catalogue.items.length) return catalogue;
  const next = random(n);
  const rotate = (list) => {
    if (list.length < 2) return [...list];
    const by = Math.floor(next() * list.length);
    const rotated = [...list.slice(by), ...list.slice(0, by)];
    return next() < 0.3 ? rotated.slice(0, -1) : rotated;
  };
  const items = Array.from({ length: n }, (_, index) => {
    const base = catalogue.items[index % catalogue.items.length];
    const copy = Math.floor(index / catalogue.items.length) + 1;
    return {
      ...base,
      seq: index + 1,
      id: `${base.id}-${index + 1}`,
      name: copy === 1 ? base.name : `${base.name}（${copy}）`,
      content: rotate(base.content),
      basis: rotate(base.basis),
      channels: base.channels.length > 1 ? rotate(base.channels) : [...base.channels],
      audience: next() < 0.1 ? { public: !base.audience.public, specific: base.audience.specific } : base.audience,
      levels: next() < 0.1 ? { county: base.levels.county, township: !base.levels.township } : base.levels,
      notes: [],
    };
  });
  return { ...catalogue, items };
}

const tick = (value) => (value ? '<span aria-hidden="true">✓</span><span class="sr">是</span>' : '<span class="sr">否</span>');

/** The plain server-rendered table: what a CMS serves without any component. */
function plainTable(catalogue) {
  const rows = catalogue.items
    .map(
      (item) => `<tr><td>${item.seq}</td><td>${escape(item.group)}</td><th scope="row">${escape(item.name)}</th>
<td><ul>${item.content.map((c) => `<li>${escape(c)}</li>`).join('')}</ul></td>
<td><ul>${item.basis.map((b) => `<li>《${escape(b)}》</li>`).join('')}</ul></td>
<td>${escape(item.deadline.text)}</td><td>${escape(item.subject)}</td>
<td><ul>${item.channels.map((c) => `<li>${escape(c)}</li>`).join('')}</ul></td>
<td>${tick(item.audience.public)}</td><td>${tick(item.audience.specific)}</td><td>${tick(item.method.proactive)}</td>
<td>${tick(item.method.onRequest)}</td><td>${tick(item.levels.county)}</td><td>${tick(item.levels.township)}</td></tr>`,
    )
    .join('\n');
  return `<table><caption>${escape(catalogue.title)}</caption>
<thead><tr><th rowspan="2">序号</th><th colspan="2">公开事项</th><th rowspan="2">公开内容（要素）</th><th rowspan="2">公开依据</th><th rowspan="2">公开时限</th><th rowspan="2">公开主体</th><th rowspan="2">公开渠道和载体</th><th colspan="2">公开对象</th><th colspan="2">公开方式</th><th colspan="2">公开层级</th></tr>
<tr><th>一级事项</th><th>二级事项</th><th>全社会</th><th>特定群体</th><th>主动</th><th>依申请</th><th>县级</th><th>乡、村级</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

/** The plain page's search: hides rows whose text lacks the query (no index, no library). */
const PLAIN_SEARCH = `<script>
const rows = [...document.querySelectorAll('tbody tr')];
let texts;
document.getElementById('search').addEventListener('input', (event) => {
  const query = event.target.value.trim();
  texts ??= rows.map((row) => row.textContent);
  rows.forEach((row, i) => { row.hidden = query !== '' && !texts[i].includes(query); });
});
window.__benchReady = true;
</script>`;

const PLAIN_STYLE = `<style>table{border-collapse:collapse;font:16px/1.5 sans-serif}th,td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top}
ul{margin:0;padding-inline-start:1.2em}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}</style>`;

const page = ({ title, head = '', body, src = '' }) => `<!doctype html>
<html lang="zh-CN"${src ? ` data-src="${escape(src)}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;

const SEARCH_BOX = '<label>查找 <input id="search" type="search"></label>';

/** Bundles the Tabulator and Vaadin Grid pages' scripts (minified, like a site would ship them). */
async function buildComparisons(root, outDir) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      outDir: resolve(outDir, 'lib'),
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      cssCodeSplit: true,
      lib: {
        entry: { tabulator: resolve(root, 'bench/pages/tabulator.js'), vaadin: resolve(root, 'bench/pages/vaadin.js') },
        formats: ['es'],
      },
    },
  });
}

/**
 * Writes every page; returns the variants with their page per size and what marks them:
 * `rows` (a selector, `host >>> inner` for a shadow root) is painted when it exists, `ready`
 * (an expression) says a search can start, `search` is the search box's locator.
 */
export async function buildPages({ root, outDir, sizes, compare }) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await buildComparisons(root, outDir);
  const cssFiles = ['tabulator', 'vaadin'].map((name) => `lib/${name}.css`);
  const builtin = JSON.parse(readFileSync(resolve(root, 'src/data/social-insurance.json'), 'utf8'));
  const builds = [{ key: '', label: '', dir: root }];
  if (compare) {
    symlinkSync(resolve(compare), resolve(outDir, 'compare'));
    builds.push({ key: '@main', label: ' (main)', dir: resolve(compare) });
  }
  const ready = `(() => { const el = document.querySelector('si-catalogue'); return customElements.get('si-catalogue') && el.hasUpdated && el.matchingItems.length > 0 && el.shadowRoot.querySelector('tr[data-seq]'); })()`;
  const siRows = 'si-catalogue >>> tr[data-seq]';
  const siSearch = 'si-catalogue input[type="search"]';
  const variants = [
    { id: 'plain', label: 'plain server-rendered <table>', rows: 'tbody tr', ready: 'window.__benchReady', search: '#search', pages: {} },
    ...builds.map((b) => ({ id: `render${b.key}`, label: `si-catalogue render, no script${b.label}`, rows: siRows, ready: 'true', pages: {}, build: b })),
    ...builds.map((b) => ({
      id: `render+bundle${b.key}`,
      label: `si-catalogue render + bundle${b.label}`,
      rows: siRows,
      ready,
      search: siSearch,
      pages: {},
      build: b,
    })),
    ...builds.map((b) => ({ id: `bundle${b.key}`, label: `<si-catalogue> bundle${b.label}`, rows: siRows, ready, search: siSearch, pages: {}, build: b })),
    { id: 'tabulator', label: 'Tabulator 6.5.3', rows: '.tabulator-row', ready: 'window.__benchReady', search: '#search', pages: {} },
    { id: 'vaadin', label: 'Vaadin Grid 25.3.0', rows: 'vaadin-grid-cell-content[data-row]', ready: 'window.__benchReady', search: '#search', pages: {} },
  ];
  const base = '/bench/.out';
  for (const n of sizes) {
    const catalogue = scaleCatalogue(builtin, n);
    const dataFile = `data-${n}.json`;
    writeFileSync(resolve(outDir, dataFile), JSON.stringify(catalogue));
    const dataUrl = `${base}/${dataFile}`;
    // At 50 the components show their built-in data (what a CMS page does); larger sizes load it.
    const builtIn = n === builtin.items.length;
    for (const variant of variants) {
      const file = `${variant.id}-${n}.html`;
      let html;
      if (variant.id === 'plain') {
        html = page({ title: 'plain', head: PLAIN_STYLE, body: `${SEARCH_BOX}\n${plainTable(catalogue)}\n${PLAIN_SEARCH}` });
      } else if (variant.id === 'tabulator' || variant.id === 'vaadin') {
        const grid = variant.id === 'vaadin' ? '<vaadin-grid id="grid" style="height:820px"></vaadin-grid>' : '<div id="grid"></div>';
        html = page({
          title: variant.id,
          src: dataUrl,
          head: `<link rel="stylesheet" href="${base}/${cssFiles[variant.id === 'vaadin' ? 1 : 0]}">\n<script type="module" src="${base}/lib/${variant.id}.js"></script>`,
          body: `${SEARCH_BOX}\n${grid}`,
        });
      } else {
        const distUrl = variant.build.key ? `${base}/compare/dist` : '/dist';
        const bundle = `${distUrl}/si-catalogue.bundle.js`;
        if (variant.id.startsWith('bundle')) {
          html = page({
            title: 'si-catalogue',
            head: `<script type="module" src="${bundle}"></script>`,
            body: builtIn ? '<si-catalogue></si-catalogue>' : `<si-catalogue src="${dataUrl}"></si-catalogue>`,
          });
        } else {
          const args = ['render'];
          if (!builtIn) args.push('--src', resolve(outDir, dataFile), '--src-url', dataUrl);
          if (variant.id.startsWith('render+bundle')) args.push('--toolbar', '--script', bundle);
          html = execFileSync(process.execPath, [resolve(variant.build.dir, 'bin/si-catalogue.js'), ...args], {
            encoding: 'utf8',
            maxBuffer: 256 * 1024 * 1024,
          });
        }
      }
      writeFileSync(resolve(outDir, file), html);
      variant.pages[n] = `${base}/${file}`;
    }
  }
  return variants;
}
