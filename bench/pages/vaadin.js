// Vaadin Grid 25 (virtual rows) with the same 11 columns (ticks as column groups) and the same
// JSON the other pages use.
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';
import '@vaadin/grid/vaadin-grid-column-group.js';
import { searchText, ticks } from './shared.js';

const text = (get) => (root, _column, model) => {
  root.textContent = get(model.item);
};
const list = (get) => (root, _column, model) => {
  const ul = document.createElement('ul');
  for (const entry of get(model.item)) ul.appendChild(document.createElement('li')).textContent = entry;
  root.replaceChildren(ul);
};

const grid = document.getElementById('grid');
function column(header, renderer, parent = grid) {
  const el = document.createElement('vaadin-grid-column');
  el.header = header;
  el.renderer = renderer;
  el.autoWidth = false;
  parent.append(el);
}
// data-row marks a drawn body row for the "rows painted" check.
column('序号', (root, _column, model) => {
  root.dataset.row = '';
  root.textContent = model.item.seq;
});
const matter = grid.appendChild(document.createElement('vaadin-grid-column-group'));
matter.header = '公开事项';
column(
  '一级事项',
  text((item) => item.group),
  matter,
);
column(
  '二级事项',
  text((item) => item.name),
  matter,
);
column(
  '公开内容（要素）',
  list((item) => item.content),
);
column(
  '公开依据',
  list((item) => item.basis.map((b) => `《${b}》`)),
);
column(
  '公开时限',
  text((item) => item.deadline.text),
);
column(
  '公开主体',
  text((item) => item.subject),
);
column(
  '公开渠道和载体',
  list((item) => item.channels),
);
for (const { title, leaves } of ticks) {
  const group = grid.appendChild(document.createElement('vaadin-grid-column-group'));
  group.header = title;
  for (const [label, field] of leaves) {
    const [a, b] = field.split('.');
    column(
      label,
      text((item) => (item[a][b] ? '✓' : '')),
      group,
    );
  }
}

const response = await fetch(document.documentElement.dataset.src);
const catalogue = await response.json();
const all = catalogue.items;
const texts = new Map();
grid.items = all;
document.getElementById('search').addEventListener('input', (event) => {
  const query = event.target.value.trim();
  if (texts.size === 0) for (const item of all) texts.set(item, searchText(item));
  grid.items = query === '' ? all : all.filter((item) => texts.get(item).includes(query));
});
window.__benchReady = true;
