// The part of custom-elements.json the CMS editor integrations need: each si-* element's tag,
// summary and attributes. Served to the integrations as the module `si-catalogue:elements` by the
// editors build (vite.config.ts) and by the test server (test/support/site-plugin.js), so they
// ship the element list from the one source, without the whole manifest and without a copy in git.
import { readFileSync } from 'node:fs';

/** The import specifier of the element list (declared in src/editors/elements.d.ts). */
export const EDITOR_ELEMENTS_MODULE = 'si-catalogue:elements';

export function editorElements(manifest) {
  return {
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

/** The module's source, read from the manifest at `manifestPath` now (never stale). */
export function editorElementsModule(manifestPath) {
  return `export default ${JSON.stringify(editorElements(JSON.parse(readFileSync(manifestPath, 'utf8'))))};`;
}
