// The "插入政务公开目录组件" form shared by the three editor integrations: a native <dialog>
// (focus kept inside, Esc closes, labelled fields) built from the element schema, so a new
// attribute in custom-elements.json shows up here without an edit.
import { SI_ELEMENTS, type SiAttributeSchema, type SiElementSchema } from './element-schema.js';
import { buildSnippet, FORM_HIDDEN_ATTRIBUTES } from './snippet.js';

/** The toolbar button's label in every editor. */
export const INSERT_LABEL = '插入政务公开目录组件';

const ELEMENT_NAMES: Record<string, string> = {
  'si-catalogue': '公开目录表（si-catalogue）',
  'si-item-card': '事项卡片（si-item-card）',
  'si-service-guide': '服务指南（si-service-guide）',
  'si-deadline': '公开时限（si-deadline）',
  'si-channel-badges': '公开渠道（si-channel-badges）',
};

const LABELS: Record<string, string> = {
  item: '事项序号或 id（如 48）',
  level: '公开层级',
  columns: '显示的列（如 序号、二级事项、公开内容）',
  'guide-href': '事项名称链接到服务指南（如 /bsfw/guides/{id}.html）',
  href: '事项名称链接（如 /guides/{id}.html）',
  src: '数据文件地址（JSON）',
  'overlay-src': '本地叠加文件地址（JSON）',
  exportable: '提供“导出表格（CSV）”按钮',
  'sync-url': '筛选条件写入网址（便于收藏）',
  selectable: '事项名称可点选',
  'hide-toolbar': '隐藏搜索和筛选栏',
  view: '显示方式',
  group: '只显示此一级事项',
  channel: '只显示此公开渠道',
  caption: '表格标题（替换目录名称）',
  'heading-level': '标题级别（1–6）',
  'page-size': '每次显示的行数',
  variant: '样式',
  changed: '信息形成或变更日期（YYYY-MM-DD）',
  published: '实际公开日期（YYYY-MM-DD）',
  today: '计算日期（YYYY-MM-DD，静态页面用）',
  'working-days': '时限（工作日）',
  channels: '公开渠道（用 、 分隔）',
  size: '大小',
  label: '无障碍名称',
  expanded: '全部展开',
  editor: '显示编辑检查清单（仅供编辑预览）',
  'popular-searches': '常用查询（用 、 分隔；none 表示不显示）',
};

const VALUE_LABELS: Record<string, string> = {
  county: '县级',
  township: '乡、村级',
  auto: '自动',
  table: '表格',
  cards: '卡片',
  compact: '简洁',
  full: '完整',
  s: '小',
  m: '中',
  l: '大',
};

/** Attributes shown first; the rest sit under 更多选项. */
const COMMON = new Set([
  'item',
  'level',
  'columns',
  'guide-href',
  'href',
  'src',
  'overlay-src',
  'exportable',
  'sync-url',
  'changed',
  'published',
  'channels',
  'variant',
]);

const STYLE = `
.si-insert{font:16px/1.5 system-ui,sans-serif;max-inline-size:min(40rem,95vw);border:1px solid #888;border-radius:6px;padding:1.25rem}
.si-insert::backdrop{background:rgb(0 0 0/.4)}
.si-insert h2{font-size:1.25rem;margin:0 0 1rem}
.si-insert label{display:block;margin-block:.5rem .25rem;font-weight:600}
.si-insert .si-insert-check{font-weight:400}
.si-insert input:not([type=checkbox]),.si-insert select{box-sizing:border-box;inline-size:100%;font:inherit;padding:.375rem;min-block-size:2.75rem}
.si-insert [aria-invalid=true]{outline:2px solid #b00020}
.si-insert .si-insert-error{color:#b00020;margin:.125rem 0 0}
.si-insert .si-insert-actions{display:flex;gap:.75rem;justify-content:flex-end;margin-block-start:1rem}
.si-insert button{font:inherit;min-block-size:2.75rem;padding-inline:1rem}
.si-insert pre{white-space:pre-wrap;word-break:break-all;background:#f4f4f4;padding:.5rem;font-size:.875rem}
`;

/** Options of {@link openInsertDialog}. */
export interface InsertDialogOptions {
  /** Receives the snippet when the editor presses 插入. */
  onInsert: (html: string) => void;
  /** The document to open the dialog in (the editor's page). */
  ownerDocument?: Document;
  /** The element selected when the form opens. */
  tag?: string;
}

function fieldFor(doc: Document, attribute: SiAttributeSchema, id: string): HTMLElement {
  const wrapper = doc.createElement('div');
  const label = doc.createElement('label');
  label.htmlFor = id;
  // An attribute added to an element later still gets a field: its name and the manifest's description.
  const text = LABELS[attribute.name] ?? `${attribute.name}（${attribute.description.split(/[.。]/)[0]}）`;
  if (attribute.kind === 'boolean') {
    const input = doc.createElement('input');
    input.type = 'checkbox';
    input.id = id;
    input.name = attribute.name;
    label.className = 'si-insert-check';
    label.append(input, ` ${text}`);
    wrapper.append(label);
    return wrapper;
  }
  label.textContent = text;
  let control: HTMLInputElement | HTMLSelectElement;
  if (attribute.kind === 'enum' || attribute.name === 'level') {
    control = doc.createElement('select');
    const values = attribute.kind === 'enum' ? attribute.values : ['county', 'township'];
    control.append(new Option('（默认）', ''), ...values.map((value) => new Option(VALUE_LABELS[value] ? `${VALUE_LABELS[value]}（${value}）` : value, value)));
  } else {
    control = doc.createElement('input');
    control.type = attribute.kind === 'number' ? 'number' : 'text';
    if (['changed', 'published', 'today'].includes(attribute.name)) control.type = 'date';
  }
  control.id = id;
  control.name = attribute.name;
  const error = doc.createElement('p');
  error.className = 'si-insert-error';
  error.id = `${id}-error`;
  error.hidden = true;
  wrapper.append(label, control, error);
  return wrapper;
}

function renderFields(doc: Document, element: SiElementSchema, container: HTMLElement): void {
  container.replaceChildren();
  const more = doc.createElement('details');
  const summary = doc.createElement('summary');
  summary.textContent = '更多选项';
  more.append(summary);
  for (const attribute of element.attributes) {
    if (FORM_HIDDEN_ATTRIBUTES.has(attribute.name)) continue;
    const field = fieldFor(doc, attribute, `si-insert-${attribute.name}`);
    (COMMON.has(attribute.name) ? container : more).append(field);
  }
  if (more.children.length > 1) container.append(more);
}

/**
 * Opens the form in `ownerDocument` and resolves when it closes. 插入 checks the values
 * (`buildSnippet`); on a mistake it names the field and what was expected and stays open.
 */
export function openInsertDialog(options: InsertDialogOptions): HTMLDialogElement {
  const doc = options.ownerDocument ?? document;
  const dialog = doc.createElement('dialog');
  dialog.className = 'si-insert';
  dialog.setAttribute('aria-labelledby', 'si-insert-title');
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const form = doc.createElement('form');
  form.method = 'dialog';
  const title = doc.createElement('h2');
  title.id = 'si-insert-title';
  title.textContent = INSERT_LABEL;
  const componentLabel = doc.createElement('label');
  componentLabel.htmlFor = 'si-insert-component';
  componentLabel.textContent = '组件';
  const component = doc.createElement('select');
  component.id = 'si-insert-component';
  component.name = 'component';
  for (const element of SI_ELEMENTS) component.append(new Option(ELEMENT_NAMES[element.tag] ?? element.tag, element.tag));
  component.value = options.tag && SI_ELEMENTS.some((element) => element.tag === options.tag) ? options.tag : 'si-catalogue';
  const fields = doc.createElement('div');
  const preview = doc.createElement('pre');
  preview.setAttribute('aria-label', '将插入的代码');
  const status = doc.createElement('p');
  status.className = 'si-insert-error';
  status.setAttribute('role', 'alert');
  const actions = doc.createElement('div');
  actions.className = 'si-insert-actions';
  const cancel = doc.createElement('button');
  cancel.type = 'button';
  cancel.textContent = '取消';
  const insert = doc.createElement('button');
  insert.type = 'submit';
  insert.textContent = '插入';
  actions.append(cancel, insert);
  form.append(title, componentLabel, component, fields, preview, status, actions);
  dialog.append(style, form);

  const elementOf = () => SI_ELEMENTS.find((element) => element.tag === component.value)!;
  const read = () => {
    const attributes: Record<string, string | boolean> = {};
    for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')) {
      if (control.name === 'component') continue;
      attributes[control.name] = control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value;
    }
    return buildSnippet({ tag: component.value, attributes });
  };
  const showErrors = (errors: ReturnType<typeof read>['errors']) => {
    for (const control of form.querySelectorAll<HTMLElement>('[name]')) {
      control.removeAttribute('aria-invalid');
      control.removeAttribute('aria-describedby');
    }
    for (const message of form.querySelectorAll<HTMLElement>('p.si-insert-error[id]')) message.hidden = true;
    for (const error of errors) {
      const control = form.querySelector<HTMLElement>(`[name="${error.attribute}"]`);
      const message = doc.getElementById(`si-insert-${error.attribute}-error`);
      if (control && message) {
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', message.id);
        message.textContent = error.message;
        message.hidden = false;
      }
    }
    status.textContent = errors.length
      ? `请修改 ${errors.length} 处：${errors.map((error) => `${LABELS[error.attribute] ?? error.attribute}：${error.message}`).join('；')}`
      : '';
  };
  const update = () => {
    const result = read();
    preview.textContent = result.html || '…';
  };
  renderFields(doc, elementOf(), fields);
  update();
  component.addEventListener('change', () => {
    renderFields(doc, elementOf(), fields);
    showErrors([]);
    update();
  });
  form.addEventListener('input', update);
  cancel.addEventListener('click', () => dialog.close());
  form.addEventListener('submit', (event) => {
    const result = read();
    if (result.errors.length) {
      event.preventDefault();
      showErrors(result.errors);
      const first = form.querySelector<HTMLElement>('[aria-invalid=true]');
      first?.focus();
      return;
    }
    dialog.close();
    options.onInsert(result.html);
  });
  dialog.addEventListener('close', () => dialog.remove());
  doc.body.append(dialog);
  dialog.showModal();
  component.focus();
  return dialog;
}
