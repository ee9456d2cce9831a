#!/usr/bin/env node
// Writes src/react/index.ts, the React wrappers (si-catalogue/react.js), from custom-elements.json:
// one @lit/react component per custom element, with an `on…` prop for each `si-*` event its JSDoc
// declares (@fires), typed with the event's detail type. Run by `npm run build` after the analyzer;
// `--check` fails when the committed file is not what the manifest gives (npm run react:check).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const OUTPUT = 'src/react/index.ts';

/** `si-item-select` → `onItemSelect`. */
export const propName = (eventName) => `on${eventName.replace(/^si-/, '').replace(/(^|-)([a-z0-9])/g, (_, __, letter) => letter.toUpperCase())}`;

/** The custom elements of a manifest, by tag, with their `si-*` events (others, like a phantom `type`, are left out). */
export function elementsOf(manifest) {
  const elements = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement !== true || typeof declaration.tagName !== 'string') continue;
      const events = (declaration.events ?? [])
        .filter((event) => typeof event.name === 'string' && event.name.startsWith('si-'))
        .map((event) => ({ name: event.name, type: event.type?.text ?? 'CustomEvent', description: event.description ?? '' }));
      elements.push({ className: declaration.name, tagName: declaration.tagName, summary: declaration.summary ?? '', module: module.path, events });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** The type names an event type text refers to (`CustomEvent<ItemSelectDetail>` → ItemSelectDetail). */
export const typeNamesIn = (text) => [...new Set(text.match(/\b[A-Z][A-Za-z0-9_]*\b/g) ?? [])].filter((name) => name !== 'CustomEvent' && name !== 'Event');

/** The names each entry module (`src/<tag without si->.ts`) exports, read by the TypeScript checker. */
export function entryExports(root, entries) {
  const files = entries.map((entry) => join(root, entry));
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.ESNext,
    target: ts.ScriptTarget.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    experimentalDecorators: true,
    resolveJsonModule: true,
    noEmit: true,
    skipLibCheck: true,
    allowJs: false,
  });
  const checker = program.getTypeChecker();
  const exports = new Map();
  for (const [index, entry] of entries.entries()) {
    const source = program.getSourceFile(files[index]);
    const symbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    exports.set(entry, new Set(symbol === undefined ? [] : checker.getExportsOfModule(symbol).map((exported) => exported.name)));
  }
  return exports;
}

const comment = (text) => text.replace(/\s+/g, ' ').replace(/\*\//g, '*\\/').trim();

/**
 * The text of src/react/index.ts for `elements`; `exportsOf(entry)` gives the names an entry
 * exports. Throws, naming the element, when an element or a detail type has no entry exporting it.
 */
export function reactModule(elements, exportsOf) {
  const imports = new Map();
  const importFrom = (entry, name) => {
    if (!imports.has(entry)) imports.set(entry, new Set());
    imports.get(entry).add(name);
  };
  const entries = elements.map((element) => `src/${element.tagName.replace(/^si-/, '')}.ts`);
  const detailTypes = new Set();
  const blocks = elements.map((element, index) => {
    const entry = entries[index];
    if (!exportsOf(entry).has(element.className))
      throw new Error(`<${element.tagName}>: ${entry} does not export ${element.className} (each element has an entry src/<name>.ts)`);
    importFrom(entry, `${element.className} as ${element.className}Element`);
    for (const event of element.events) {
      for (const name of typeNamesIn(event.type)) {
        if (detailTypes.has(name)) continue; // imported once, from the first element's entry that has it
        const from = exportsOf(entry).has(name) ? entry : entries.find((candidate) => exportsOf(candidate).has(name));
        if (from === undefined)
          throw new Error(`<${element.tagName}> ${event.name}: its detail type ${name} is not exported by ${entry} or another element entry`);
        importFrom(from, `type ${name}`);
        detailTypes.add(name);
      }
    }
    const events =
      element.events.length === 0 ? 'No events.' : `Events: ${element.events.map((event) => `\`${propName(event.name)}\` (\`${event.name}\`)`).join(', ')}.`;
    const lines = [
      '/**',
      ` * \`<${element.tagName}>\`${element.summary ? `: ${comment(element.summary)}` : ''}`,
      ` * ${events}`,
      ' */',
      `export const ${element.className} = createComponent({`,
      '  react: React,',
      `  tagName: '${element.tagName}',`,
      `  elementClass: ${element.className}Element,`,
      `  displayName: '${element.className}',`,
    ];
    if (element.events.length > 0) {
      lines.push('  events: {');
      for (const event of element.events) lines.push(`    ${propName(event.name)}: '${event.name}' as EventName<${event.type}>,`);
      lines.push('  },');
    }
    lines.push('});');
    return lines.join('\n');
  });
  const importLines = [...imports]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([entry, names]) => {
      // The element class first, then its detail types, by name.
      const sorted = [...names].sort((a, b) => Number(a.startsWith('type ')) - Number(b.startsWith('type ')) || a.localeCompare(b));
      return `import { ${sorted.join(', ')} } from '../${entry.replace(/^src\//, '').replace(/\.ts$/, '.js')}';`;
    });
  const types = [...detailTypes].sort();
  return [
    '// Generated by scripts/build-react.js from custom-elements.json (npm run build); do not edit.',
    "// Change the elements' JSDoc (@fires), then `npm run analyze && npm run react:build`.",
    '',
    '/**',
    ' * React wrappers (`si-catalogue/react.js`), made with `@lit/react`: React props become element',
    " * properties, and the elements' `si-*` events become typed `on…` props. Importing this module",
    ' * registers the wrapped elements. React is an optional peer dependency, needed only here.',
    ' *',
    ' * ```tsx',
    " * import { SiCatalogue } from 'si-catalogue/react.js';",
    ' * <SiCatalogue level="township" selectable onItemSelect={(event) => open(event.detail.item)} />',
    ' * ```',
    ' */',
    "import { createComponent, type EventName } from '@lit/react';",
    "import * as React from 'react';",
    ...importLines,
    '',
    ...(types.length > 0 ? [`export type { ${types.join(', ')} };`, ''] : []),
    blocks.join('\n\n'),
    '',
  ].join('\n');
}

function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const check = process.argv.includes('--check');
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const elements = elementsOf(manifest);
  const entries = elements.map((element) => `src/${element.tagName.replace(/^si-/, '')}.ts`);
  const exports = entryExports(root, entries);
  let text;
  try {
    text = reactModule(elements, (entry) => exports.get(entry) ?? new Set());
  } catch (error) {
    console.error(`react wrappers: ${error.message}`);
    process.exit(1);
  }
  const file = join(root, OUTPUT);
  if (check) {
    let committed = '';
    try {
      committed = readFileSync(file, 'utf8');
    } catch {
      // Reported below.
    }
    if (committed !== text) {
      console.error(`${OUTPUT} is stale: it is not what custom-elements.json gives. Run "npm run react:build" and commit the result.`);
      process.exit(1);
    }
    console.log(`${OUTPUT} is up to date (${elements.length} elements).`);
    return;
  }
  writeFileSync(file, text);
  console.log(`${OUTPUT}: ${elements.length} wrappers.`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
