// Server rendering of <si-catalogue> for `npx si-catalogue render`: the same element, rendered by
// Lit SSR into declarative shadow DOM, so the output is the table people see without JavaScript
// and the element's own first render when the script is on the page.
//
// Plain Node ESM, run from the published package: it imports the built `dist/` modules, never
// TypeScript. Importing this module installs Lit's DOM shim on globalThis (a CLI process only).
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { readFileSync } from 'node:fs';

const { render } = await import('@lit-labs/ssr');
const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');
const { validateCatalogue, applyOverlay } = await import('../dist/data.js');
await import('../dist/catalogue.js');
const { VERSION } = await import('../dist/index.js');

export { VERSION };

/** UI languages with strings; the data stays in the language it was published in. */
export const LANGUAGES = ['zh-CN'];

export const LEVELS = ['county', 'township'];

/** How many problems the message lists before "……另有 N 处", as the element does. */
const LISTED_PROBLEMS = 5;

/** The element's invalid-data wording (catalogue.strings.ts errorInvalid / errorMore). */
const strings = {
  invalid: (count) => `目录数据有 ${count} 处不符合要求：`,
  more: (count) => `……另有 ${count} 处`,
  unreadable: (file) => `无法读取文件 ${file}`,
  json: (file, detail) => `${file} 不是有效的 JSON：${detail}`,
};

/** A problem the user can fix; `message` is what the CLI prints (exit code 1). */
export class RenderInputError extends Error {
  constructor(message) {
    super(message);
    this.name = 'RenderInputError';
  }
}

function readJson(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new RenderInputError(`${strings.unreadable(file)}（${error.code ?? error.message}）`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RenderInputError(strings.json(file, error.message));
  }
}

/** `file：目录数据有 N 处不符合要求：` then the first paths, like the element's error message. */
export function describeInvalid(file, errors) {
  const lines = [`${file}：${strings.invalid(errors.length)}`];
  for (const error of errors.slice(0, LISTED_PROBLEMS)) lines.push(`  ${error.message}`);
  if (errors.length > LISTED_PROBLEMS) lines.push(`  ${strings.more(errors.length - LISTED_PROBLEMS)}`);
  return lines.join('\n');
}

/** The catalogue to render: `src` (or the built-in one, when undefined), then the overlay. */
export function loadCatalogue({ src, overlay }) {
  let catalogue;
  if (src !== undefined) {
    const result = validateCatalogue(readJson(src));
    if (!result.ok) throw new RenderInputError(describeInvalid(src, result.errors));
    catalogue = result.catalogue;
  }
  if (overlay !== undefined) {
    const raw = readJson(overlay);
    const base = catalogue ?? builtinCatalogue();
    const result = applyOverlay(base, raw);
    if (!result.ok) throw new RenderInputError(describeInvalid(overlay, result.errors));
    catalogue = result.catalogue;
  }
  return catalogue;
}

let builtin;
/** The shipped standard catalogue, as the package publishes it (`si-catalogue/data/…`). */
export function builtinCatalogue() {
  builtin ??= JSON.parse(readFileSync(new URL('../dist/data/social-insurance.json', import.meta.url), 'utf8'));
  return builtin;
}

const escapeAttribute = (value) =>
  String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeText = (value) => String(value).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * Extra rules for the server-rendered shadow root only (the element's own render replaces them):
 * a search bar cannot work before the script runs, so it keeps its place, invisible, until the
 * element is defined, and takes no room at all where scripting is off.
 */
const PRE_UPGRADE_STYLE =
  '<style>:host(:not(:defined)) .toolbar,:host(:not(:defined)) .more{visibility:hidden}' +
  '@media (scripting: none){.toolbar,.more{display:none}}</style>';

/**
 * `<si-catalogue>` with its declarative shadow root.
 *
 * The element is rendered with the final catalogue as its `catalogue` property (no fetching on
 * the server); the attributes written on the output tag are those the upgraded element needs to
 * show the same thing: `level`, `hide-toolbar`, and `src` / `overlay-src` URLs.
 */
export function renderCatalogueElement(options = {}) {
  const { level = '', lang = 'zh-CN', toolbar = false, srcUrl = '', overlayUrl = '' } = options;
  const catalogue = 'catalogue' in options ? options.catalogue : loadCatalogue(options);
  const hideToolbar = !toolbar;
  const rendered = collectResultSync(
    render(html`<si-catalogue level=${level} ?hide-toolbar=${hideToolbar} .catalogue=${catalogue}></si-catalogue>`),
  );
  // Lit's hydration markers are dropped: the element replaces this content on upgrade (it does not
  // hydrate it), and editors and search engines get plain HTML.
  const plain = rendered.replace(/<!--\/?lit-(?:part|node)[^>]*-->/g, '').replace(/<\?>/g, '');
  const attributes = [
    ['lang', lang],
    ['level', level],
    ['hide-toolbar', hideToolbar ? '' : undefined],
    ['src', srcUrl],
    ['overlay-src', overlayUrl],
  ]
    .filter(([name, value]) => value !== undefined && (value !== '' || name === 'hide-toolbar'))
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const openTag = /^<si-catalogue\b[^>]*>/;
  if (!openTag.test(plain)) throw new Error('si-catalogue: the server render did not produce <si-catalogue>');
  return plain
    .replace(openTag, `<si-catalogue${attributes}>`)
    .replace(/(<template shadowroot="open" shadowrootmode="open">)/, `$1${toolbar ? PRE_UPGRADE_STYLE : ''}`)
    .replace(/\n\s*\n/g, '\n');
}

/** A complete page around the element, or the element alone (`fragment`) for a CMS article. */
export function renderCatalogueHtml(options = {}) {
  const lang = options.lang ?? 'zh-CN';
  const catalogue = 'catalogue' in options ? options.catalogue : loadCatalogue(options);
  // undefined: the element's own built-in catalogue.
  const element = renderCatalogueElement({ ...options, catalogue });
  if (options.fragment) return `${element}\n`;
  const script = options.script ? `\n<script type="module" src="${escapeAttribute(options.script)}"></script>` : '';
  return `<!doctype html>
<html lang="${escapeAttribute(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="si-catalogue ${escapeAttribute(VERSION)}">
<title>${escapeText((catalogue ?? builtinCatalogue()).title)}</title>${script}
</head>
<body>
${element}
</body>
</html>
`;
}
