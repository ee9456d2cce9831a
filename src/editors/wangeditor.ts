/**
 * wangEditor 5 integration: `siWangEditorModule`, a module for `Boot.registerModule` that makes
 * the si-* elements and the bundle's `<script>` editor nodes. In the editing area each element is
 * the real component (live when the bundle is on the editor's page); saving writes clean HTML,
 * the element with its attributes and slotted content as they were; a paste of such HTML keeps
 * them (wangEditor's own paste drops every `<script>`); and a 插入政务公开目录组件 menu.
 *
 * ```js
 * const { Boot, createEditor, createToolbar } = window.wangEditor;
 * import { siWangEditorModule, SI_WANGEDITOR_MENU } from '/static/si-catalogue/editors/wangeditor.js';
 * Boot.registerModule(siWangEditorModule);
 * const editor = createEditor({ selector: '#editor', html, config: { customPaste: siWangEditorPaste } });
 * createToolbar({ editor, selector: '#toolbar', config: { insertKeys: { index: 0, keys: [SI_WANGEDITOR_MENU] } } });
 * ```
 *
 * It imports no wangEditor code; nodes are snabbdom vnodes built here (what wangEditor's `h` makes).
 * @module
 */
import { cleanHtml, hasSiMarkup, isSafeScriptSrc } from './clean-html.js';
import { clipboardFragment, siSnippetFromClipboard } from './clipboard.js';
import { attributesOf, SCRIPT_ATTRIBUTES, SI_TAGS } from './element-schema.js';
import { INSERT_LABEL, openInsertDialog } from './insert-dialog.js';

/** The menu key to add to the toolbar (`insertKeys`). */
export const SI_WANGEDITOR_MENU = 'siCatalogueInsert';

/** The node type of the bundle's script tag. */
const SCRIPT_TYPE = 'si-script';

/** A saved si-* element or script as a wangEditor (Slate) element. */
export interface SiWangElement {
  type: string;
  attrs: Record<string, string>;
  /** The element's inner HTML (slotted content), cleaned. */
  html: string;
  children: [{ text: '' }];
}

interface VNode {
  sel: string | undefined;
  data: Record<string, unknown> | undefined;
  children: VNode[] | undefined;
  text: string | undefined;
  elm: Node | undefined;
  key: string | undefined;
}

/** snabbdom's `h(sel, data, children)`: a vnode is a plain object. */
function h(sel: string, data: Record<string, unknown>, children: (VNode | string)[] = []): VNode {
  const kids = children.map((child) =>
    typeof child === 'string' ? { sel: undefined, data: undefined, children: undefined, text: child, elm: undefined, key: undefined } : child,
  );
  return { sel, data, children: kids, text: undefined, elm: undefined, key: undefined };
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function attributesHtml(attrs: Record<string, string>): string {
  return Object.entries(attrs)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
}

function keptAttributes(element: Element, allowed: readonly string[]): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const attribute of element.attributes) if (allowed.includes(attribute.name)) attrs[attribute.name] = attribute.value;
  return attrs;
}

/** The component in the editing area: not editable as text, shown as itself. */
function renderComponent(elem: SiWangElement): VNode {
  const setContent = (_old: unknown, vnode?: VNode) => {
    const node = (vnode ?? (_old as VNode)).elm as Element | undefined;
    if (node && node.innerHTML !== elem.html) node.innerHTML = elem.html;
  };
  const component = h(elem.type, { attrs: { ...elem.attrs }, hook: { insert: setContent, update: setContent } });
  return h('div', { props: { contentEditable: false }, attrs: { 'data-si-wangeditor': elem.type }, style: { margin: '0.5em 0' } }, [component]);
}

function renderScript(elem: SiWangElement): VNode {
  return h(
    'div',
    {
      props: { contentEditable: false },
      attrs: { 'data-si-wangeditor': SCRIPT_TYPE, title: elem.attrs['src'] ?? '' },
      style: { border: '1px dashed #888', padding: '0.25em 0.5em', color: '#555', fontSize: '14px' },
    },
    [`脚本：${elem.attrs['src'] ?? ''}（发布后加载组件，页面模板中已有时可删除）`],
  );
}

/** The saved HTML of one element. */
export function siElementToHtml(elem: SiWangElement): string {
  if (elem.type === SCRIPT_TYPE) return `<script${attributesHtml(elem.attrs)}></script>`;
  return `<${elem.type}${attributesHtml(elem.attrs)}>${elem.html}</${elem.type}>`;
}

/** The editor node for one pasted or loaded element (cleaned), or null for a script that may not stay. */
export function siElementFromDom(element: Element): SiWangElement | null {
  if (element.localName === 'script' || element.localName === SCRIPT_CARRIER) {
    const src = element.getAttribute('src');
    if (src === null || !isSafeScriptSrc(src)) return null;
    return { type: SCRIPT_TYPE, attrs: keptAttributes(element, SCRIPT_ATTRIBUTES), html: '', children: [{ text: '' }] };
  }
  const clean = element.cloneNode(true) as Element;
  const wrapper = element.ownerDocument.createElement('div');
  wrapper.append(clean);
  wrapper.innerHTML = cleanHtml(wrapper.innerHTML, element.ownerDocument);
  const cleaned = wrapper.firstElementChild ?? clean;
  return { type: element.localName, attrs: keptAttributes(cleaned, attributesOf(element.localName)), html: cleaned.innerHTML.trim(), children: [{ text: '' }] };
}

const TYPES = [...SI_TAGS, SCRIPT_TYPE];

interface WangEditorLike {
  children: { type?: string }[];
  isVoid(elem: { type?: string }): boolean;
  isInline(elem: { type?: string }): boolean;
  insertData(data: DataTransfer): void;
  insertNode(node: unknown): void;
  dangerouslyInsertHtml(html: string): void;
  restoreSelection(): void;
  select(range: object): void;
  focus(end?: boolean): void;
}

/** Scripts travel through wangEditor's HTML parser under this name (its parser drops `<script>`). */
const SCRIPT_CARRIER = 'si-wangeditor-script';

/** Inserts HTML with si-* elements and scripts at the selection, through wangEditor's own parser. */
export function insertSiHtml(editor: WangEditorLike, html: string): void {
  const template = document.createElement('template');
  template.innerHTML = cleanHtml(clipboardFragment(html), document, { dropBlankLines: true });
  for (const script of [...template.content.querySelectorAll('script')]) {
    const carrier = document.createElement(SCRIPT_CARRIER);
    for (const attribute of script.attributes) carrier.setAttribute(attribute.name, attribute.value);
    script.replaceWith(carrier);
  }
  editor.dangerouslyInsertHtml(template.innerHTML);
}

/**
 * wangEditor's `customPaste` (editor config): a paste with si-* elements or the bundle's script is
 * inserted by this module (returns false); any other paste is left to wangEditor (returns true).
 */
export function siWangEditorPaste(editor: WangEditorLike, event: ClipboardEvent): boolean {
  const html = siSnippetFromClipboard(event.clipboardData, hasSiMarkup);
  if (html === null) return true;
  event.preventDefault();
  insertSiHtml(editor, html);
  return false;
}

class InsertMenu {
  readonly title = INSERT_LABEL;
  readonly tag = 'button';
  /** Enabled without a selection too: the snippet then goes at the end. */
  readonly alwaysEnable = true;
  readonly iconSvg =
    '<svg viewBox="0 0 1024 1024"><path d="M128 160h768v96H128zm0 192h768v96H128zm0 192h480v96H128zm0 192h480v96H128zm608-96h96v96h96v96h-96v96h-96v-96h-96v-96h96z"/></svg>';
  getValue(): string {
    return '';
  }
  isActive(): boolean {
    return false;
  }
  isDisabled(): boolean {
    return false;
  }
  exec(editor: WangEditorLike): void {
    openInsertDialog({
      onInsert: (html) => {
        editor.restoreSelection();
        insertSiHtml(editor, html);
      },
    });
  }
}

/** The module for `Boot.registerModule(siWangEditorModule)`. */
export const siWangEditorModule = {
  editorPlugin<T extends WangEditorLike>(editor: T): T {
    const { isVoid, isInline, insertData } = editor;
    editor.isVoid = (elem) => (TYPES.includes(elem.type ?? '') ? true : isVoid(elem));
    editor.isInline = (elem) => (TYPES.includes(elem.type ?? '') ? false : isInline(elem));
    // The paste hook: wangEditor's insertData would drop the scripts and unknown elements.
    editor.insertData = (data: DataTransfer) => {
      const html = siSnippetFromClipboard(data, hasSiMarkup);
      if (html !== null) insertSiHtml(editor, html);
      else insertData(data);
    };
    return editor;
  },
  renderElems: TYPES.map((type) => ({
    type,
    renderElem: (elem: unknown) => (type === SCRIPT_TYPE ? renderScript(elem as SiWangElement) : renderComponent(elem as SiWangElement)),
  })),
  elemsToHtml: [
    ...TYPES.map((type) => ({ type, elemToHtml: (elem: unknown) => siElementToHtml(elem as SiWangElement) })),
    // wangEditor saves every link with `target=""`; the fallback link (and any other) is saved as written.
    {
      type: 'link',
      elemToHtml: (elem: unknown, childrenHtml: string) => {
        const { url = '', target = '' } = elem as { url?: string; target?: string };
        return `<a href="${escapeAttribute(url)}"${target ? ` target="${escapeAttribute(target)}"` : ''}>${childrenHtml}</a>`;
      },
    },
  ],
  parseElemsHtml: [
    ...SI_TAGS.map((tag) => ({ selector: tag, parseElemHtml: (element: Element) => siElementFromDom(element) })),
    { selector: SCRIPT_CARRIER, parseElemHtml: (element: Element) => siElementFromDom(element) ?? { type: 'paragraph', children: [{ text: '' }] } },
    { selector: 'script', parseElemHtml: (element: Element) => siElementFromDom(element) ?? { type: 'paragraph', children: [{ text: '' }] } },
  ],
  menus: [{ key: SI_WANGEDITOR_MENU, factory: () => new InsertMenu() }],
};
