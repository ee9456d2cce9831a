// A Vite plugin for the builds (vite.config.ts): the built-in search lexicon in the form the
// search chunk ships it (src/data/compact-lexicon.ts). Imports of src/data/search-lexicon.json
// get only its words (kinds and sources are documentation for people), imports of
// src/data/search-lexicon.search.json only the readings of characters the catalogue's table
// lacks and the terms read differently in context; both are decoded when the chunk loads. The
// JSON files stay the source: the tests read them as they are, and `si-catalogue/data/*` publishes
// them whole. The encoders throw on data they would not rebuild exactly, which fails the build.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { encodeLexicon, encodeLexiconPinyin, decodeLexicon } from '../src/data/compact-lexicon.js';

/** @param {string} root the repository root */
export function compactLexiconPlugin(root) {
  const lexiconFile = resolve(root, 'src/data/search-lexicon.json');
  const pinyinFile = resolve(root, 'src/data/search-lexicon.search.json');
  const catalogueTableFile = resolve(root, 'src/data/social-insurance.search.json');
  const decoder = JSON.stringify(resolve(root, 'src/data/compact-lexicon.ts'));
  const modules = new Map([
    [lexiconFile, '\0si-compact:lexicon'],
    [pinyinFile, '\0si-compact:lexicon-pinyin'],
  ]);
  const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
  /** @type {import('vite').Plugin} */
  const plugin = {
    name: 'si-compact-lexicon',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/search-lexicon(\.search)?\.json$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved === null ? null : (modules.get(resolved.id.split('?')[0]) ?? null);
    },
    load(id) {
      if (id === modules.get(lexiconFile)) {
        this.addWatchFile(lexiconFile);
        return `import { decodeLexicon } from ${decoder};\nexport default /* @__PURE__ */ decodeLexicon(${JSON.stringify(encodeLexicon(read(lexiconFile)))});\n`;
      }
      if (id === modules.get(pinyinFile)) {
        for (const file of [lexiconFile, pinyinFile, catalogueTableFile]) this.addWatchFile(file);
        const packed = encodeLexiconPinyin(read(pinyinFile), decodeLexicon(encodeLexicon(read(lexiconFile))), read(catalogueTableFile));
        return (
          `import { decodeLexiconPinyin } from ${decoder};\n` +
          `import lexicon from ${JSON.stringify(lexiconFile)};\nimport table from ${JSON.stringify(catalogueTableFile)};\n` +
          `export default /* @__PURE__ */ decodeLexiconPinyin(${JSON.stringify(packed)}, lexicon, table);\n`
        );
      }
      return null;
    },
  };
  return plugin;
}
