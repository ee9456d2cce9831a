/** @custom-elements-manifest/analyzer: reads the components' JSDoc into custom-elements.json. */

/** Private, protected and static members (siVersion) are implementation detail, not API. */
function dropNonPublicMembers() {
  return {
    name: 'si-drop-non-public-members',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) =>
              !member.static &&
              member.privacy !== 'private' &&
              member.privacy !== 'protected' &&
              !member.name.startsWith('#'),
          );
        }
      }
    },
  };
}

export default {
  // The base class too, so inherited attributes (strings) appear on every element.
  globs: ['src/components/**/si-*.ts', 'src/utilities/si-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  // Never rewrite package.json's "customElements" (it points at the committed manifest, and the
  // freshness check writes elsewhere).
  packagejson: false,
  plugins: [dropNonPublicMembers()],
};
