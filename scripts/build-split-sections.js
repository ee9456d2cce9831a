// A Vite plugin for the builds (vite.config.ts): serves a module made only of independent
// `export const name = { … };` sections (src/locales/zh-CN.ts) as one small module per section
// behind a barrel that re-exports them.
//
// A module is the smallest thing a bundler places in a chunk. zh-CN.ts holds the words of every
// component; the bundle's own elements and the elements it loads on demand (src/bundle.ts) both
// import from it, so the whole file, every component's words, would sit in the bundle file.
// Split, each section lands beside the code that reads it: the deadline's, card's and guide's
// words in their chunk (≈2.5 KB gzip out of the bundle file). Imports of the file are unchanged
// (the barrel re-exports every section), and so is what each section holds.
//
// The file must stay plain: top-level `export const` declarations with object literals and
// comments only, no imports, no other statements, no section reading another. Anything else
// fails the build with the statement named, rather than splitting it wrongly.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const PREFIX = '\0si-section:';

/** The sections of `code`: name → the source text of its object literal. Throws on anything else. */
export function sectionsOf(code, fileName = 'module.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const sections = new Map();
  for (const statement of source.statements) {
    const exported = statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
    const declaration = ts.isVariableStatement(statement) && statement.declarationList.flags & ts.NodeFlags.Const ? statement.declarationList.declarations : [];
    const [only] = declaration;
    if (
      !exported ||
      declaration.length !== 1 ||
      !ts.isIdentifier(only.name) ||
      only.type !== undefined ||
      only.initializer === undefined ||
      !ts.isObjectLiteralExpression(only.initializer)
    ) {
      const { line } = source.getLineAndCharacterOfPosition(statement.getStart(source));
      throw new Error(`${fileName}:${line + 1}: only \`export const name = { … };\` sections can be split (scripts/build-split-sections.js)`);
    }
    sections.set(only.name.text, only.initializer.getText(source));
  }
  for (const [name, text] of sections) {
    for (const other of sections.keys()) {
      if (
        other !== name &&
        new RegExp(`(^|[^\\w$.'"])${other}\\b(?!\\s*:)`).test(text.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''"))
      ) {
        throw new Error(`${fileName}: section ${name} reads section ${other}; sections must stand alone to be split`);
      }
    }
  }
  return sections;
}

/** The Vite plugin for `files` (absolute paths). */
export function splitSectionsPlugin(files) {
  const keyOf = new Map(files.map((file, index) => [file, String(index)]));
  const read = (file) => sectionsOf(readFileSync(file, 'utf8'), file);
  return {
    name: 'si-split-sections',
    enforce: 'pre',
    resolveId: (source) => (source.startsWith(PREFIX) ? source : null),
    load(id) {
      const file = id.split('?')[0];
      if (keyOf.has(file)) {
        this.addWatchFile(file);
        return [...read(file).keys()].map((name) => `export { ${name} } from ${JSON.stringify(`${PREFIX}${keyOf.get(file)}:${name}`)};`).join('\n');
      }
      if (!id.startsWith(PREFIX)) return null;
      const [key, name] = id.slice(PREFIX.length).split(':');
      const source = files[Number(key)];
      return `export const ${name} = ${read(source).get(name)};\n`;
    },
  };
}
