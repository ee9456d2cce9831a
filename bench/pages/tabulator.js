// Tabulator 6 with the modules this table needs (formatters, filters), virtual rows, the same
// 11 columns (ticks as column groups) and the same JSON the other pages use.
import { Tabulator, FormatModule, FilterModule } from 'tabulator-tables';
import 'tabulator-tables/dist/css/tabulator.min.css';
import { listCell, searchText, ticks } from './shared.js';

Tabulator.registerModule([FormatModule, FilterModule]);

const tick = (cell) => (cell.getValue() ? '✓' : '');
const list = (cell) => listCell(cell.getValue());

const texts = new WeakMap();
const textOf = (item) => texts.get(item) ?? (texts.set(item, searchText(item)), texts.get(item));

const response = await fetch(document.documentElement.dataset.src);
const catalogue = await response.json();
const table = new Tabulator('#grid', {
  data: catalogue.items,
  height: '820px',
  layout: 'fitColumns',
  columns: [
    { title: '序号', field: 'seq', width: 60 },
    {
      title: '公开事项',
      columns: [
        { title: '一级事项', field: 'group' },
        { title: '二级事项', field: 'name' },
      ],
    },
    { title: '公开内容（要素）', field: 'content', formatter: list, variableHeight: true },
    { title: '公开依据', field: 'basis', formatter: (cell) => listCell(cell.getValue().map((b) => `《${b}》`)) },
    { title: '公开时限', field: 'deadline.text', formatter: 'textarea' },
    { title: '公开主体', field: 'subject', formatter: 'textarea' },
    { title: '公开渠道和载体', field: 'channels', formatter: list },
    ...ticks.map(({ title, leaves }) => ({
      title,
      columns: leaves.map(([label, field]) => ({ title: label, field, formatter: tick, width: 70 })),
    })),
  ],
});
table.on('tableBuilt', () => {
  document.getElementById('search').addEventListener('input', (event) => {
    const query = event.target.value.trim();
    if (query === '') table.clearFilter();
    else table.setFilter((data) => textOf(data).includes(query));
  });
  window.__benchReady = true;
});
