// TinyMCE 8 (the real editor, loaded as a site loads it) with and without siTinymceOptions():
// every documented article snippet through setContent and through a paste, saved, reopened twice,
// then published beside the bundle.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/bundle.js';
import { siTinymceOptions } from '../../src/editors/tinymce.js';
import {
  articleSnippets,
  COPIED_CODE_BLOCK,
  canonicalHtml,
  survival,
  clearPublished,
  loadClassicScript,
  publish,
  where,
  type DocSnippet,
} from '../support/editor-harness.js';

interface TinyEditor {
  setContent(html: string): void;
  getContent(): string;
  getBody(): HTMLElement;
  getWin(): Window & typeof globalThis;
  focus(): void;
  remove(): void;
  ui: { registry: { getAll(): { buttons: Record<string, { onAction: () => void }> } } };
}
declare const tinymce: { init(options: object): Promise<TinyEditor[]> };

let mount = 0;
async function createEditor(options: object): Promise<TinyEditor> {
  const textarea = document.createElement('textarea');
  textarea.id = `tinymce-${(mount += 1)}`;
  document.body.append(textarea);
  const [editor] = await tinymce.init({
    target: textarea,
    base_url: '/node_modules/tinymce',
    suffix: '.min',
    license_key: 'gpl',
    menubar: false,
    promotion: false,
    ...options,
  });
  return editor!;
}

async function paste(editor: TinyEditor, html: string, text = html): Promise<string> {
  editor.setContent('');
  editor.focus();
  const win = editor.getWin();
  const data = new win.DataTransfer();
  data.setData('text/html', html);
  data.setData('text/plain', text);
  editor.getBody().dispatchEvent(new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  return editor.getContent();
}

function roundTrip(editor: TinyEditor, saved: string): string[] {
  const trips = [];
  let html = saved;
  for (let trip = 0; trip < 2; trip += 1) {
    editor.setContent(html);
    html = editor.getContent();
    trips.push(html);
  }
  return trips;
}

describe('TinyMCE 8.9.2', function () {
  this.timeout(60000);
  let snippets: DocSnippet[];
  const published = new Map<string, Awaited<ReturnType<typeof publish>>['reports']>();

  before(async () => {
    await loadClassicScript('/node_modules/tinymce/tinymce.min.js');
    snippets = await articleSnippets();
    for (const snippet of snippets) {
      published.set(where(snippet), (await publish(snippet.html)).reports);
      clearPublished();
    }
  });

  it('default configuration: strips the si-* elements (why the integration exists)', async () => {
    const editor = await createEditor({});
    try {
      const broken = [];
      for (const snippet of snippets) {
        editor.setContent(snippet.html);
        const viaApi = editor.getContent();
        const viaPaste = await paste(editor, snippet.html);
        console.log(`tinymce default ${where(snippet)}: set → ${survival(snippet.html, viaApi)}; paste → ${survival(snippet.html, viaPaste)}`);
        if (/<si-/.test(snippet.html) && !/<si-/.test(viaApi)) broken.push(where(snippet));
      }
      // Every snippet with an element loses it; the matrix goes into the report.
      console.log(`TinyMCE default: ${broken.length}/${snippets.length} snippets lose their si-* elements: ${broken.join(' ')}`);
      expect(broken.length).to.equal(snippets.filter((snippet) => /<si-/.test(snippet.html)).length);
    } finally {
      editor.remove();
    }
  });

  it('with siTinymceOptions(): every snippet survives setContent, paste and two round trips, and works', async () => {
    const editor = await createEditor({ ...siTinymceOptions(), plugins: 'code', toolbar: 'code siCatalogueInsert' });
    try {
      for (const snippet of snippets) {
        const expected = canonicalHtml(snippet.html);
        editor.setContent(snippet.html);
        const viaApi = editor.getContent();
        const viaPaste = await paste(editor, snippet.html);
        for (const [route, saved] of [
          ['setContent', viaApi],
          ['paste', viaPaste],
        ] as const) {
          expect(canonicalHtml(saved), `${where(snippet)} via ${route}`).to.equal(expected);
          const trips = roundTrip(editor, saved);
          for (const [index, trip] of trips.entries()) {
            expect(canonicalHtml(trip), `${where(snippet)} via ${route}, round trip ${index + 1}`).to.equal(expected);
          }
          const { reports } = await publish(trips[1]!);
          expect(reports, `${where(snippet)} via ${route}, published`).to.deep.equal(published.get(where(snippet)));
          for (const report of reports) expect(report.error, `${where(snippet)} ${report.tag}`).to.equal(null);
          clearPublished();
        }
      }
    } finally {
      editor.remove();
    }
  });

  it('with loaderUrl: live components in the editing area, and the saved HTML is still the snippet', async () => {
    const editor = await createEditor(siTinymceOptions({ loaderUrl: '/static/si-catalogue/si-catalogue.loader.js' }));
    try {
      const win = editor.getWin();
      await waitUntil(() => win.customElements?.get('si-catalogue'), 'the loader defined the elements in the editing area', { timeout: 15000 });
      for (const snippet of snippets.filter((candidate) => /<si-/.test(candidate.html))) {
        editor.setContent(snippet.html);
        const live = [...editor.getBody().querySelectorAll('si-catalogue, si-item-card, si-service-guide, si-deadline, si-channel-badges')];
        await waitUntil(() => live.every((element) => element.shadowRoot?.textContent?.trim()), `${where(snippet)}: components render in the editing area`);
        // TinyMCE saves the live DOM: an attribute a component reflects by default would be saved too.
        expect(canonicalHtml(editor.getContent()), `${where(snippet)} saved from live components`).to.equal(canonicalHtml(snippet.html));
      }
    } finally {
      editor.remove();
    }
  });

  it('a snippet copied from a docs code block pastes as the element, not as code text', async () => {
    const editor = await createEditor(siTinymceOptions());
    try {
      expect(canonicalHtml(await paste(editor, COPIED_CODE_BLOCK.html, COPIED_CODE_BLOCK.text))).to.equal(canonicalHtml(COPIED_CODE_BLOCK.text));
      expect(await paste(editor, '<p>普通文字</p>', '普通文字')).to.equal('<p>普通文字</p>');
    } finally {
      editor.remove();
    }
  });

  it('cleans event handlers and javascript: URLs out of pasted and set markup', async () => {
    const editor = await createEditor(siTinymceOptions());
    try {
      const dirty =
        '<si-service-guide item="48" onclick="alert(1)"><div slot="contact" onmouseover="alert(2)"><a href="javascript:alert(3)">电话</a></div><script>alert(4)</script></si-service-guide>';
      for (const saved of [await paste(editor, dirty), (editor.setContent(dirty), editor.getContent())]) {
        expect(saved).to.contain('<si-service-guide item="48">');
        expect(saved).to.contain('slot="contact"');
        expect(saved).not.to.match(/onclick|onmouseover|javascript:|alert/);
      }
    } finally {
      editor.remove();
    }
  });

  it('the 插入政务公开目录组件 button inserts a working component', async () => {
    const editor = await createEditor({ ...siTinymceOptions(), toolbar: 'siCatalogueInsert' });
    try {
      editor.setContent('');
      const button = document.querySelector<HTMLButtonElement>(`.tox-tbtn[aria-label="插入政务公开目录组件"], .tox-tbtn[title="插入政务公开目录组件"]`);
      expect(button, 'toolbar button').to.exist;
      button!.click();
      const dialog = document.querySelector<HTMLDialogElement>('dialog.si-insert')!;
      expect(dialog.open).to.equal(true);
      const component = dialog.querySelector<HTMLSelectElement>('#si-insert-component')!;
      component.value = 'si-catalogue';
      component.dispatchEvent(new Event('change'));
      dialog.querySelector<HTMLSelectElement>('[name="level"]')!.value = 'township';
      dialog.querySelector<HTMLInputElement>('[name="exportable"]')!.checked = true;
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      const saved = editor.getContent();
      expect(canonicalHtml(saved)).to.equal(canonicalHtml('<si-catalogue level="township" exportable></si-catalogue>'));
      const { reports } = await publish(saved);
      expect(reports[0]!.rows).to.be.greaterThan(10);
      expect(reports[0]!.error).to.equal(null);
    } finally {
      clearPublished();
      editor.remove();
    }
  });
});
