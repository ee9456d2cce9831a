// What the integrations do to HTML before an editor keeps it: editors that keep a custom element's
// inner HTML verbatim (CKEditor's General HTML Support) or that let us insert it ourselves
// (paste hooks) would otherwise keep event handlers and script URLs a pasted page carried.

/** Attributes whose value is a URL that a browser may navigate to or load. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'cite', 'data', 'overlay-src', 'guide-href']);

/** A URL a click or a load would run as script. Browsers ignore tabs, newlines and leading blanks. */
export function isScriptUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  const compact = value.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
  return compact.startsWith('javascript:') || compact.startsWith('vbscript:');
}

/**
 * A `<script src>` an article may keep: the library's own bundle or loader
 * (`…/si-catalogue.bundle.js`, `…/si-catalogue.loader.js`, also with a version in the name or a
 * query), over http(s) or a relative URL. The integrations keep the bundle's tag, not any script.
 */
export function isSafeScriptSrc(value: string): boolean {
  const trimmed = value.trim();
  if (!trimmed) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return false;
  return /(^|\/)si-catalogue(\.[\w-]+)*\.js([?#].*)?$/.test(trimmed);
}

function cleanElement(element: Element, insideComponent: boolean): void {
  for (const attribute of [...element.attributes]) {
    const name = attribute.name.toLowerCase();
    if (name.startsWith('on') || name === 'srcdoc' || (URL_ATTRIBUTES.has(name) && isScriptUrl(attribute.value))) {
      element.removeAttribute(attribute.name);
    }
  }
  if (element.localName === 'script') {
    // Only the bundle's (or loader's) own tag survives, outside components. Inline scripts belong
    // in the page template (see docs/cms.md), never in an article.
    const src = element.getAttribute('src');
    if (insideComponent || src === null || !isSafeScriptSrc(src)) element.remove();
    return;
  }
  const inside = insideComponent || element.localName.startsWith('si-');
  const content = element.localName === 'template' ? (element as HTMLTemplateElement).content : element;
  for (const child of [...content.children]) cleanElement(child, inside);
}

/** Removes `on*` attributes, `javascript:` URLs, `srcdoc` and unsafe scripts from a tree, in place. */
function cleanTree(root: DocumentFragment | Element): void {
  for (const child of [...root.children]) cleanElement(child, root instanceof Element && root.localName.startsWith('si-'));
}

/**
 * The same HTML with `on*` attributes, `javascript:`/`vbscript:` URLs, `srcdoc`, inline scripts
 * and scripts inside components removed; everything else (tags, attributes, `slot`, text) as it was.
 * Parsed in an inert `<template>`: nothing loads or runs while cleaning.
 */
export function cleanHtml(html: string, ownerDocument: Document = document, options: { dropBlankLines?: boolean } = {}): string {
  const template = ownerDocument.createElement('template');
  template.innerHTML = html;
  cleanTree(template.content);
  if (options.dropBlankLines) {
    // The blank lines between a snippet's blocks: an editor that pastes them makes empty paragraphs.
    for (const node of [...template.content.childNodes]) {
      if (node.nodeType === Node.TEXT_NODE && !(node.textContent ?? '').trim()) node.remove();
    }
  }
  return template.innerHTML;
}

/** Whether HTML may need cleaning: a script, an event handler or a script URL in it. */
export function mayNeedCleaning(html: string): boolean {
  return /<script|\son[a-z]+\s*=|(java|vb)script:|srcdoc/i.test(html);
}

/** Whether pasted or set HTML contains a library element or the bundle's script (the paste hooks' test). */
export function hasSiMarkup(html: string): boolean {
  return /<si-[a-z]/i.test(html) || /<script\b[^>]*\bsrc=[^>]*si-catalogue/i.test(html);
}
