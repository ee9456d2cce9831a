// Writes src/editors/elements.json: the part of custom-elements.json the editor integrations
// need (each si-* element's tag, summary and attributes), so they ship the element list from the
// one source without the whole manifest. `--check` fails when the file is stale. `npm run
// analyze` runs it after regenerating the manifest.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = `${root}src/editors/elements.json`;

export function editorElements(manifest) {
  return {
    $comment: 'Generated from custom-elements.json by scripts/build-editor-elements.js: do not edit.',
    modules: manifest.modules
      .map((module) => ({
        declarations: (module.declarations ?? [])
          .filter((declaration) => declaration.customElement && declaration.tagName?.startsWith('si-'))
          .map(({ tagName, summary, attributes = [] }) => ({
            customElement: true,
            tagName,
            summary,
            attributes: attributes.map(({ name, type, description }) => ({ name, type, description })),
          })),
      }))
      .filter((module) => module.declarations.length > 0),
  };
}

const text = `${JSON.stringify(editorElements(JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'))), null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing: stale
  }
  if (current !== text) {
    console.error('src/editors/elements.json is stale: run `node scripts/build-editor-elements.js` (or `npm run analyze`) and commit it.');
    process.exit(1);
  }
  console.log('src/editors/elements.json is fresh');
} else {
  writeFileSync(target, text);
}
