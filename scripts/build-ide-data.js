#!/usr/bin/env node
// Editor autocompletion for <si-*> tags, generated from custom-elements.json:
//   dist/vscode.html-custom-data.json  VS Code HTML custom data (setting "html.customData")
//   dist/web-types.json                JetBrains web-types (package.json "web-types")
//
//   node scripts/build-ide-data.js [--manifest custom-elements.json] [--out dist]
//
// Hand-written (no generator is installed): both formats are small, and this keeps every
// attribute, property, event, slot, CSS part and custom property of the manifest.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(import.meta.dirname, '..');

/** The custom elements of a manifest, with the module path that declares each. */
export function customElementsOf(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName).map((element) => ({ module: module.path, element })),
  );
}

/** `'auto' | 'table' | 'cards'` → ['auto', 'table', 'cards']; undefined for any other type. */
export function literalValues(typeText) {
  if (typeof typeText !== 'string') return undefined;
  const members = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  if (members.length === 0) return undefined;
  const values = members.map((member) => member.match(/^'([^']*)'$|^"([^"]*)"$/)).map((match) => (match ? (match[1] ?? match[2]) : undefined));
  return values.every((value) => value !== undefined) ? values : undefined;
}

const isBoolean = (attribute) => attribute.type?.text === 'boolean';

/** The npm entry that registers an element: `si-catalogue/<folder>.js` when exported, else the package. */
function entryOf(modulePath, pkg) {
  const folder = modulePath.match(/^src\/components\/([^/]+)\//)?.[1];
  const subpath = folder && `./${folder}.js`;
  return subpath && pkg.exports?.[subpath] ? `${pkg.name}/${folder}.js` : pkg.name;
}

function markdownSections(element) {
  const list = (title, items, name = (item) => `\`${item.name}\``) =>
    items?.length ? `\n\n**${title}:**\n${items.map((item) => `- ${name(item)}${item.description ? ` — ${item.description}` : ''}`).join('\n')}` : '';
  return (
    list('Events', element.events) +
    list('Slots', element.slots, (slot) => (slot.name === '' ? '(default)' : `\`${slot.name}\``)) +
    list('CSS parts', element.cssParts, (part) => `\`::part(${part.name})\``) +
    list('CSS custom properties', element.cssProperties, (prop) => `\`${prop.name}\`${prop.default ? ` (default \`${prop.default}\`)` : ''}`)
  );
}

const summaryOf = (element) => element.summary ?? element.description?.split('\n\n')[0] ?? '';

/** VS Code HTML custom data, version 1.1. */
export function vscodeCustomData(manifest, pkg) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: customElementsOf(manifest).map(({ module, element }) => ({
      name: element.tagName,
      description: {
        kind: 'markdown',
        value: `${element.description ?? summaryOf(element)}${markdownSections(element)}\n\n\`import '${entryOf(module, pkg)}';\``,
      },
      attributes: (element.attributes ?? []).map((attribute) => {
        const values = literalValues(attribute.type?.text);
        const detail = [
          attribute.description,
          attribute.type?.text && `Type: \`${attribute.type.text}\``,
          attribute.default && `Default: \`${attribute.default}\``,
        ]
          .filter(Boolean)
          .join('\n\n');
        return {
          name: attribute.name,
          description: { kind: 'markdown', value: detail },
          ...(isBoolean(attribute) ? { valueSet: 'v' } : {}),
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
      references: [{ name: 'custom-elements.json', url: `https://www.npmjs.com/package/${pkg.name}` }],
    })),
  };
}

/** JetBrains web-types (schema 2.x). */
export function webTypes(manifest, pkg) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: customElementsOf(manifest).map(({ module, element }) => {
          const fields = (element.members ?? []).filter((member) => member.kind === 'field' && member.privacy === undefined && !member.static);
          return {
            name: element.tagName,
            description: element.description ?? summaryOf(element),
            source: { module: entryOf(module, pkg), symbol: element.name },
            attributes: (element.attributes ?? []).map((attribute) => ({
              name: attribute.name,
              description: attribute.description ?? '',
              ...(attribute.default !== undefined ? { default: attribute.default } : {}),
              value: isBoolean(attribute) ? { kind: 'no-value', type: 'boolean' } : { kind: 'plain', type: attribute.type?.text ?? 'string' },
            })),
            slots: (element.slots ?? []).map((slot) => ({ name: slot.name, description: slot.description ?? '' })),
            events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
            js: {
              properties: fields.map((field) => ({ name: field.name, description: field.description ?? '', type: field.type?.text ?? 'unknown' })),
              events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '', type: event.type?.text })),
            },
            css: {
              parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' })),
              properties: (element.cssProperties ?? []).map((prop) => ({
                name: prop.name,
                description: `${prop.description ?? ''}${prop.default ? ` Default: \`${prop.default}\`.` : ''}`,
              })),
            },
          };
        }),
      },
    },
  };
}

function parseArguments(argv) {
  const options = { manifest: join(root, 'custom-elements.json'), out: join(root, 'dist') };
  for (let index = 0; index < argv.length; index += 1) {
    const [name, inline] = argv[index].split('=', 2);
    const value = inline ?? argv[++index];
    if (name === '--manifest' && value) options.manifest = resolve(value);
    else if (name === '--out' && value) options.out = resolve(value);
    else throw new Error(`usage: node scripts/build-ide-data.js [--manifest custom-elements.json] [--out dist]`);
  }
  return options;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = parseArguments(process.argv.slice(2));
  const manifest = JSON.parse(readFileSync(options.manifest, 'utf8'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  mkdirSync(options.out, { recursive: true });
  const vscodeFile = join(options.out, 'vscode.html-custom-data.json');
  const webTypesFile = join(options.out, 'web-types.json');
  writeFileSync(vscodeFile, `${JSON.stringify(vscodeCustomData(manifest, pkg), null, 2)}\n`);
  writeFileSync(webTypesFile, `${JSON.stringify(webTypes(manifest, pkg), null, 2)}\n`);
  const count = customElementsOf(manifest).length;
  console.log(`IDE data for ${count} element${count === 1 ? '' : 's'}: ${vscodeFile}, ${webTypesFile}`);
}
