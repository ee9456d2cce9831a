#!/usr/bin/env node
// npx si-catalogue render [--level county|township] [--src catalogue.json] [--overlay overlay.json]
//                         [--lang zh-CN] [--fragment] [--toolbar] [--script URL] > catalogue.html
//
// Writes the catalogue as static HTML: <si-catalogue> server-rendered into declarative shadow DOM
// (Lit SSR), readable without JavaScript, and upgraded in place by the bundle when a page has it.
// Exit codes: 0 written; 1 bad input (unreadable file, invalid JSON or data); 2 bad arguments.
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const USAGE = `usage: si-catalogue render [options] > catalogue.html

Writes the 社会保险领域基层政务公开标准目录 as a static, self-styled HTML table (the
<si-catalogue> element server-rendered into declarative shadow DOM). Without JavaScript it is
the table people read; with the si-catalogue script on the page the element upgrades it in place.

options:
  --level county|township  show only the items published at that level (公开层级)
  --src FILE               a catalogue JSON instead of the built-in standard catalogue
  --overlay FILE           a local overlay (title, subjects, hidden and added items) on top
  --lang zh-CN             language of the page and of the interface words (only zh-CN so far)
  --fragment               write only the <si-catalogue> element, to paste into a CMS article
  --toolbar                also render the search bar, shown once the script upgrades the element
  --src-url URL            where the upgraded element fetches the catalogue (the published
                           --src file); without it the element keeps the static table
  --overlay-url URL        where the upgraded element fetches the overlay; without it, likewise
  --script URL             add <script type="module" src=URL> (the bundle) to the page
  -h, --help               this text
  -v, --version            the si-catalogue version`;

/** The package version (package.json sits beside bin/ in the published package). */
const VERSION = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/** UI languages with strings; the data stays in the language it was published in. */
const LANGUAGES = ['zh-CN'];

const LEVELS = ['county', 'township'];

/** Words of the CLI's own (a file it cannot read); every other problem is in the element's words. */
const strings = {
  unreadable: (file) => `无法读取文件 ${file}`,
};

/** A problem the user can fix; `message` is what the CLI prints (exit code 1). */
class RenderInputError extends Error {
  constructor(message) {
    super(message);
    this.name = 'RenderInputError';
  }
}

/**
 * A problem in the words the element shows for it (`catalogueProblemLines`, the shared load view:
 * the sentence, then the first paths, then "……另有 N 处"), indented after the first line.
 */
function describeProblem(problem, problemLines) {
  const [first, ...rest] = problemLines(problem);
  return [first, ...rest.map((line) => `  ${line}`)].join('\n');
}

function readJson(file, problemLines) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new RenderInputError(`${strings.unreadable(file)}（${error.code ?? error.message}）`);
  }
  // Notepad and other editors save UTF-8 with a byte order mark, which browsers ignore.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RenderInputError(describeProblem({ kind: 'json', url: file, detail: error.message }, problemLines));
  }
}

/** `file：目录数据有 N 处不符合要求：` then the first paths, as the element shows them. */
function describeInvalid(file, errors, problemLines) {
  return describeProblem({ kind: 'invalid', url: file, errors }, problemLines);
}

const VALUE_OPTIONS = new Set(['--level', '--src', '--overlay', '--lang', '--src-url', '--overlay-url', '--script']);
const FLAG_OPTIONS = new Set(['--fragment', '--toolbar']);

/** Parses argv after the command; returns options or { error }. */
function parseArguments(argv) {
  const options = {};
  for (let index = 0; index < argv.length; index += 1) {
    let arg = argv[index];
    let value;
    const equals = arg.indexOf('=');
    if (arg.startsWith('--') && equals !== -1) {
      value = arg.slice(equals + 1);
      arg = arg.slice(0, equals);
    }
    if (FLAG_OPTIONS.has(arg) && value === undefined) {
      options[camel(arg)] = true;
    } else if (VALUE_OPTIONS.has(arg)) {
      value ??= argv[++index];
      if (value === undefined || value === '') return { error: `${arg} needs a value` };
      options[camel(arg)] = value;
    } else {
      return { error: `unknown argument: ${argv[index]}` };
    }
  }
  return { options };
}

const camel = (option) => option.slice(2).replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

async function main(argv) {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command === '-v' || command === '--version') {
    console.log(VERSION);
    return 0;
  }
  if (command !== 'render') {
    console.error(command === undefined ? USAGE : `si-catalogue: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  const { options, error } = parseArguments(rest);
  if (error !== undefined) {
    console.error(`si-catalogue render: ${error}\n\n${USAGE}`);
    return 2;
  }
  if (options.level !== undefined && !LEVELS.includes(options.level)) {
    console.error(`si-catalogue render: --level must be ${LEVELS.join(' or ')}, not "${options.level}"`);
    return 2;
  }
  if (options.lang !== undefined && !LANGUAGES.includes(options.lang)) {
    console.error(`si-catalogue render: no interface strings for --lang ${options.lang}; available: ${LANGUAGES.join(', ')}`);
    return 2;
  }
  let renderCatalogueHtml;
  try {
    ({ renderCatalogueHtml } = await loadRenderer());
  } catch (cause) {
    if (cause?.code === 'ERR_MODULE_NOT_FOUND' && String(cause.message).includes('/dist/')) {
      console.error('si-catalogue render: the built modules are missing; run "npm run build" first.');
      return 1;
    }
    throw cause;
  }
  try {
    // A local path is not where the page's readers can fetch from: only a URL given as such is
    // written into the page (an element fetching a path that 404s would be worse than none).
    const output = renderCatalogueHtml(options);
    process.stdout.write(output);
    return 0;
  } catch (cause) {
    if (cause instanceof RenderInputError) {
      console.error(`si-catalogue render: ${cause.message}`);
      return 1;
    }
    throw cause;
  }
}

// ---------------------------------------------------------------------------------------------
// The renderer, loaded only for `render`: it installs Lit's DOM shim on globalThis (fine in a CLI
// process) and imports the built modules from dist/, which the published package contains. One
// file, because package.json "files" ships bin/si-catalogue.js (through "bin") and no other bin/ file.
// ---------------------------------------------------------------------------------------------
async function loadRenderer() {
  await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
  const { render } = await import('@lit-labs/ssr');
  const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  const { validateCatalogue, applyOverlay } = await import('../dist/data.js');
  const { catalogueProblemLines: problemLines, preloadCatalogueChecks } = await import('../dist/catalogue.js');
  // The element imports its validators on demand; rendered once, it must have them already.
  await preloadCatalogueChecks();

  let builtin;
  /** The shipped standard catalogue, as the package publishes it (`si-catalogue/data/…`). */
  const builtinCatalogue = () => (builtin ??= JSON.parse(readFileSync(new URL('../dist/data/social-insurance.json', import.meta.url), 'utf8')));

  /** The catalogue to render: `src` (undefined: the element's built-in one), then the overlay. */
  function loadCatalogue({ src, overlay }) {
    let catalogue;
    if (src !== undefined) {
      const result = validateCatalogue(readJson(src, problemLines));
      if (!result.ok) throw new RenderInputError(describeInvalid(src, result.errors, problemLines));
      catalogue = result.catalogue;
    }
    if (overlay !== undefined) {
      const raw = readJson(overlay, problemLines);
      const result = applyOverlay(catalogue ?? builtinCatalogue(), raw);
      if (!result.ok) throw new RenderInputError(describeInvalid(overlay, result.errors, problemLines));
      catalogue = result.catalogue;
    }
    return catalogue;
  }

  /**
   * `<si-catalogue>` with its declarative shadow root.
   *
   * The element is rendered with the final catalogue as its `catalogue` property (no fetching on
   * the server); the attributes written on the output tag are those the upgraded element needs to
   * show the same thing: `lang`, `level`, `hide-toolbar`, and the `src` / `overlay-src` URLs.
   * Every row is written (`pageSize` is the number of items): a 显示更多 button cannot work
   * without JavaScript. When a local `src` or `overlay` has no URL the page can fetch, the
   * static table is marked to be kept by the upgraded element (it has nothing better to show).
   */
  function renderCatalogueElement({ catalogue, src, overlay, level = '', lang = 'zh-CN', toolbar = false, srcUrl = '', overlayUrl = '' }) {
    const hideToolbar = !toolbar;
    const rows = (catalogue ?? builtinCatalogue()).items.length;
    const rendered = collectResultSync(
      render(html`<si-catalogue level=${level} ?hide-toolbar=${hideToolbar} .pageSize=${Math.max(1, rows)} .catalogue=${catalogue}></si-catalogue>`),
    );
    // Lit's hydration markers are dropped: the element replaces this content on upgrade (it does
    // not hydrate it), and editors and search engines get plain HTML.
    const plain = compactTable(rendered.replace(/<!--\/?lit-(?:part|node)[^>]*-->/g, '').replace(/<\?>/g, ''));
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
    const keepStatic = (src !== undefined && srcUrl === '') || (overlay !== undefined && overlayUrl === '');
    // Replacer functions, not strings: `$&`, `$'` and `` $` `` in a URL are text, not patterns.
    const output = plain
      .replace(openTag, () => `<si-catalogue${attributes}>`)
      .replace(
        /<template shadowroot="open" shadowrootmode="open">/,
        (open) => `${open}${keepStatic ? KEEP_STATIC_MARK : ''}${toolbar ? PRE_UPGRADE_STYLE : ''}`,
      )
      .replace(/\n\s*\n/g, '\n');
    if (/<div class="more"/.test(output)) throw new Error('si-catalogue: the server render left rows out (显示更多)');
    return output;
  }

  /** A complete page around the element, or the element alone (`fragment`) for a CMS article. */
  function renderCatalogueHtml(options) {
    const lang = options.lang ?? 'zh-CN';
    const catalogue = loadCatalogue(options);
    const element = withLightDomFallback(renderCatalogueElement({ ...options, catalogue }));
    if (options.fragment) return `${element}\n`;
    const script = options.script ? `\n<script type="module" src="${escapeAttribute(options.script)}"></script>` : '';
    const title = (catalogue ?? builtinCatalogue()).title;
    return [
      '<!doctype html>',
      `<html lang="${escapeAttribute(lang)}">`,
      '<head>',
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<meta name="generator" content="si-catalogue ${escapeAttribute(VERSION)}">`,
      `<title>${escapeText(title)}</title>${script}`,
      '</head>',
      '<body>',
      element,
      '</body>',
      '</html>',
      '',
    ].join('\n');
  }

  return { renderCatalogueHtml };
}

/**
 * The table's markup without what no reader uses, written once per cell of 10,000 rows: the
 * whitespace between table and list tags (the templates' indentation; none of these elements
 * shows whitespace there: the badges are written without any between them), runs of spaces
 * between a tag's attributes and before its `>`, and the empty `class=""` of rows that are not
 * highlighted. Only inside `<table>`:
 * the toolbar's inline chips keep their spacing.
 */
function compactTable(markup) {
  const start = markup.indexOf('<table');
  const end = markup.lastIndexOf('</table>');
  if (start < 0 || end < start) return markup;
  const table = markup
    .slice(start, end)
    .replace(/\s+(?=<\/?(?:table|caption|colgroup|col|thead|tbody|tr|th|td|ul|li)\b)/g, '')
    .replace(/(<\/?(?:table|caption|colgroup|thead|tbody|tr|ul)\b[^<>]*>)\s+/g, '$1')
    .replace(/(<(?:th|td)\b[^<>]*>)\s+/g, '$1')
    .replace(/ class=""/g, '')
    .replace(/<\/?[a-z][^<>]*>/g, compactTag);
  return `${markup.slice(0, start)}${table}${markup.slice(end)}`;
}

/** A tag with each run of whitespace between its attributes (not inside their quoted values) as one space, none before `>`. */
const compactTag = (tag) => tag.replace(/("[^"]*")|\s+/g, (match, quoted) => quoted ?? ' ').replace(/ (\/?>)$/, '$1');

const escapeAttribute = (value) => String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeText = (value) => String(value).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Read by the element (static-fallback.ts): keep this table, there is no source to load. */
const KEEP_STATIC_MARK = '<!--si-catalogue:keep-static-->';

/**
 * Extra rules for the server-rendered shadow root only (the element's own render replaces them):
 * a search bar cannot work before the script runs, so it keeps its place, invisible, until the
 * element is defined, and takes no room at all where scripting is off.
 */
const PRE_UPGRADE_STYLE =
  '<style>:host(:not(:defined)) .toolbar,:host(:not(:defined)) .more{visibility:hidden}' + '@media (scripting: none){.toolbar,.more{display:none}}</style>';

// ---------------------------------------------------------------------------------------------
// Fallback for browsers without declarative shadow DOM (Safari before 16.4, Firefox before 123;
// docs/browsers.md). There `<template shadowrootmode>` stays an inert template, so the element
// shows nothing until the script has loaded, and nothing at all without JavaScript. A plain copy
// of the table follows the template as the element's light-DOM child: where declarative shadow
// DOM works, and once the script has upgraded the element, the shadow root has no default slot,
// so the copy is neither drawn nor read aloud; where it does not, the copy is the table people
// read. Pure string work on the element's own, stable markup, kept apart from the rest of the CLI.
// ---------------------------------------------------------------------------------------------

/** Scoped to the copy: borders to read the grid by; on a phone the table keeps readable columns
 * and scrolls sideways inside its region, not the page. */
const FALLBACK_STYLE =
  '<style>.si-catalogue-fallback{display:block;overflow-x:auto;max-inline-size:100%}' +
  '.si-catalogue-fallback table{border-collapse:collapse;min-inline-size:56em}' +
  '.si-catalogue-fallback caption{font-weight:bold;text-align:start}' +
  '.si-catalogue-fallback th,.si-catalogue-fallback td{border:1px solid;padding:.25em .5em;vertical-align:top;text-align:start}' +
  '.si-catalogue-fallback ul{margin:0;padding-inline-start:1.2em}</style>';

/**
 * `elementHtml` (a server-rendered `<si-catalogue>`) with a light-DOM copy of its table after the
 * declarative shadow root: no styles, icons, classes, parts or data attributes, the decorative ✓
 * dropped for its 是/否 text (the spans left without attributes unwrapped); ids and `headers` kept, so cells keep their headers and
 * `#si-item-…` links reach the row. Unchanged when the markup is not the expected one.
 */
export function withLightDomFallback(elementHtml) {
  const templateStart = elementHtml.indexOf('<template');
  const contentStart = elementHtml.indexOf('>', templateStart) + 1;
  const contentEnd = elementHtml.lastIndexOf('</template>');
  if (templateStart < 0 || contentEnd < contentStart) return elementHtml;
  const shadow = elementHtml.slice(contentStart, contentEnd);
  const table = /<table\b[\s\S]*<\/table>/.exec(shadow)?.[0] ?? shadow;
  const plain = table
    .replace(/<(style|svg|colgroup)\b[\s\S]*?<\/\1\s*>/g, '')
    .replace(/<span\b[^>]*\saria-hidden="true"[^>]*>[^<]*<\/span>/g, '')
    .replace(/<\/?slot\b[^>]*>/g, '')
    .replace(/\s(?:class|part|data-[\w-]+|aria-rowindex|aria-rowcount|aria-hidden|focusable|tabindex)="[^"]*"/g, '')
    // Left without attributes, the wrappers of a badge's label and of 是/否 are only bytes: their text stays.
    .replace(/<\/?[a-z][^<>]*>/g, compactTag)
    .replace(/<span>([^<]*)<\/span>/g, '$1')
    .replace(/<span>([^<]*)<\/span>/g, '$1')
    .replace(/\s*\n\s*/g, '\n');
  const caption = /<caption\b[^>]*>([\s\S]*?)<\/caption>/
    .exec(plain)?.[1]
    .replace(/<[^>]*>/g, '')
    .trim();
  const region = caption ? ` role="region" aria-label="${caption.replaceAll('"', '&quot;')}" tabindex="0"` : '';
  const after = contentEnd + '</template>'.length;
  return `${elementHtml.slice(0, after)}<div class="si-catalogue-fallback"${region}>${FALLBACK_STYLE}${plain}</div>${elementHtml.slice(after)}`;
}

// Run as a command (also through node_modules/.bin symlinks), not when imported by a test.
const invoked = process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invoked) {
  // `si-catalogue render | head` closes stdout early: not an error.
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = await main(process.argv.slice(2));
}
