// What the comparison pages share: the three tick column groups and the searchable text.
export const ticks = [
  {
    title: '公开对象',
    leaves: [
      ['全社会', 'audience.public'],
      ['特定群体', 'audience.specific'],
    ],
  },
  {
    title: '公开方式',
    leaves: [
      ['主动', 'method.proactive'],
      ['依申请', 'method.onRequest'],
    ],
  },
  {
    title: '公开层级',
    leaves: [
      ['县级', 'levels.county'],
      ['乡、村级', 'levels.township'],
    ],
  },
];

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** A list cell as HTML (Tabulator formatters return HTML strings). */
export const listCell = (entries) =>
  `<ul style="margin:0;padding-inline-start:1.2em;white-space:normal">${entries.map((e) => `<li>${escape(e)}</li>`).join('')}</ul>`;

/** The text a search looks in: the same fields the plain page and si-catalogue search. */
export const searchText = (item) => [item.group, item.name, ...item.content, ...item.basis, item.subject, ...item.channels].join('\n');
