// wangEditor 5 (the real browser build, global `wangEditor`) with and without siWangEditorModule:
// every documented article snippet through createEditor({ html }) / setHtml and through a paste,
// saved (getHtml), reopened twice, then published beside the bundle.
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/bundle.js';
import { SI_WANGEDITOR_MENU, siWangEditorModule, siWangEditorPaste } from '../../src/editors/wangeditor.js';
import {
  articleSnippets,
  COPIED_CODE_BLOCK,
  canonicalHtml,
  survival,
  clearPublished,
  loadClassicScript,
  pasteHtml,
  publish,
  where,
  type DocSnippet,
} from '../support/editor-harness.js';
import { expectConsole } from '../support/console-guard.js';

interface WangEditor {
  getHtml(): string;
  setHtml(html: string): void;
  clear(): void;
  focus(end?: boolean): void;
  destroy(): void;
  getEditableContainer(): HTMLElement;
}
interface WangEditorGlobal {
  Boot: { registerModule(module: object): void };
  createEditor(options: object): WangEditor;
  createToolbar(options: object): unknown;
}
declare const wangEditor: WangEditorGlobal;

function createEditor(html: string, withToolbar = false): WangEditor {
  const box = document.createElement('div');
  box.className = 'wang-box';
  const toolbar = document.createElement('div');
  const area = document.createElement('div');
  area.style.height = '400px';
  box.append(toolbar, area);
  document.body.append(box);
  const editor = wangEditor.createEditor({ selector: area, html, mode: 'default', config: {} });
  if (withToolbar) {
    wangEditor.createToolbar({ editor, selector: toolbar, mode: 'default', config: { toolbarKeys: [SI_WANGEDITOR_MENU, 'bold'] } });
  }
  return editor;
}

const EMPTY = '<p><br></p>';

/**
 * Takes a finished editor off the page without destroy(): wangEditor 5.1.23's destroy() leaves
 * its debounced selectionchange handler behind, which then throws "Can not get editor instance".
 */
function retire(editor: WangEditor): void {
  editor.getEditableContainer().closest('.wang-box')?.setAttribute('hidden', '');
}

/** wangEditor renders its DOM after each change, asynchronously: wait for the view to catch up. */
async function settledView(editor: WangEditor): Promise<void> {
  await nextFrame();
  await waitUntil(() => editor.getEditableContainer().querySelector('[data-slate-editor]'), 'editing area');
}

async function paste(editor: WangEditor, html: string, text = html): Promise<string> {
  editor.setHtml(EMPTY);
  await settledView(editor);
  editor.focus();
  await settledView(editor);
  pasteHtml(editor.getEditableContainer().querySelector('[data-slate-editor]')!, html, text);
  // The paste handlers change the document model at once; the view follows a frame later.
  await settledView(editor);
  return editor.getHtml();
}

describe('wangEditor 5.1.23', function () {
  this.timeout(60000);
  let snippets: DocSnippet[];
  const published = new Map<string, Awaited<ReturnType<typeof publish>>['reports']>();

  // wangEditor's own noise: the test editors are shorter than the 300 px it wants, and Slate loses a
  // DOM point when a paste replaces the whole document (an unhandled rejection inside wangEditor).
  beforeEach(() => {
    expectConsole('编辑区域高度 < 300px', 'Cannot resolve a DOM node from Slate node', 'An error was thrown in a Promise outside a test');
  });

  before(async () => {
    await loadClassicScript('/node_modules/@wangeditor/editor/dist/index.js');
    snippets = await articleSnippets();
    for (const snippet of snippets) {
      published.set(where(snippet), (await publish(snippet.html)).reports);
      clearPublished();
    }
  });

  it('default configuration: strips the si-* elements (why the integration exists)', async () => {
    const broken = [];
    for (const snippet of snippets) {
      const editor = createEditor(snippet.html);
      await settledView(editor);
      const viaApi = editor.getHtml();
      const viaPaste = await paste(editor, snippet.html);
      console.log(`wangeditor default ${where(snippet)}: createEditor → ${survival(snippet.html, viaApi)}; paste → ${survival(snippet.html, viaPaste)}`);
      if (/<si-/.test(snippet.html) && !/<si-/.test(viaApi)) broken.push(where(snippet));
      retire(editor);
    }
    console.log(`wangEditor default: ${broken.length}/${snippets.length} snippets lose their si-* elements: ${broken.join(' ')}`);
    expect(broken.length).to.equal(snippets.filter((snippet) => /<si-/.test(snippet.html)).length);
  });

  it('with siWangEditorModule: every snippet survives createEditor, paste and two round trips, and works', async () => {
    wangEditor.Boot.registerModule(siWangEditorModule);
    for (const snippet of snippets) {
      const expected = canonicalHtml(snippet.html);
      const editor = createEditor(snippet.html);
      try {
        const viaApi = editor.getHtml();
        await settledView(editor);
        const viaPaste = await paste(editor, snippet.html);
        for (const [route, saved] of [
          ['createEditor', viaApi],
          ['paste', viaPaste],
        ] as const) {
          expect(canonicalHtml(saved), `${where(snippet)} via ${route}`).to.equal(expected);
          let html = saved;
          for (let trip = 1; trip <= 2; trip += 1) {
            editor.setHtml(html);
            await settledView(editor);
            html = editor.getHtml();
            expect(canonicalHtml(html), `${where(snippet)} via ${route}, round trip ${trip}`).to.equal(expected);
          }
          const { reports } = await publish(html);
          expect(reports, `${where(snippet)} via ${route}, published`).to.deep.equal(published.get(where(snippet)));
          for (const report of reports) expect(report.error, `${where(snippet)} ${report.tag}`).to.equal(null);
          clearPublished();
        }
      } finally {
        retire(editor);
      }
    }
  });

  it('shows the real component in the editing area', async () => {
    const editor = createEditor('<si-item-card item="3"></si-item-card>');
    try {
      await settledView(editor);
      const card = editor.getEditableContainer().querySelector('si-item-card')!;
      expect(card, 'component in the editing area').to.exist;
      await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(card.shadowRoot!.textContent).to.contain('机关事业单位社会保险登记');
    } finally {
      retire(editor);
    }
  });

  it('a snippet copied from a docs code block pastes as the element, not as code text', async () => {
    const editor = createEditor('<p><br></p>');
    try {
      await settledView(editor);
      expect(canonicalHtml(await paste(editor, COPIED_CODE_BLOCK.html, COPIED_CODE_BLOCK.text))).to.equal(canonicalHtml(COPIED_CODE_BLOCK.text));
      expect(await paste(editor, '<p>普通文字</p>', '普通文字')).to.equal('<p>普通文字</p>');
    } finally {
      retire(editor);
    }
  });

  it('siWangEditorPaste (a customPaste) inserts si-* pastes itself and leaves others to wangEditor', async () => {
    const editor = createEditor('<p><br></p>');
    try {
      await settledView(editor);
      editor.focus();
      const event = (html: string, text: string) => {
        const data = new DataTransfer();
        data.setData('text/html', html);
        data.setData('text/plain', text);
        return new ClipboardEvent('paste', { clipboardData: data, cancelable: true });
      };
      const plain = event('<p>普通文字</p>', '普通文字');
      expect(siWangEditorPaste(editor as never, plain)).to.equal(true);
      expect(plain.defaultPrevented).to.equal(false);
      const snippet = event(
        '<script type="module" src="/static/si-catalogue/si-catalogue.bundle.js"></script><si-deadline changed="2026-09-28"></si-deadline>',
        '',
      );
      expect(siWangEditorPaste(editor as never, snippet)).to.equal(false);
      expect(snippet.defaultPrevented).to.equal(true);
      await settledView(editor);
      expect(canonicalHtml(editor.getHtml())).to.equal(
        canonicalHtml('<script type="module" src="/static/si-catalogue/si-catalogue.bundle.js"></script><si-deadline changed="2026-09-28"></si-deadline>'),
      );
    } finally {
      retire(editor);
    }
  });

  it('cleans event handlers and javascript: URLs out of pasted and loaded markup', async () => {
    const dirty =
      '<si-service-guide item="48" onclick="alert(1)"><div slot="contact" onmouseover="alert(2)"><a href="javascript:alert(3)">电话</a></div><script>alert(4)</script></si-service-guide>';
    const editor = createEditor(dirty);
    try {
      await settledView(editor);
      for (const saved of [editor.getHtml(), await paste(editor, dirty)]) {
        expect(saved).to.contain('<si-service-guide item="48">');
        expect(saved).to.contain('slot="contact"');
        expect(saved).not.to.match(/onclick|onmouseover|javascript:|alert/);
      }
    } finally {
      retire(editor);
    }
  });

  it('the 插入政务公开目录组件 menu inserts a working component', async () => {
    const editor = createEditor('<p>正文</p>', true);
    try {
      await settledView(editor);
      editor.focus(true);
      await waitUntil(() => document.querySelector(`[data-menu-key="${SI_WANGEDITOR_MENU}"]`), 'toolbar button');
      const button = document.querySelector<HTMLButtonElement>(`[data-menu-key="${SI_WANGEDITOR_MENU}"]`);
      expect(button, 'toolbar button').to.exist;
      button!.click();
      const dialog = document.querySelector<HTMLDialogElement>('dialog.si-insert')!;
      expect(dialog, 'insert form').to.exist;
      const component = dialog.querySelector<HTMLSelectElement>('#si-insert-component')!;
      component.value = 'si-deadline';
      component.dispatchEvent(new Event('change'));
      dialog.querySelector<HTMLInputElement>('[name="changed"]')!.value = '2026-09-28';
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await waitUntil(() => editor.getHtml().includes('<si-deadline'), 'inserted');
      const saved = editor.getHtml();
      expect(saved).to.contain('<si-deadline changed="2026-09-28"></si-deadline>');
      const { reports } = await publish(saved);
      expect(reports[0]!.shown).to.contain('2026年10月30日');
    } finally {
      clearPublished();
      retire(editor);
    }
  });
});
