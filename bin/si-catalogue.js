#!/usr/bin/env node
// npx si-catalogue render [--level county|township] [--src catalogue.json] [--overlay overlay.json]
//                         [--lang zh-CN] [--fragment] [--toolbar] [--script URL] > catalogue.html
//
// Writes the catalogue as static HTML: <si-catalogue> server-rendered into declarative shadow DOM
// (Lit SSR), readable without JavaScript, and upgraded in place by the bundle when a page has it.
// Exit codes: 0 written; 1 bad input (unreadable file, invalid JSON or data); 2 bad arguments.
import { realpathSync } from 'node:fs';
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
  --src-url URL            where the upgraded element fetches the catalogue (default: --src as given)
  --overlay-url URL        where the upgraded element fetches the overlay (default: --overlay as given)
  --script URL             add <script type="module" src=URL> (the bundle) to the page
  -h, --help               this text
  -v, --version            the si-catalogue version`;

const VALUE_OPTIONS = new Set(['--level', '--src', '--overlay', '--lang', '--src-url', '--overlay-url', '--script']);
const FLAG_OPTIONS = new Set(['--fragment', '--toolbar']);

/** Parses argv after the command; returns options or { error }. */
export function parseArguments(argv) {
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
    const { VERSION } = await import('./render.js');
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
  let renderer;
  try {
    renderer = await import('./render.js');
  } catch (cause) {
    if (cause?.code === 'ERR_MODULE_NOT_FOUND' && String(cause.message).includes('/dist/')) {
      console.error('si-catalogue render: the built modules are missing; run "npm run build" first.');
      return 1;
    }
    throw cause;
  }
  const { LANGUAGES, LEVELS, RenderInputError, renderCatalogueHtml } = renderer;
  if (options.level !== undefined && !LEVELS.includes(options.level)) {
    console.error(`si-catalogue render: --level must be ${LEVELS.join(' or ')}, not "${options.level}"`);
    return 2;
  }
  if (options.lang !== undefined && !LANGUAGES.includes(options.lang)) {
    console.error(`si-catalogue render: no interface strings for --lang ${options.lang}; available: ${LANGUAGES.join(', ')}`);
    return 2;
  }
  try {
    const output = renderCatalogueHtml({
      ...options,
      srcUrl: options.srcUrl ?? options.src,
      overlayUrl: options.overlayUrl ?? options.overlay,
    });
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
