// What the three editor tests share: the documented snippets (read from the Markdown by the test
// server), a paste as a browser makes it, the comparison of saved and original HTML, and
// publishing saved HTML into the page (which has the bundle) to see the components work.
import { waitUntil } from '@open-wc/testing';

export interface DocSnippet {
  file: string;
  line: number;
  html: string;
  kind: 'article' | 'template';
}

/** Every README/docs snippet meant for an article (template-only ones carry inline scripts). */
export async function articleSnippets(): Promise<DocSnippet[]> {
  const response = await fetch('/__si/doc-snippets.json');
  const all = (await response.json()) as DocSnippet[];
  return all.filter((snippet) => snippet.kind === 'article');
}

/** A label for messages: `README.md:27`. */
export const where = (snippet: DocSnippet) => `${snippet.file}:${snippet.line}`;

/** Loads a classic script once, the way a CMS page includes an editor. */
export function loadClassicScript(src: string): Promise<void> {
  if (document.querySelector(`script[src="${src}"]`)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

function canonicalNode(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = (node.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
    return text;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const element = node as Element;
  const attributes = [...element.attributes]
    // A boolean attribute means the same written `defer`, `defer=""` or `defer="defer"`.
    .map((attribute) => `${attribute.name}="${attribute.value === attribute.name ? '' : attribute.value}"`)
    .sort()
    .join(' ');
  const content = element.localName === 'template' ? (element as HTMLTemplateElement).content : element;
  const children = [...content.childNodes].map(canonicalNode).filter(Boolean).join('');
  return `<${element.localName}${attributes ? ` ${attributes}` : ''}>${children}</${element.localName}>`;
}

/**
 * The HTML as a page would see it: tags, attributes (sorted, `x` = `x=""` = `x="x"`), `slot`s and text with
 * whitespace collapsed. Comments (documentation in the snippet) and the blank lines between
 * blocks are not content; any other difference is.
 */
export function canonicalHtml(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map(canonicalNode).filter(Boolean).join('');
}

/**
 * Pastes `html` (text/html, and the same as text/plain) on `target` the way Chromium does: a
 * `paste` event and, when no one prevented it, a `beforeinput` of type `insertFromPaste` with the
 * same data (Slate-based editors such as wangEditor insert from that one).
 */
export function pasteHtml(target: EventTarget, html: string, text = html): boolean {
  const data = new DataTransfer();
  data.setData('text/html', html);
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  if (!target.dispatchEvent(event)) return false;
  return target.dispatchEvent(
    new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true, composed: true }),
  );
}

const SI_SELECTOR = 'si-catalogue, si-item-card, si-service-guide, si-deadline, si-channel-badges';

/** What an element shows once upgraded and loaded: its shadow root's text, whitespace collapsed. */
function shownText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function settled(element: Element): boolean {
  const root = element.shadowRoot;
  if (!customElements.get(element.localName) || !root) return false;
  if (root.querySelector('[aria-busy="true"]')) return false;
  return shownText(element).length > 0;
}

/** One line per component: tag, what it shows (slotted light DOM included) — to compare two pages. */
export interface ComponentReport {
  tag: string;
  attributes: string;
  shown: string;
  slotted: string;
  rows: number;
  error: string | null;
}

/**
 * Publishes `html` into the page (which has loaded the bundle) as an article would show it, waits
 * until every si-* element is upgraded and has loaded, and reports what each shows.
 */
export async function publish(html: string): Promise<{ reports: ComponentReport[]; article: HTMLElement }> {
  const article = document.createElement('article');
  article.className = 'published';
  article.innerHTML = html;
  document.body.append(article);
  const elements = [...article.querySelectorAll(SI_SELECTOR)];
  await waitUntil(
    () => elements.every(settled),
    `components did not render: ${elements
      .filter((element) => !settled(element))
      .map((element) => element.localName)
      .join(', ')}`,
    { timeout: 8000 },
  );
  const reports = elements.map((element) => {
    const root = element.shadowRoot!;
    return {
      tag: element.localName,
      attributes: [...element.attributes]
        .map((attribute) => attribute.name)
        .sort()
        .join(','),
      shown: shownText(element),
      slotted: [...element.children].map((child) => `${child.getAttribute('slot') ?? ''}:${(child.textContent ?? '').replace(/\s+/g, ' ').trim()}`).join('|'),
      rows: root.querySelectorAll('tbody tr, [part~="card"], li').length,
      error: root.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
    };
  });
  return { reports, article };
}

/** Removes published articles between tests. */
export function clearPublished(): void {
  for (const article of document.querySelectorAll('article.published')) article.remove();
}

function countParts(html: string): { si: number; attributes: number; slots: number; scripts: number; links: number } {
  const template = document.createElement('template');
  template.innerHTML = html;
  const root = template.content;
  const components = [...root.querySelectorAll(SI_SELECTOR)];
  return {
    si: components.length,
    attributes: components.reduce((sum, element) => sum + element.attributes.length, 0),
    slots: root.querySelectorAll('[slot]').length,
    scripts: root.querySelectorAll('script[src]').length,
    links: root.querySelectorAll('a[href*="si-component="]').length,
  };
}

/** What of a snippet's tags, attributes, slots, scripts and fallback links a saved copy kept, e.g. `si 0/1 attr 0/6`. */
export function survival(original: string, saved: string): string {
  const before = countParts(original);
  const after = countParts(saved);
  return (['si', 'attributes', 'slots', 'scripts', 'links'] as const)
    .filter((part) => before[part] > 0)
    .map((part) => `${part === 'attributes' ? 'attr' : part} ${after[part]}/${before[part]}`)
    .join(' ');
}

/** A snippet as a docs code block (or a copy button) puts it on the clipboard: escaped code as HTML, the markup as text. */
export const COPIED_CODE_BLOCK = {
  text: '<si-item-card item="3"></si-item-card>',
  html: '<pre><code>&lt;si-item-card item="3"&gt;&lt;/si-item-card&gt;</code></pre>',
};
