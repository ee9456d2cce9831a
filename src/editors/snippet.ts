// The snippet the "插入政务公开目录组件" form writes: one si-* element with the attributes the
// editor chose, checked the way the element would read them, so editors never type tags.
import { safeHref } from '../internal/safe-url.js';
import { SI_ELEMENTS, type SiAttributeSchema } from './element-schema.js';

/** What the form asks for: an element and its attribute values (`true` for a boolean attribute). */
export interface SnippetRequest {
  tag: string;
  attributes: Record<string, string | boolean | undefined>;
}

/** A snippet, or the reasons there is none (each naming the field and what was expected). */
export interface SnippetResult {
  html: string;
  errors: { attribute: string; message: string }[];
}

/** Attributes that take a URL: only http(s) and relative URLs are written. */
const URL_ATTRIBUTES = new Set(['src', 'overlay-src', 'guide-href', 'href']);
/** Attributes that take a day, `YYYY-MM-DD`. */
const DATE_ATTRIBUTES = new Set(['changed', 'published', 'today']);
/** Attributes the form does not offer (JSON, or state a reader sets). */
export const FORM_HIDDEN_ATTRIBUTES = new Set(['strings', 'query']);
/** Elements that need an item. */
const ITEM_REQUIRED = new Set(['si-item-card', 'si-service-guide']);

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function checkValue(tag: string, attribute: SiAttributeSchema, value: string): string | undefined {
  if (URL_ATTRIBUTES.has(attribute.name) && safeHref(value) === undefined) {
    return '只能填写以 / 开头的站内地址或 http(s):// 地址';
  }
  if (DATE_ATTRIBUTES.has(attribute.name) && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return '日期格式应为 YYYY-MM-DD，例如 2026-09-28';
  if (attribute.kind === 'number' && !/^\d+$/.test(value)) return '应为整数';
  if (attribute.name === 'heading-level' && !/^[1-6]$/.test(value)) return '标题级别应为 1 到 6';
  if (attribute.kind === 'enum' && !attribute.values.includes(value)) return `应为 ${attribute.values.join('、')} 之一`;
  if (attribute.name === 'item' && !/^(\d{1,4}|[a-z0-9]+(-[a-z0-9]+)*)$/.test(value)) {
    return '应为事项序号（如 48）或事项 id（如 social-security-card-application）';
  }
  if (attribute.name === 'level' && tag === 'si-catalogue' && !['county', 'township'].includes(value)) {
    return '应为 county（县级）或 township（乡、村级）';
  }
  return undefined;
}

/** Builds `<si-x a="…"></si-x>` from the form's values; values are trimmed, empty ones left out. */
export function buildSnippet(request: SnippetRequest): SnippetResult {
  const element = SI_ELEMENTS.find((candidate) => candidate.tag === request.tag);
  if (!element) return { html: '', errors: [{ attribute: 'component', message: `未知的组件：${request.tag}` }] };
  const errors: SnippetResult['errors'] = [];
  const parts: string[] = [];
  for (const attribute of element.attributes) {
    const raw = request.attributes[attribute.name];
    if (raw === undefined || raw === false || FORM_HIDDEN_ATTRIBUTES.has(attribute.name)) continue;
    if (attribute.kind === 'boolean') {
      if (raw === true || raw === 'true' || raw === '') parts.push(attribute.name);
      continue;
    }
    const value = String(raw).trim();
    if (value === '') continue;
    const problem = checkValue(element.tag, attribute, value);
    if (problem) errors.push({ attribute: attribute.name, message: problem });
    else parts.push(`${attribute.name}="${escapeAttribute(value)}"`);
  }
  if (ITEM_REQUIRED.has(element.tag) && !String(request.attributes['item'] ?? '').trim()) {
    errors.push({ attribute: 'item', message: '请填写事项序号（1–50）或事项 id' });
  }
  if (errors.length) return { html: '', errors };
  const open = [element.tag, ...parts].join(' ');
  return { html: `<${open}></${element.tag}>`, errors };
}
