/**
 * TinyMCE integration: the options to spread into `tinymce.init` so the si-* elements, their
 * attributes, `slot` and the bundle's `<script>` survive editing, pasting and saving.
 *
 * ```js
 * import { siTinymceOptions } from '/static/si-catalogue/editors/tinymce.js';
 * tinymce.init({ selector: '#content', toolbar: 'code | siCatalogueInsert', ...siTinymceOptions() });
 * ```
 *
 * It imports no TinyMCE code: TinyMCE hands it the editor in `setup`.
 * @module
 */
import { cleanHtml, hasSiMarkup, mayNeedCleaning } from './clean-html.js';
import { siSnippetFromClipboard } from './clipboard.js';
import { attributesOf, SCRIPT_ATTRIBUTES, SI_TAGS, SLOT_HOSTS } from './element-schema.js';
import { INSERT_LABEL, openInsertDialog } from './insert-dialog.js';

/** The TinyMCE editor methods this integration uses (a subset of `tinymce.Editor`). */
export interface TinymceEditorLike {
  on(name: string, callback: (event: never) => void): unknown;
  getDoc(): Document | null;
  insertContent(html: string): void;
  execCommand(command: string, ui?: boolean, value?: unknown): boolean;
  serializer: { addNodeFilter(name: string, callback: (nodes: AstNodeLike[]) => void): void };
  schema: { getElementRule(name: string): { attributes: Record<string, object>; attributesOrder: string[] } | undefined };
  ui: { registry: { addButton(name: string, spec: object): void; addMenuItem(name: string, spec: object): void } };
}

/** The parts of TinyMCE's `AstNode` the serializer filter uses. */
interface AstNodeLike {
  name: string;
  type: number;
  value?: string;
  parent: AstNodeLike | null | undefined;
  firstChild: AstNodeLike | null | undefined;
  next: AstNodeLike | null | undefined;
  unwrap(): void;
}

/** A paragraph holding nothing but scripts, comments and blanks: what an inserted `<script>` or comment lands in. */
function onlyScripts(paragraph: AstNodeLike): boolean {
  for (let child = paragraph.firstChild; child; child = child.next) {
    const blank = child.type === 3 && !(child.value ?? '').replace(/[\s\u00a0]/g, '');
    if (child.name !== 'script' && child.name !== '#comment' && !blank && child.name !== 'br') return false;
  }
  return true;
}

/** Options of {@link siTinymceOptions}. */
export interface SiTinymceOptions {
  /**
   * URL of `si-catalogue.loader.js`: TinyMCE loads it into the editing area (`componentUrl`), so
   * editors see the live components. Leave it out to show the elements as plain blocks.
   */
  loaderUrl?: string;
  /** The site's own `setup`, called after this integration's. */
  setup?: (editor: never) => void;
  /** Name of the toolbar button and menu item (add it to `toolbar`). Default `siCatalogueInsert`. */
  buttonName?: string;
  /** Extra `extended_valid_elements` rules of the site, kept after this integration's. */
  extendedValidElements?: string;
}

/** The toolbar button's name when none is given. */
export const SI_TINYMCE_BUTTON = 'siCatalogueInsert';

interface ClipboardPasteEvent {
  clipboardData?: DataTransfer | null;
  preventDefault(): void;
  isDefaultPrevented?: () => boolean;
}

/**
 * Options for `tinymce.init({ ...siTinymceOptions(), … })`:
 * - `custom_elements`: the five elements as blocks with flow content, each with its attributes
 *   (from custom-elements.json) and the global ones;
 * - `extended_valid_elements`: the bundle's `script[src|type|…]`;
 * - `slot` added to `div`, `p`, `span`, `a`… (no element allows it by default);
 * - `convert_urls: false`, so `src="/guides/48.json"` is saved as written, not relative to the
 *   editor's own page;
 * - a paste handler: TinyMCE takes HTML whose only tags are custom elements for plain text;
 *   such a paste is cleaned (`on*`, `javascript:`) and inserted as HTML;
 * - the 插入政务公开目录组件 button (`siCatalogueInsert`) and menu item.
 */
export function siTinymceOptions(options: SiTinymceOptions = {}): Record<string, unknown> {
  const buttonName = options.buttonName ?? SI_TINYMCE_BUTTON;
  const customElements: Record<string, object> = {};
  for (const tag of SI_TAGS) {
    customElements[tag] = {
      extends: 'div',
      attributes: attributesOf(tag),
      children: ['@flow'],
      ...(options.loaderUrl ? { componentUrl: options.loaderUrl } : {}),
    };
  }
  const scriptRule = `script[${SCRIPT_ATTRIBUTES.join('|')}]`;
  return {
    custom_elements: customElements,
    extended_valid_elements: [scriptRule, options.extendedValidElements].filter(Boolean).join(','),
    convert_urls: false,
    relative_urls: false,
    remove_script_host: false,
    setup(editor: TinymceEditorLike) {
      editor.on('PreInit', () => {
        // A pasted or inserted `<script>` or comment is inline content for TinyMCE and lands in a
        // <p>; the bundle's tag (and the snippet's comment) are saved on their own, as written.
        editor.serializer.addNodeFilter('script,#comment', (nodes) => {
          for (const node of nodes) {
            const parent = node.parent;
            if (parent?.name === 'p' && onlyScripts(parent)) {
              for (let child = parent.firstChild; child; child = child.next) if (child.name === 'br') child.unwrap();
              parent.unwrap();
            }
          }
        });
        for (const name of SLOT_HOSTS) {
          const rule = editor.schema.getElementRule(name);
          if (rule && !rule.attributes['slot']) {
            rule.attributes['slot'] = {};
            rule.attributesOrder.push('slot');
          }
        }
      });
      editor.on('paste', ((event: ClipboardPasteEvent) => {
        if (event.isDefaultPrevented?.()) return;
        const html = siSnippetFromClipboard(event.clipboardData, hasSiMarkup);
        if (html === null) return;
        event.preventDefault();
        editor.insertContent(cleanHtml(html, editor.getDoc() ?? document));
      }) as (event: never) => void);
      // Content set through the API or the code view is cleaned the same way.
      editor.on('BeforeSetContent', ((event: { content?: string; format?: string }) => {
        if (typeof event.content === 'string' && event.format !== 'raw' && (hasSiMarkup(event.content) || mayNeedCleaning(event.content))) {
          event.content = cleanHtml(event.content);
        }
      }) as (event: never) => void);
      const open = () => openInsertDialog({ onInsert: (html) => editor.insertContent(html) });
      editor.ui.registry.addButton(buttonName, { text: INSERT_LABEL, tooltip: INSERT_LABEL, onAction: open });
      editor.ui.registry.addMenuItem(buttonName, { text: INSERT_LABEL, onAction: open });
      options.setup?.(editor as never);
    },
  };
}
