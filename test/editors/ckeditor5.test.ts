// CKEditor 5 (the real browser build, licence key GPL) with and without SiCatalogueHtmlSupport:
// every documented article snippet through setData and through a paste, saved, reopened twice,
// then published beside the bundle. The editing view lives in this page, which has the bundle.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/bundle.js';
import { SiCatalogueHtmlSupport } from '../../src/editors/ckeditor5.js';
import {
  articleSnippets,
  COPIED_CODE_BLOCK,
  canonicalHtml,
  survival,
  clearPublished,
  pasteHtml,
  publish,
  where,
  type DocSnippet,
} from '../support/editor-harness.js';
import { expectConsole } from '../support/console-guard.js';

interface CkEditor {
  setData(html: string): void;
  getData(): string;
  destroy(): Promise<void>;
  editing: { view: { focus(): void; getDomRoot(): HTMLElement } };
  ui: { view: { toolbar: { element: HTMLElement } } };
  model: { change(callback: (writer: { setSelection(...args: unknown[]): void }) => void): void; document: { getRoot(): unknown } };
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type CkModule = Record<string, any>;

let ck: CkModule;
async function createEditor(extraPlugins: unknown[], config: object = {}): Promise<CkEditor> {
  const element = document.createElement('div');
  document.body.append(element);
  return ck.ClassicEditor.create(element, {
    licenseKey: 'GPL',
    plugins: [ck.Essentials, ck.Paragraph, ck.Bold, ck.Link, ck.List, ...extraPlugins],
    toolbar: ['bold', 'link'],
    ...config,
  });
}

async function paste(editor: CkEditor, html: string): Promise<string> {
  editor.setData('');
  editor.editing.view.focus();
  pasteHtml(editor.editing.view.getDomRoot(), html);
  return editor.getData();
}

describe('CKEditor 5 48.5.2', function () {
  this.timeout(60000);
  let snippets: DocSnippet[];
  const published = new Map<string, Awaited<ReturnType<typeof publish>>['reports']>();

  before(async () => {
    ck = (await import(/* @vite-ignore */ '/node_modules/ckeditor5/dist/browser/ckeditor5.js' as string)) as CkModule;
    snippets = await articleSnippets();
    for (const snippet of snippets) {
      published.set(where(snippet), (await publish(snippet.html)).reports);
      clearPublished();
    }
  });

  it('default configuration: strips the si-* elements (why the integration exists)', async () => {
    const editor = await createEditor([]);
    try {
      const broken = [];
      for (const snippet of snippets) {
        editor.setData(snippet.html);
        const viaApi = editor.getData();
        const viaPaste = await paste(editor, snippet.html);
        console.log(`ckeditor5 default ${where(snippet)}: set → ${survival(snippet.html, viaApi)}; paste → ${survival(snippet.html, viaPaste)}`);
        if (/<si-/.test(snippet.html) && !/<si-/.test(viaApi)) broken.push(where(snippet));
      }
      console.log(`CKEditor default: ${broken.length}/${snippets.length} snippets lose their si-* elements: ${broken.join(' ')}`);
      expect(broken.length).to.equal(snippets.filter((snippet) => /<si-/.test(snippet.html)).length);
    } finally {
      await editor.destroy();
    }
  });

  it('with SiCatalogueHtmlSupport: every snippet survives setData, paste and two round trips, and works', async () => {
    // CKEditor's own warning when the data holds a <script> (the bundle snippet): it keeps it as raw HTML.
    expectConsole('domconverter-unsafe-script-element-detected');
    const editor = await createEditor([ck.GeneralHtmlSupport, ck.SourceEditing, SiCatalogueHtmlSupport]);
    try {
      for (const snippet of snippets) {
        const expected = canonicalHtml(snippet.html);
        editor.setData(snippet.html);
        const viaApi = editor.getData();
        const viaPaste = await paste(editor, snippet.html);
        for (const [route, saved] of [
          ['setData', viaApi],
          ['paste', viaPaste],
        ] as const) {
          expect(canonicalHtml(saved), `${where(snippet)} via ${route}`).to.equal(expected);
          let html = saved;
          for (let trip = 1; trip <= 2; trip += 1) {
            editor.setData(html);
            html = editor.getData();
            expect(canonicalHtml(html), `${where(snippet)} via ${route}, round trip ${trip}`).to.equal(expected);
          }
          const { reports } = await publish(html);
          expect(reports, `${where(snippet)} via ${route}, published`).to.deep.equal(published.get(where(snippet)));
          for (const report of reports) expect(report.error, `${where(snippet)} ${report.tag}`).to.equal(null);
          clearPublished();
        }
      }
    } finally {
      await editor.destroy();
    }
  });

  it('a paste into a paragraph puts the element after it, never inside a <p>', async () => {
    const editor = await createEditor([ck.GeneralHtmlSupport, SiCatalogueHtmlSupport]);
    try {
      editor.setData('<p>办事指南：</p>');
      editor.editing.view.focus();
      editor.model.change((writer) => writer.setSelection(editor.model.document.getRoot(), 'end'));
      pasteHtml(
        editor.editing.view.getDomRoot(),
        '<si-service-guide item="48"><div slot="contact"><p>咨询电话：0000-0000000（示例）</p></div></si-service-guide>',
      );
      const saved = editor.getData();
      expect(saved).not.to.match(/<p>[^<]*<si-/);
      const { article } = await publish(saved);
      const guide = article.querySelector('si-service-guide')!;
      expect(guide.querySelector('[slot="contact"]')?.textContent).to.contain('0000-0000000');
    } finally {
      clearPublished();
      await editor.destroy();
    }
  });

  it('shows each element in the editing view as a widget holding the live component', async () => {
    const editor = await createEditor([ck.GeneralHtmlSupport, SiCatalogueHtmlSupport]);
    try {
      editor.setData('<p>说明</p><si-item-card item="3"></si-item-card>');
      const root = editor.editing.view.getDomRoot();
      const widget = root.querySelector('.si-ckeditor-component.ck-widget')!;
      expect(widget, 'widget').to.exist;
      expect(widget.getAttribute('contenteditable')).to.equal('false');
      const card = widget.querySelector('si-item-card')!;
      await waitUntil(() => card.shadowRoot?.textContent?.includes('机关事业单位社会保险登记'), 'live card in the editing view');
      expect(card.shadowRoot!.textContent, 'in the page language, not the editor UI language').to.contain('公开内容');
      expect(editor.getData()).to.equal('<p>说明</p><si-item-card item="3"></si-item-card>');
    } finally {
      await editor.destroy();
    }
  });

  it('a snippet copied from a docs code block pastes as the element, not as code text', async () => {
    const editor = await createEditor([ck.GeneralHtmlSupport, SiCatalogueHtmlSupport]);
    try {
      editor.setData('');
      editor.editing.view.focus();
      pasteHtml(editor.editing.view.getDomRoot(), COPIED_CODE_BLOCK.html, COPIED_CODE_BLOCK.text);
      expect(canonicalHtml(editor.getData())).to.equal(canonicalHtml(COPIED_CODE_BLOCK.text));
      editor.setData('');
      pasteHtml(editor.editing.view.getDomRoot(), '<p>普通文字</p>', '普通文字');
      expect(editor.getData()).to.equal('<p>普通文字</p>');
    } finally {
      await editor.destroy();
    }
  });

  it('keeps only custom elements: legacy tags of a pasted page (font, center, o:p) are unwrapped as before', async () => {
    const editor = await createEditor([ck.GeneralHtmlSupport, SiCatalogueHtmlSupport]);
    try {
      const legacy = '<p><font color="red">通知</font>正文<o:p></o:p></p><center>居中</center><x-map zoom="3"></x-map>';
      editor.setData(legacy);
      const saved = editor.getData();
      expect(saved, 'legacy tags unwrapped').not.to.match(/<font|<center|<o:p/);
      expect(saved).to.contain('通知');
      expect(saved).to.contain('居中');
      expect(saved, 'other custom elements kept, as GHS $customElement means').to.contain('<x-map');
    } finally {
      await editor.destroy();
    }
  });

  it('cleans event handlers and javascript: URLs inside kept markup', async () => {
    const editor = await createEditor([ck.GeneralHtmlSupport, SiCatalogueHtmlSupport]);
    try {
      const dirty =
        '<si-service-guide item="48" onclick="alert(1)"><div slot="contact" onmouseover="alert(2)"><a href="javascript:alert(3)">电话</a></div><script>alert(4)</script></si-service-guide>';
      for (const saved of [await paste(editor, dirty), (editor.setData(dirty), editor.getData())]) {
        expect(saved).to.contain('<si-service-guide item="48">');
        expect(saved).to.contain('slot="contact"');
        expect(saved).not.to.match(/onclick|onmouseover|javascript:|alert/);
      }
    } finally {
      await editor.destroy();
    }
  });

  it('the 插入政务公开目录组件 button inserts a working component', async () => {
    const editor = await createEditor([ck.GeneralHtmlSupport, SiCatalogueHtmlSupport], {
      toolbar: ['siCatalogueInsert'],
      siCatalogue: { ButtonView: ck.ButtonView },
    });
    try {
      editor.setData('<p>正文</p>');
      const button = [...editor.ui.view.toolbar.element.querySelectorAll('button')].find((candidate) =>
        candidate.textContent?.includes('插入政务公开目录组件'),
      );
      expect(button, 'toolbar button').to.exist;
      button!.click();
      const dialog = document.querySelector<HTMLDialogElement>('dialog.si-insert')!;
      const component = dialog.querySelector<HTMLSelectElement>('#si-insert-component')!;
      component.value = 'si-item-card';
      component.dispatchEvent(new Event('change'));
      dialog.querySelector<HTMLInputElement>('[name="item"]')!.value = '3';
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      const saved = editor.getData();
      expect(saved).to.contain('<si-item-card item="3"></si-item-card>');
      const { reports } = await publish(saved);
      expect(reports[0]!.shown).to.contain('机关事业单位社会保险登记');
      expect(reports[0]!.error).to.equal(null);
    } finally {
      clearPublished();
      await editor.destroy();
    }
  });
});
