// scripts/build-react.js: the React wrappers come from custom-elements.json. One component per
// custom element, an `on…` prop per `si-*` event typed with its detail, no phantom events, a
// clear error for a detail type no entry exports, and the committed src/react/index.ts is fresh.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { elementsOf, propName, reactModule, typeNamesIn } from '../../scripts/build-react.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

const manifest = {
  modules: [
    {
      path: 'src/components/item-list/si-item-list.ts',
      declarations: [
        {
          name: 'SiItemList',
          tagName: 'si-item-list',
          customElement: true,
          summary: 'A list of items.',
          events: [
            { name: 'si-item-select', type: { text: 'CustomEvent<ItemSelectDetail>' } },
            { name: 'type', type: { text: 'CustomEvent' } },
          ],
        },
      ],
    },
    { path: 'src/components/plain/si-plain.ts', declarations: [{ name: 'SiPlain', tagName: 'si-plain', customElement: true, events: [{ name: 'type' }] }] },
    { path: 'src/utilities/si-element.ts', declarations: [{ name: 'SiElement', customElement: true, events: [{ name: 'type' }] }] },
  ],
};
const exportsOf = (names) => (entry) => new Set(names[entry] ?? []);

describe('React wrappers from the manifest', () => {
  it('names event props after the event', () => {
    assert.equal(propName('si-item-select'), 'onItemSelect');
    assert.equal(propName('si-guide-toggle'), 'onGuideToggle');
    assert.equal(propName('si-load'), 'onLoad');
    assert.deepEqual(typeNamesIn('CustomEvent<ItemSelectDetail>'), ['ItemSelectDetail']);
  });

  it('wraps every custom element with a tag, keeping only si-* events', () => {
    const elements = elementsOf(manifest);
    assert.deepEqual(
      elements.map((element) => [element.tagName, element.events.map((event) => event.name)]),
      [
        ['si-item-list', ['si-item-select']],
        ['si-plain', []],
      ],
    );
  });

  it('writes a typed component per element, importing each detail type once', () => {
    const text = reactModule(elementsOf(manifest), exportsOf({ 'src/item-list.ts': ['SiItemList', 'ItemSelectDetail'], 'src/plain.ts': ['SiPlain'] }));
    assert.match(text, /import \{ SiItemList as SiItemListElement, type ItemSelectDetail \} from '\.\.\/item-list\.js';/);
    assert.match(text, /import \{ SiPlain as SiPlainElement \} from '\.\.\/plain\.js';/);
    assert.match(text, /export type \{ ItemSelectDetail \};/);
    assert.match(text, /onItemSelect: 'si-item-select' as EventName<CustomEvent<ItemSelectDetail>>,/);
    assert.match(
      text,
      /export const SiPlain = createComponent\(\{\n {2}react: React,\n {2}tagName: 'si-plain',\n {2}elementClass: SiPlainElement,\n {2}displayName: 'SiPlain',\n\}\);/,
    );
    assert.doesNotMatch(text, /'type'/);
    assert.match(text, /do not edit/);
  });

  it('names the element and the type when no entry exports a detail type or the class', () => {
    assert.throws(
      () => reactModule(elementsOf(manifest), exportsOf({ 'src/item-list.ts': ['SiItemList'], 'src/plain.ts': ['SiPlain'] })),
      /<si-item-list> si-item-select: its detail type ItemSelectDetail is not exported/,
    );
    assert.throws(
      () => reactModule(elementsOf(manifest), exportsOf({ 'src/item-list.ts': ['ItemSelectDetail'] })),
      /<si-item-list>: src\/item-list\.ts does not export SiItemList/,
    );
  });

  it('the committed src/react/index.ts is what custom-elements.json gives (npm run react:check)', { timeout: 120_000 }, async () => {
    const { code, output } = await new Promise((resolve) => {
      execFile(process.execPath, ['scripts/build-react.js', '--check'], { cwd: root }, (error, stdout, stderr) =>
        resolve({ code: error?.code ?? 0, output: stdout + stderr }),
      );
    });
    assert.equal(code, 0, output);
  });
});
