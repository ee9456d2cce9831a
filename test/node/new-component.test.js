// npm run new:component NAME (scripts/new-component.js), run into a temporary copy of the files it
// edits: it creates the class, styles, strings, entry, story, test and README section in the
// project's pattern, refuses to overwrite, rejects bad names, and --dry-run writes nothing.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = join(root, 'scripts/new-component.js');
let temp;

const run = (...args) =>
  new Promise((resolve) => {
    execFile(process.execPath, [script, ...args, '--root', temp], (error, stdout, stderr) => resolve({ code: error?.code ?? 0, stdout, stderr }));
  });
const read = (path) => readFileSync(join(temp, path), 'utf8');

before(() => {
  temp = mkdtempSync(join(tmpdir(), 'si-new-component-'));
  mkdirSync(join(temp, 'src/locales'), { recursive: true });
  for (const file of ['README.md', 'src/index.ts', 'src/locales/zh-CN.ts', 'src/locales/zh-TW.ts', 'src/locales/en.ts'])
    copyFileSync(join(root, file), join(temp, file));
});
after(() => rmSync(temp, { recursive: true, force: true }));

test('--dry-run lists the files and writes nothing', async () => {
  const { code, stdout } = await run('item-list', '--dry-run');
  assert.equal(code, 0);
  assert.match(stdout, /would create src\/components\/item-list\/si-item-list\.ts/);
  assert.match(stdout, /would update src\/index\.ts/);
  assert.equal(existsSync(join(temp, 'src/components')), false);
  assert.equal(read('src/index.ts'), readFileSync(join(root, 'src/index.ts'), 'utf8'));
});

test('creates the element, its styles, strings, entry, story, test and README section', async () => {
  const { code, stdout } = await run('si-item-list');
  assert.equal(code, 0, stdout);
  const element = read('src/components/item-list/si-item-list.ts');
  assert.match(element, /export class SiItemList extends SiElement/);
  assert.match(element, /define\('si-item-list', SiItemList\)/);
  assert.match(element, /'si-item-list': SiItemList;/);
  for (const tag of ['@summary', '@slot', '@csspart base', '@cssprop [--si-item-list-gap', '@tag si-item-list']) assert.ok(element.includes(tag), tag);
  assert.doesNotMatch(element, /unsafeHTML|constructor\(/);
  const styles = read('src/components/item-list/si-item-list.styles.ts');
  assert.match(styles, /var\(--si-item-list-gap, \$\{token\('space-s'\)\}\)/);
  assert.match(styles, /forced-colors: active/);
  assert.match(styles, /prefers-reduced-motion: reduce/);
  assert.match(styles, /padding-inline/);
  const strings = read('src/components/item-list/item-list.strings.ts');
  assert.match(strings, /export const itemListStringsFrom: StringsBuilder<'itemList', ItemListStrings> = \(\{ itemList \}\) => itemList;/);
  assert.match(strings, /componentTranslations\(itemListStringsFrom, \{ itemList \}\)/);
  assert.match(read('src/locales/zh-CN.ts'), /\nexport const itemList = \{\n {2}label: '示例组件',\n\};\n$/);
  assert.match(read('src/locales/zh-TW.ts'), /\nexport const itemList: LocaleStrings\['itemList'\] = \{\n {2}label: '示例元件',\n\};\n$/);
  assert.match(read('src/locales/en.ts'), /\nexport const itemList: LocaleStrings\['itemList'\] = \{\n {2}label: 'Example component',\n\};\n$/);
  assert.match(element, /this\.localize\(itemListTranslations\)/);
  assert.match(element, /from '\.\.\/\.\.\/internal\/si-element\.js'/);
  assert.match(read('src/item-list.ts'), /export \* from '\.\/components\/item-list\/si-item-list\.js';/);
  assert.match(read('stories/item-list.stories.ts'), /component: 'si-item-list'/);
  assert.match(read('test/components/item-list/si-item-list.test.ts'), /describe\('<si-item-list>'/);
  assert.match(read('src/index.ts'), /^export \* from '\.\/item-list\.js';$/m);
  const readme = read('README.md');
  assert.ok(readme.indexOf('### `<si-item-list>`') > readme.indexOf('## Components'));
  assert.ok(readme.indexOf('### `<si-item-list>`') < readme.indexOf('\n## Data'));
  assert.match(stdout, /npm run analyze/);
});

test('refuses to overwrite an existing component, and writes nothing', async () => {
  const before = read('src/index.ts');
  const { code, stderr } = await run('item-list');
  assert.equal(code, 1);
  assert.match(stderr, /<si-item-list> exists already/);
  assert.equal(read('src/index.ts'), before);
});

test('refuses a name whose locale section exists already', async () => {
  const { code, stderr } = await run('channel-badges');
  assert.equal(code, 1);
  assert.match(stderr, /the section channelBadges of src\/locales\/zh-CN\.ts/);
});

test('rejects a name that is not lower-case words joined by hyphens', async () => {
  for (const name of ['ItemList', 'item_list', '1list', 'item--list']) {
    const { code, stderr } = await run(name);
    assert.equal(code, 2, name);
    assert.match(stderr, /lower-case words joined by hyphens/, name);
  }
  const { code, stderr } = await run();
  assert.equal(code, 2);
  assert.match(stderr, /give the element name/);
});
