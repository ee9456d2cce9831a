// `si-catalogue render`: the static HTML's structure, its options, and its messages on bad input.
// Runs the built CLI (npm run build first; `npm run test:node` does).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const catalogue = JSON.parse(readFileSync(join(root, 'src/data/social-insurance.json'), 'utf8'));
const overlay = JSON.parse(readFileSync(join(root, 'demo/overlay.example.json'), 'utf8'));

function cli(...args) {
  const result = spawnSync(process.execPath, [join(root, 'bin/si-catalogue.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const decode = (text) =>
  text
    .replace(/<[^>]+>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ')
    .trim();
const all = (html, pattern) => [...html.matchAll(pattern)];
const attribute = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** The table's parts, read with patterns: the markup is the element's own and stable. */
function readTable(html) {
  const table = html.match(/<table\b[^>]*>[\s\S]*?<\/table>/)?.[0];
  assert.ok(table, 'a <table>');
  const thead = table.match(/<thead>([\s\S]*?)<\/thead>/)[1];
  const headerRows = all(thead, /<tr\b[^>]*>([\s\S]*?)<\/tr>/g).map(([, row]) =>
    all(row, /<th\b([^>]*)>([\s\S]*?)<\/th>/g).map(([, attrs, text]) => ({ attrs, text: decode(text) })),
  );
  const bodyRows = all(table, /<tbody>([\s\S]*?)<\/tbody>/g).flatMap(([, body]) => all(body, /<tr\b([^>]*)>([\s\S]*?)<\/tr>/g));
  return {
    table,
    caption: decode(table.match(/<caption\b[^>]*>([\s\S]*?)<\/caption>/)[1]),
    headerRows,
    bodyRows: bodyRows.map(([, attrs, cells]) => ({
      id: attribute(attrs, 'id'),
      rowHeader: decode(cells.match(/<th\b[^>]*scope="row"[^>]*>([\s\S]*?)<\/th>/)?.[1] ?? ''),
      cells: all(cells, /<td\b([^>]*)>([\s\S]*?)<\/td>/g).map(([, cellAttrs, html]) => ({ headers: attribute(cellAttrs, 'headers'), html })),
    })),
  };
}

describe('si-catalogue render', () => {
  const county = cli('render');

  it('writes a complete page with <si-catalogue> and its declarative shadow root', () => {
    assert.equal(county.code, 0, county.stderr);
    assert.equal(county.stderr, '');
    assert.match(county.stdout, /^<!doctype html>\n<html lang="zh-CN">/);
    assert.match(county.stdout, /<meta charset="utf-8">/);
    assert.ok(county.stdout.includes(`<title>${catalogue.title}</title>`));
    assert.match(county.stdout, /<si-catalogue lang="zh-CN" hide-toolbar><template shadowroot="open" shadowrootmode="open"><style>/);
    assert.ok(!county.stdout.includes('<!--lit-part'), 'no hydration markers');
    assert.ok(!county.stdout.includes('<script'), 'no script unless --script');
    assert.ok(!/\sstyle="/.test(county.stdout), 'no inline style attributes');
    assert.ok(!county.stdout.includes('role="search"'), 'no search bar by default');
  });

  it('has the caption, the two-row header with scopes, and every cell named by its headers', () => {
    const { caption, headerRows, bodyRows, table } = readTable(county.stdout);
    assert.equal(caption, catalogue.title);
    assert.deepEqual(
      headerRows.map((row) => row.map((cell) => cell.text)),
      [
        ['序号', '公开事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级'],
        ['一级事项', '二级事项', '全社会', '特定群众', '主动', '依申请公开', '县级', '乡、村级'],
      ],
    );
    const scopes = headerRows[0].map((cell) => attribute(cell.attrs, 'scope'));
    assert.deepEqual(scopes, ['col', 'colgroup', 'col', 'col', 'col', 'col', 'col', 'colgroup', 'colgroup', 'colgroup']);
    assert.ok(headerRows[1].every((cell) => attribute(cell.attrs, 'scope') === 'col'));

    assert.equal(bodyRows.length, catalogue.items.length);
    assert.deepEqual(
      bodyRows.map((row) => row.rowHeader),
      catalogue.items.map((item) => item.name),
    );
    const ids = new Set(all(table, /\sid="([^"]+)"/g).map(([, id]) => id));
    for (const row of bodyRows) {
      for (const cell of row.cells) {
        assert.ok(cell.headers, `a cell of ${row.id} without headers`);
        for (const id of cell.headers.split(' ')) assert.ok(ids.has(id), `headers="${cell.headers}" names a missing id ${id}`);
      }
    }
  });

  it('writes the table without what no reader uses: no whitespace between its tags, no empty class, short header ids', () => {
    const { table, bodyRows } = readTable(county.stdout);
    assert.doesNotMatch(table, />\s+<(?:\/?(?:tr|td|th|tbody|ul|li)\b)/, 'whitespace between table or list tags');
    assert.doesNotMatch(table, /\sclass=""|\s>|\s{2}/, 'an empty class or a run of spaces in a tag');
    // Row and group headers are named by seq: every cell lists both, so their length is paid 13 times a row.
    assert.match(bodyRows[0].cells[0].headers, /^si-h-seq si-gh-1 si-rh-1$/);
    // The whole shadow table, ids, headers, parts and badges included, per row (the plain table of bench/ is ≈0.9 KB).
    const perRow = Buffer.byteLength(table) / bodyRows.length;
    assert.ok(perRow < 3200, `${Math.round(perRow)} bytes a row`);
  });

  it('writes ticks as a check mark with text (是), and their absence as text (否)', () => {
    const { bodyRows } = readTable(county.stdout);
    catalogue.items.forEach((item, index) => {
      const cell = bodyRows[index].cells.find((c) => c.headers.split(' ').includes('si-h-levels-township'));
      if (item.levels.township) {
        assert.match(cell.html, /<span class="tick" aria-hidden="true">✓<\/span><span class="visually-hidden">是<\/span>/);
      } else {
        assert.match(cell.html, /^\s*<span class="visually-hidden">否<\/span>\s*$/);
      }
    });
  });

  it('--level township keeps the township items and the attribute the upgraded element reads', () => {
    const result = cli('render', '--level', 'township');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /<si-catalogue lang="zh-CN" level="township" hide-toolbar>/);
    const names = readTable(result.stdout).bodyRows.map((row) => row.rowHeader);
    assert.deepEqual(
      names,
      catalogue.items.filter((item) => item.levels.township).map((item) => item.name),
    );
  });

  it('--overlay retitles the catalogue, hides and adds items; with no --overlay-url the element keeps the static table', () => {
    const result = cli('render', '--overlay', 'demo/overlay.example.json', '--fragment');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^<si-catalogue lang="zh-CN" hide-toolbar><template shadowroot="open" shadowrootmode="open"><!--si-catalogue:keep-static-->/);
    assert.ok(!result.stdout.includes('overlay-src'), 'a local path is not a URL the page can fetch');
    const { caption, bodyRows } = readTable(result.stdout);
    assert.equal(caption, overlay.title);
    const ids = bodyRows.map((row) => row.id);
    assert.ok(!ids.includes('si-item-job-retention-subsidy'));
    assert.ok(ids.includes('si-item-shili-township-card-agency'));
    assert.ok(result.stdout.includes('咨询电话：0000-0000000（示例电话）'));
  });

  it('--overlay-url, --src-url and --script set what the page loads, escaped', () => {
    const result = cli('render', '--overlay', 'demo/overlay.example.json', '--overlay-url', '/data/a"b.json', '--script', '/static/si-catalogue.bundle.js');
    assert.equal(result.code, 0, result.stderr);
    assert.ok(result.stdout.includes('overlay-src="/data/a&quot;b.json"'));
    assert.ok(result.stdout.includes('<script type="module" src="/static/si-catalogue.bundle.js"></script>'));
  });

  it('--toolbar renders the search bar, kept invisible until the element is defined', () => {
    const result = cli('render', '--toolbar', '--fragment');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^<si-catalogue lang="zh-CN"><template/);
    assert.ok(result.stdout.includes('role="search"'));
    assert.ok(result.stdout.includes(':host(:not(:defined)) .toolbar'));
  });

  it('--src renders another catalogue', () => {
    const dir = mkdtempSync(join(tmpdir(), 'si-render-'));
    const file = join(dir, 'small.json');
    writeFileSync(file, JSON.stringify({ ...catalogue, id: 'small', title: '小目录（测试）', items: catalogue.items.slice(0, 3) }));
    const result = cli('render', '--src', file, '--src-url', '/small.json');
    assert.equal(result.code, 0, result.stderr);
    assert.ok(result.stdout.includes('<title>小目录（测试）</title>'));
    assert.ok(result.stdout.includes('src="/small.json"'));
    assert.ok(!result.stdout.includes('keep-static'), 'the element can load its own copy');
    assert.equal(readTable(result.stdout).bodyRows.length, 3);
  });

  it('--src without --src-url never writes the local path into the page, and marks the table to be kept', () => {
    const dir = mkdtempSync(join(tmpdir(), 'si-render-'));
    const file = join(dir, 'small.json');
    writeFileSync(file, JSON.stringify({ ...catalogue, id: 'small', title: '小目录（测试）', items: catalogue.items.slice(0, 3) }));
    const result = cli('render', '--src', file, '--fragment');
    assert.equal(result.code, 0, result.stderr);
    assert.ok(!result.stdout.includes(file) && !/\ssrc="/.test(result.stdout), 'no src attribute');
    assert.ok(result.stdout.includes('<!--si-catalogue:keep-static-->'));
  });

  it('writes every row of a large catalogue, with no 显示更多 button', () => {
    const dir = mkdtempSync(join(tmpdir(), 'si-render-'));
    const file = join(dir, 'large.json');
    const template = catalogue.items[0];
    const items = Array.from({ length: 250 }, (_, index) => ({ ...template, seq: index + 1, id: `large-item-${index + 1}`, name: `示例事项 ${index + 1}` }));
    writeFileSync(file, JSON.stringify({ ...catalogue, id: 'large', items }));
    const result = cli('render', '--src', file, '--src-url', '/large.json');
    assert.equal(result.code, 0, result.stderr);
    const { bodyRows } = readTable(result.stdout);
    assert.equal(bodyRows.length, 250);
    assert.equal(bodyRows.at(-1).rowHeader, '示例事项 250');
    assert.ok(!result.stdout.includes('显示更多') && !result.stdout.includes('class="more"'));
  });

  it("writes URLs and paths holding $&, $' and $` exactly (no replacement patterns)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'si-render-$&-'));
    const file = join(dir, "catalogue$'$`.json");
    writeFileSync(file, JSON.stringify(catalogue));
    const result = cli('render', '--src', file, '--src-url', "/data/$&$'$`.json", '--overlay', 'demo/overlay.example.json', '--overlay-url', '/o/$`x$&.json');
    assert.equal(result.code, 0, result.stderr);
    const open = result.stdout.match(/<si-catalogue\b[^>]*>/)[0];
    assert.equal(attribute(open, 'src'), "/data/$&amp;$'$`.json");
    assert.equal(attribute(open, 'overlay-src'), '/o/$`x$&amp;.json');
    assert.equal(all(result.stdout, /<si-catalogue\b/g).length, 1);
    assert.equal(all(result.stdout, /<template shadowroot/g).length, 1);
  });

  it('reads files saved with a UTF-8 byte order mark', () => {
    const dir = mkdtempSync(join(tmpdir(), 'si-render-'));
    const src = join(dir, 'bom.json');
    const overlayFile = join(dir, 'bom-overlay.json');
    writeFileSync(src, `\uFEFF${JSON.stringify(catalogue)}`);
    writeFileSync(overlayFile, `\uFEFF${JSON.stringify(overlay)}`);
    const result = cli('render', '--src', src, '--overlay', overlayFile);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(readTable(result.stdout).caption, overlay.title);
  });
});

describe('si-catalogue render on bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'si-render-bad-'));
  const write = (name, value) => {
    const file = join(dir, name);
    writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
    return file;
  };

  it('exits 1 naming the file, the count and the first five paths, like the element', async () => {
    const items = structuredClone(catalogue.items);
    delete items[0].name;
    items[1].seq = -1;
    items[2].channels = [];
    items[3].levels = { county: 'yes', township: false };
    items[4].id = 'Bad Id';
    items[5].group = '不存在的事项';
    const file = write('invalid.json', { ...catalogue, items });
    const result = cli('render', '--src', file);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    const lines = result.stderr.trimEnd().split('\n');
    assert.equal(lines[0], `si-catalogue render: ${file}：目录数据有 6 处不符合要求：`);
    assert.equal(lines[1], '  items[0].name：缺少此项');
    assert.equal(lines[2], '  items[1].seq：应为正整数，实际为 -1');
    assert.equal(lines[6], '  ……另有 1 处');
    assert.equal(lines.length, 7);

    // The same messages the element lists for the same data.
    const { validateCatalogue, formatValidationError } = await import('../../dist/data.js');
    const expected = validateCatalogue({ ...catalogue, items })
      .errors.slice(0, 5)
      .map((error) => `  ${formatValidationError(error, 'zh-CN')}`);
    assert.deepEqual(lines.slice(1, 6), expected);
  });

  it('exits 1 for an overlay that does not fit, naming the overlay', () => {
    const file = write('overlay.json', { base: 'social-insurance', items: [{ id: 'no-such-item', hide: true }] });
    const result = cli('render', '--overlay', file);
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      new RegExp(
        `^si-catalogue render: ${file.replaceAll('/', '\\/')}：目录数据有 1 处不符合要求：\\n {2}overlay\\.items\\[0\\]\\.id：没有 id 为 "no-such-item" 的事项\n$`,
      ),
    );
  });

  it('exits 1 for a missing file or broken JSON, naming it', () => {
    const missing = cli('render', '--src', join(dir, 'missing.json'));
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /无法读取文件 .*missing\.json（ENOENT）/);
    const broken = cli('render', '--src', write('broken.json', '{"id": '));
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /broken\.json 不是有效的 JSON：/);
  });

  it('exits 2 with the usage for bad arguments', () => {
    for (const args of [['render', '--level', 'city'], ['render', '--lang', 'en'], ['render', '--nope'], ['render', '--src'], ['publish']]) {
      const result = cli(...args);
      assert.equal(result.code, 2, args.join(' '));
      assert.notEqual(result.stderr, '');
    }
    assert.equal(cli('--help').code, 0);
    assert.match(cli('--version').stdout, /^\d+\.\d+\.\d+/);
  });
});
