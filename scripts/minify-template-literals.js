// A Vite plugin for the builds (vite.config.ts): shrinks the static text of Lit's `css`, `html`
// and `svg` tagged templates, which JavaScript minifiers leave as written (≈1.8 KB gzip of the
// bundle: indentation and CSS comments).
//
// Only changes that cannot change what renders:
// - css``: comments removed, every run of whitespace becomes one space (CSS treats any run of
//   whitespace as one; the source has no strings with meaningful runs of spaces);
// - html`` / svg``: a run of whitespace that contains a line break becomes one space (HTML
//   collapses whitespace the same way; a run without a line break is left alone, and so is
//   everything inside `${…}` expressions, which are scanned past, nested templates included).
// Untagged templates (messages, CSV text) are never touched.

import ts from 'typescript';

const TAGS = new Set(['css', 'html', 'svg']);

/** Quoted CSS strings (`content: ': '`), kept exactly as written; the rest is what may be minified. */
const CSS_STRING = /("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/;

/**
 * CSS outside quoted strings: no comments, every run of whitespace one space, and none beside
 * `{`, `}`, `;`, `,` or after `:` (a space before `:` can be a descendant combinator, as in
 * `tr :is(…)`, and stays), the last `;` of a block dropped. Spaces between words and values
 * (`1px solid`, `and (`) stay.
 */
function minifyCss(text) {
  const parts = text.replace(/\/\*[\s\S]*?\*\//g, '').split(CSS_STRING);
  // A quote left over opens a string that an interpolation splits (`content: '${…}'`): only
  // collapse whitespace then, as inside a string it could matter.
  if (parts.some((part, index) => index % 2 === 0 && /["']/.test(part))) return parts.join('').replace(/\s+/g, ' ');
  return parts
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/** Collapses the static text of one template chunk. */
function minifyChunk(tag, text) {
  if (tag === 'css') return minifyCss(text);
  return text.replace(/[ \t]*\n\s*/g, ' ');
}

/**
 * Rewrites `code` (TypeScript or JavaScript), returning it unchanged when nothing applies. The
 * templates are found by TypeScript's parser (tagged template expressions whose tag is `css`,
 * `html` or `svg`), so strings, comments and regular expressions are never mistaken for them.
 */
export function minifyTemplateLiterals(code, fileName = 'module.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits = [];
  const literal = (tag, node, open, close) => {
    const start = node.getStart(source) + open;
    const end = node.getEnd() - close;
    const text = code.slice(start, end);
    const minified = minifyChunk(tag, text);
    if (minified !== text) edits.push([start, end, minified]);
  };
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const tag = node.tag.text;
      const { template } = node;
      if (ts.isNoSubstitutionTemplateLiteral(template)) literal(tag, template, 1, 1);
      else {
        literal(tag, template.head, 1, 2);
        for (const span of template.templateSpans) literal(tag, span.literal, 1, ts.isTemplateTail(span.literal) ? 1 : 2);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end, text] of edits.sort((x, y) => y[0] - x[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** The Vite plugin: runs on the project's own TypeScript sources before they are compiled. */
export function minifyTemplateLiteralsPlugin() {
  return {
    name: 'si-minify-template-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.split('?')[0]) || !/(css|html|svg)`/.test(code)) return null;
      return { code: minifyTemplateLiterals(code, id), map: null };
    },
  };
}
