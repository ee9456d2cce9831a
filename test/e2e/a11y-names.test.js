// End-to-end: accessible names, read from Chromium's own accessibility tree (CDP
// Accessibility.getFullAXTree), which is what screen readers on Windows and Linux are handed.
// A 公开渠道和载体 cell is named by its channels (its header still labels it), the item card says
// 公开渠道和载体 once (its <dt>), and the texts docs/accessibility.md quotes for a row, a tick,
// the count and a guide section are the tree's.
//   npx vite build --mode bundle && node --test test/e2e/a11y-names.test.js
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openBrowser } from './browser.js';
import { openFixture } from './a11y-helpers.js';

/** Chromium's accessibility tree as nested { role, name, properties, children }, ignored nodes skipped. */
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const build = (node) => {
    const children = (node.childIds ?? [])
      .map((id) => byId.get(id))
      .filter(Boolean)
      .flatMap((child) => {
        const built = build(child);
        return child.ignored ? built.children : [built];
      });
    const properties = Object.fromEntries((node.properties ?? []).map((property) => [property.name, property.value.value]));
    return { role: node.role?.value ?? '', name: node.name?.value ?? '', properties, children };
  };
  return build(nodes.find((node) => !node.parentId) ?? nodes[0]);
}

function* descendants(node) {
  for (const child of node.children) {
    yield child;
    yield* descendants(child);
  }
}

const find = (node, test) => [...descendants(node)].filter(test);

describe('accessible names from Chromium’s accessibility tree', () => {
  let session;
  let tree;
  before(async () => {
    session = await openBrowser();
    const { page } = await openFixture(session, { only: 'catalogue-buttons,catalogue-cards,item-card,service-guide' });
    tree = await axTree(page);
    await page.close();
  });
  after(() => session.close());

  it('names each 公开渠道和载体 cell by its channels, not by the column header', () => {
    const table = find(tree, (node) => node.role === 'table')[0];
    assert.ok(table, 'a table');
    const header = find(table, (node) => node.role === 'columnheader' && node.name === '公开渠道和载体');
    assert.equal(header.length, 1, 'the column header is there');
    const channelCells = find(table, (node) => node.role === 'cell' && /政府网站|政务服务中心|基层公共服务平台/.test(node.name));
    assert.equal(channelCells.length, 5, 'five rows, five channel cells named by their channels');
    for (const cell of channelCells) assert.match(cell.name, /^(政府网站|政务服务中心|基层公共服务平台)( (政府网站|政务服务中心|基层公共服务平台))*$/);
    const namedByHeader = find(table, (node) => ['cell', 'list'].includes(node.role) && node.name === '公开渠道和载体');
    assert.deepEqual(namedByHeader, [], 'no cell or list repeats the header as its name');
  });

  it('keeps an item name whole while search marks highlight parts of it', () => {
    // catalogue-cards searches 社会保障卡: each name button holds <mark>s; a flex or block box
    // around them would make the name 社会保障卡 申领 (with spaces).
    const buttons = find(tree, (node) => node.role === 'button' && node.name.includes('社会保障卡'));
    assert.ok(buttons.length >= 3, `${buttons.length} highlighted name buttons`);
    for (const button of buttons) assert.doesNotMatch(button.name, /\s/, `"${button.name}"`);
  });

  it('the item card says 公开渠道和载体 once: its term, not again as the list’s name', () => {
    const card = find(tree, (node) => node.role === 'article' && node.name.includes('社会保障卡申领'))[0];
    assert.ok(card, 'the card article, named by its heading');
    const mentions = find(card, (node) => node.name === '公开渠道和载体' && node.role !== 'StaticText' && node.role !== 'InlineTextBox');
    assert.deepEqual(
      mentions.map((node) => node.role),
      ['term'],
      JSON.stringify(mentions.map((node) => node.role)),
    );
    const lists = find(card, (node) => node.role === 'list' && find(node, (child) => child.name === '政府网站').length > 0);
    assert.equal(lists.length, 1);
    assert.equal(lists[0].name, '');
  });

  it('gives the texts a screen reader announces for a row, a tick, the count and a guide section', () => {
    const table = find(tree, (node) => node.role === 'table')[0];
    const row = find(table, (node) => node.role === 'row' && find(node, (child) => child.role === 'rowheader').length > 0)[0];
    const rowHeaders = find(row, (node) => node.role === 'rowheader');
    const cells = row.children.map((cell) => `${cell.role} "${cell.name}"`);
    const ticks = find(row, (node) => node.role === 'cell' && (node.name === '是' || node.name === '否'));
    const status = find(tree, (node) => node.role === 'status')[0];
    // A live region is announced by its content (its name stays empty).
    const statusText = find(status, (node) => node.role === 'StaticText')
      .map((node) => node.name)
      .join('')
      .trim();
    const guideHeading = find(tree, (node) => node.role === 'heading' && node.name.includes('服务指南'))[0];
    const section = find(tree, (node) => node.role === 'heading' && node.name.startsWith('申请材料'))[0];
    const toggle = find(section, (node) => node.role === 'button')[0];
    const quoted = {
      row: cells,
      rowHeaders: rowHeaders.map((header) => `${header.role} "${header.name}"`),
      tick: ticks.map((cell) => `${cell.role} "${cell.name}"`).slice(0, 2),
      count: `${status.role} "${statusText}" (live: ${status.properties.live}, atomic: ${status.properties.atomic})`,
      guide: `heading "${guideHeading.name}" (level ${guideHeading.properties.level})`,
      section: `heading "${section.name}" (level ${section.properties.level}) > button "${toggle.name}" (expanded: ${toggle.properties.expanded})`,
    };
    if (process.env.A11Y_FIGURES) console.log(`# ${JSON.stringify(quoted, null, 2).replaceAll('\n', '\n# ')}`);
    assert.deepEqual(quoted.rowHeaders, ['rowheader "社会保险登记"', 'rowheader "企业社会保险登记"'], 'the 一级事项 and the item name head the row');
    assert.ok(ticks.length >= 6, 'six tick cells in a row');
    assert.ok(ticks.every((cell) => cell.name === '是' || cell.name === '否'));
    assert.equal(status.properties.live, 'polite');
    assert.equal(statusText, '共 50 项');
    assert.equal(status.properties.atomic, true);
    assert.equal(guideHeading.properties.level, 2);
    assert.equal(section.properties.level, 3);
    assert.equal(toggle.properties.expanded, true);
  });
});
