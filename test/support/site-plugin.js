// A web-test-runner plugin that makes the test server answer like a county site with the kit
// uploaded: /static/si-catalogue/si-catalogue.bundle.js (the bundle, from source), the loader,
// the example overlay and guide; plus /__si/doc-snippets.json, the README's and docs' snippets
// read from the Markdown at request time (scripts/doc-snippets.js); and the editors' element list,
// `si-catalogue:elements`, made from custom-elements.json (scripts/editor-elements.js).
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import { BUNDLE_URL, EXAMPLE_FILES, LOADER_URL } from '../../kit/site-files.js';
import { documentedSnippets } from '../../scripts/doc-snippets.js';
import { EDITOR_ELEMENTS_MODULE, editorElementsModule } from '../../scripts/editor-elements.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

export function siteFilesPlugin() {
  return {
    name: 'si-site-files',
    resolveImport({ source }) {
      return source === EDITOR_ELEMENTS_MODULE ? '/__si/editor-elements.js' : undefined;
    },
    serve(context) {
      if (context.path === '/__si/editor-elements.js') {
        return {
          body: editorElementsModule(fileURLToPath(new URL('../../custom-elements.json', import.meta.url))),
          type: 'js',
          headers: { 'cache-control': 'no-store' },
        };
      }
      if (context.path === '/__si/doc-snippets.json') {
        return { body: JSON.stringify(documentedSnippets(root)), type: 'json', headers: { 'cache-control': 'no-store' } };
      }
      if (context.path === BUNDLE_URL) {
        // The module bundle is built by `npm run build`; the tests use its source entry.
        return { body: "export * from '/src/bundle.ts';", type: 'js' };
      }
      if (context.path === LOADER_URL) {
        return { body: readFileSync(new URL('../../src/loader/si-catalogue.loader.js', import.meta.url), 'utf8'), type: 'js' };
      }
      const example = EXAMPLE_FILES[decodeURIComponent(context.path)];
      if (example) return { body: readFileSync(new URL(`../../${example}`, import.meta.url), 'utf8'), type: 'json' };
      return undefined;
    },
  };
}
