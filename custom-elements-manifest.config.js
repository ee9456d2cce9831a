/** @custom-elements-manifest/analyzer: reads the components' JSDoc into custom-elements.json. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Code-unit order: the same on every machine and locale (unlike localeCompare). */
const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The analyzer's file list comes from globby (fast-glob), which walks directories with
 * concurrent readdir calls and returns files in the order those calls complete: on a busy
 * machine src/components/channel-badges/ can come back before src/components/catalogue/.
 * Modules are analysed, linked (inheritance) and written in that order, so the manifest's bytes
 * changed from run to run. Parsing the files in path order makes every phase see the same input.
 * (Same parse as the analyzer's default: TypeScript source files, ES2015 script target.)
 */
function createModulesInPathOrder({ ts, globs }) {
  return [...globs]
    .sort(byCodeUnits)
    .map((path) => ts.createSourceFile(path, readFileSync(resolve(process.cwd(), path)).toString(), ts.ScriptTarget.ES2015, true));
}

/**
 * Belt and braces for the written file: modules sorted by path, whatever a future plugin or
 * analyzer version does to their order. Declarations, members, attributes, events, slots, CSS
 * parts and properties stay in source order (the order the JSDoc was written in, which the
 * Storybook tables and IDE data show); that order is derived from the sorted input alone, and
 * test/node/manifest-determinism.test.js checks that the whole file is independent of the
 * order the files are found in.
 */
function sortModulesByPath() {
  return {
    name: 'si-sort-modules-by-path',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => byCodeUnits(a.path, b.path));
    },
  };
}

/** Private, protected and static members (siVersion) are implementation detail, not API. */
function dropNonPublicMembers() {
  return {
    name: 'si-drop-non-public-members',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
          );
        }
      }
    },
  };
}

export default {
  // The base classes too, so inherited attributes (strings; si-catalogue's) appear on the elements.
  globs: ['src/components/**/si-*.ts', 'src/internal/si-element.ts', 'src/components/catalogue/catalogue-attributes.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  // Never rewrite package.json's "customElements" (it points at the committed manifest, and the
  // freshness check writes elsewhere).
  packagejson: false,
  overrideModuleCreation: createModulesInPathOrder,
  plugins: [dropNonPublicMembers(), sortModulesByPath()],
};
