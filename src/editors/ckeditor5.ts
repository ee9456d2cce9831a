/**
 * CKEditor 5 integration: `SiCatalogueHtmlSupport`, a plugin that makes General HTML Support keep
 * the si-* elements with their attributes and inner HTML (slots), places them as blocks (never
 * inside a `<p>`, where a page's HTML parser would split the slots out of the element), cleans
 * `on*` attributes and `javascript:` URLs out of what it keeps, and adds the
 * 插入政务公开目录组件 toolbar button.
 *
 * ```js
 * import { ClassicEditor, Essentials, Paragraph, GeneralHtmlSupport, SourceEditing, ButtonView } from 'ckeditor5';
 * import { SiCatalogueHtmlSupport } from '/static/si-catalogue/editors/ckeditor5.js';
 * ClassicEditor.create(element, {
 *   licenseKey: 'GPL',
 *   plugins: [Essentials, Paragraph, GeneralHtmlSupport, SourceEditing, SiCatalogueHtmlSupport],
 *   toolbar: ['sourceEditing', 'siCatalogueInsert'],
 *   siCatalogue: { ButtonView },
 * });
 * ```
 *
 * It imports no CKEditor code: it requires `GeneralHtmlSupport` by name (add it to `plugins`) and
 * takes the button class from `siCatalogue.ButtonView` or the CDN build's global `CKEDITOR`.
 * @module
 */
import { cleanHtml, hasSiMarkup, mayNeedCleaning } from './clean-html.js';
import { siSnippetFromClipboard } from './clipboard.js';
import { attributesOf, SCRIPT_ATTRIBUTES, SI_TAGS } from './element-schema.js';
import { INSERT_LABEL, openInsertDialog } from './insert-dialog.js';

/** The toolbar item this plugin registers. */
export const SI_CKEDITOR_BUTTON = 'siCatalogueInsert';

/** A General HTML Support allow rule (`htmlSupport.allow` item). */
export interface GhsRule {
  name: string | RegExp;
  attributes?: Record<string, true> | boolean;
  classes?: boolean;
}

/**
 * The GHS rules the plugin loads: `$customElement` (without it GHS ignores custom elements), one
 * rule per si-* element with its attributes from custom-elements.json, and the bundle's `script`.
 * Sites that configure GHS themselves can spread these into `htmlSupport.allow`.
 */
export function siCatalogueGhsRules(): GhsRule[] {
  const names = (list: readonly string[]) => Object.fromEntries(list.map((name) => [name, true as const]));
  return [
    { name: '$customElement' },
    // GHS takes `class` as `classes`, not as an attribute name.
    ...SI_TAGS.map((tag) => ({ name: tag, attributes: names(attributesOf(tag).filter((name) => name !== 'class')), classes: true })),
    { name: 'script', attributes: names(SCRIPT_ATTRIBUTES) },
  ];
}

/** The model schema of a kept si-* element or script: a block object at the root or in a block container. */
const BLOCK_OBJECT_SCHEMA = { allowWhere: '$block', allowContentOf: undefined, isObject: true, isBlock: true };

/* Minimal shapes of the CKEditor APIs used here (CKEditor is not imported). */
interface Emitter {
  on(event: string, callback: (info: { stop(): void }, ...args: never[]) => void, options?: { priority?: string | number }): void;
}
interface ViewWriter {
  createContainerElement(name: string, attributes?: Record<string, string>): ViewElement;
  createRawElement(name: string, attributes: Record<string, string>, render: (dom: HTMLElement) => void): ViewElement;
  insert(position: unknown, element: ViewElement): void;
  createPositionAt(parent: ViewElement, offset: number): unknown;
  addClass(name: string, element: ViewElement): void;
  setCustomProperty(key: string, value: unknown, element: ViewElement): void;
}
interface ViewElement {
  getFillerOffset?: () => number | null;
}
interface ModelElement {
  getAttribute(name: string): unknown;
}
interface GhsAttributes {
  attributes?: Record<string, string>;
  classes?: string[];
}
interface UpcastData {
  viewItem: { name: string };
  modelCursor: unknown;
  modelRange: unknown;
}
interface UpcastApi {
  consumable: { consume(item: unknown, what: { name: true }): boolean };
  convertChildren(item: unknown, cursor: unknown): { modelRange: unknown; modelCursor: unknown };
}
interface CkEditor {
  conversion: {
    for(group: string): {
      elementToElement(config: { model: object; view: (element: ModelElement, api: { writer: ViewWriter }) => ViewElement; converterPriority?: string }): void;
      add(
        helper: (dispatcher: {
          on(event: string, callback: (info: unknown, data: UpcastData, api: UpcastApi) => void, options: { priority: string }): void;
        }) => void,
      ): void;
    };
  };
  plugins: { get(name: string): Emitter & { loadAllowedConfig(rules: GhsRule[]): void } };
  config: { get(name: string): unknown };
  data: Emitter;
  editing: { view: { document: Emitter } };
  model: { insertContent(content: unknown): void; change<T>(callback: (writer: unknown) => T): T };
  ui: { componentFactory: { add(name: string, factory: (locale: unknown) => unknown): void } };
  locale: unknown;
  sourceElement?: HTMLElement;
}
interface ButtonViewLike {
  set(values: Record<string, unknown>): void;
  on(event: string, callback: () => void): void;
}
type ButtonViewClass = new (locale: unknown) => ButtonViewLike;

/** A tag no HTML defines and that is no custom element name: Word's `o:p`, `st1:…`, typos. */
function isUnknownTag(name: string): boolean {
  if (name.includes('-') || typeof document === 'undefined') return false;
  try {
    return document.createElement(name) instanceof HTMLUnknownElement;
  } catch {
    return false;
  }
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The element as HTML: its tag, its kept attributes and classes, its (cleaned) inner HTML. */
function componentHtml(name: string, ghs: GhsAttributes | undefined, content: string): string {
  const attributes = Object.entries(ghs?.attributes ?? {}).map(([key, value]) => ` ${key}="${escapeAttribute(String(value))}"`);
  if (ghs?.classes?.length) attributes.push(` class="${escapeAttribute(ghs.classes.join(' '))}"`);
  return `<${name}${attributes.join('')}>${content}</${name}>`;
}

function cleanData(data: unknown): unknown {
  if (typeof data === 'string') return hasSiMarkup(data) || mayNeedCleaning(data) ? cleanHtml(data) : data;
  if (data && typeof data === 'object') {
    return Object.fromEntries(Object.entries(data).map(([root, html]) => [root, cleanData(html)]));
  }
  return data;
}

/**
 * The CKEditor 5 plugin (`plugins: [GeneralHtmlSupport, SiCatalogueHtmlSupport]`).
 * Config `siCatalogue.ButtonView`: the `ButtonView` class from `ckeditor5`, for the toolbar button.
 */
export class SiCatalogueHtmlSupport {
  static get pluginName(): string {
    return 'SiCatalogueHtmlSupport';
  }

  static get requires(): string[] {
    return ['GeneralHtmlSupport'];
  }

  readonly editor: CkEditor;

  constructor(editor: CkEditor) {
    this.editor = editor;
  }

  init(): void {
    const editor = this.editor;
    const dataFilter = editor.plugins.get('DataFilter');
    // Block placement: GHS registers custom elements and scripts as inline objects, so a pasted
    // element lands in a <p>. The definition is changed before GHS registers it.
    for (const view of ['$customElement', 'script']) {
      dataFilter.on(
        `register:${view}`,
        (_info, definition: { modelSchema: object }) => {
          definition.modelSchema = { ...BLOCK_OBJECT_SCHEMA };
        },
        { priority: 'highest' },
      );
    }
    dataFilter.loadAllowedConfig(siCatalogueGhsRules());

    // GHS's `$customElement` takes every element it has no definition for, so a pasted Word `<o:p>`
    // would stay as an opaque block. Only real custom element names (with a hyphen) are kept;
    // tags HTML does not know are unwrapped, as CKEditor does without GHS. Registered before GHS's own
    // low-priority converter, so it runs first.
    editor.conversion.for('upcast').add((dispatcher) => {
      dispatcher.on(
        'element',
        (_info, data, api) => {
          if (data.modelRange || !isUnknownTag(data.viewItem.name)) return;
          if (!api.consumable.consume(data.viewItem, { name: true })) return;
          const { modelRange, modelCursor } = api.convertChildren(data.viewItem, data.modelCursor);
          data.modelRange = modelRange;
          data.modelCursor = modelCursor;
        },
        { priority: 'low' },
      );
    });

    // The editing view: GHS shows a custom element as an empty, inert <span>, so editors see
    // nothing. Each si-* element is shown as a widget holding the real element (live when the
    // bundle is on the editor's page), selectable, movable and deletable as one block.
    editor.conversion.for('editingDowncast').elementToElement({
      model: { name: 'htmlCustomElement', attributes: ['htmlElementName', 'htmlCustomElementAttributes', 'htmlContent'] },
      view: (modelElement, { writer }) => {
        const name = String(modelElement.getAttribute('htmlElementName'));
        const label = `政务公开目录组件 <${name}>`;
        const widget = writer.createContainerElement('div', { class: 'si-ckeditor-component', 'aria-label': label, contenteditable: 'false' });
        writer.addClass('ck-widget', widget);
        writer.setCustomProperty('widget', true, widget);
        writer.setCustomProperty('widgetLabel', [label], widget);
        widget.getFillerOffset = () => null;
        const html = componentHtml(
          name,
          modelElement.getAttribute('htmlCustomElementAttributes') as GhsAttributes | undefined,
          String(modelElement.getAttribute('htmlContent') ?? ''),
        );
        // CKEditor marks its editable with its UI language (lang="en"); the component's words follow
        // the nearest lang, so the preview takes the page's, as the published article will.
        const lang = (typeof document !== 'undefined' && document.documentElement.lang) || 'zh-CN';
        const raw = writer.createRawElement('div', { class: 'si-ckeditor-component-preview', lang }, (dom) => {
          dom.innerHTML = cleanHtml(html, dom.ownerDocument);
        });
        writer.insert(writer.createPositionAt(widget, 0), raw);
        return widget;
      },
      converterPriority: 'high',
    });

    // Cleaning: GHS keeps a custom element's inner HTML verbatim, handlers and script URLs included.
    editor.data.on(
      'set',
      (_info, args: unknown[]) => {
        args[0] = cleanData(args[0]);
      },
      { priority: 'high' },
    );
    editor.editing.view.document.on(
      'clipboardInput',
      (_info, data: { dataTransfer: DataTransfer; content?: unknown }) => {
        if (typeof data.content === 'object') return;
        const snippet = siSnippetFromClipboard(data.dataTransfer, hasSiMarkup);
        const html = snippet ?? data.dataTransfer?.getData('text/html');
        if (html) data.content = cleanHtml(html, document, { dropBlankLines: snippet !== null });
      },
      { priority: 'high' },
    );

    const config = (editor.config.get('siCatalogue') ?? {}) as { ButtonView?: ButtonViewClass };
    const ButtonView = config.ButtonView ?? (globalThis as { CKEDITOR?: { ButtonView?: ButtonViewClass } }).CKEDITOR?.ButtonView;
    if (!ButtonView) return;
    editor.ui.componentFactory.add(SI_CKEDITOR_BUTTON, (locale) => {
      const button = new ButtonView(locale);
      button.set({ label: INSERT_LABEL, withText: true, tooltip: true });
      button.on('execute', () => this.openDialog());
      return button;
    });
  }

  /** Opens the 插入政务公开目录组件 form; the snippet is inserted at the selection as a block. */
  openDialog(): HTMLDialogElement {
    const editor = this.editor as CkEditor & { data: { toModel(view: unknown): unknown; processor: { toView(html: string): unknown } } };
    return openInsertDialog({
      onInsert: (html) => editor.model.insertContent(editor.data.toModel(editor.data.processor.toView(html))),
    });
  }
}
