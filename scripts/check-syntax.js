// Fails when a shipped file would not run on the oldest browsers we support (docs/browsers.md):
// Safari on iOS 15, Chromium 90 (domestic browsers and WebViews), Firefox ESR 115.
//
// Those browsers cannot be run here, so this reads what they would read: every dist/**/*.js
// (the CMS bundle, its lazily loaded chunk, the npm modules and their chunks), after
// `npm run build`, and reports per file, line and column
//   - syntax newer than ECMAScript 2021 (class fields and static blocks, #x in obj, top-level
//     await, regular-expression flags d and v, …): one such construct and an older engine
//     rejects the whole file, so the page shows nothing;
//   - regular-expression lookbehind, (?<= and (?<!, which is ES2018 but a SyntaxError in
//     Safari before 16.4;
//   - calls of built-ins that the target browsers lack (Object.hasOwn, Array.prototype.at, …):
//     a TypeError when that code runs.
// Usage: node scripts/check-syntax.js [file-or-folder …]   (default: dist)
import { parse } from 'acorn';
import { ancestor as walkAncestors } from 'acorn-walk';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The ECMAScript edition every target browser parses (Safari 15 stops short of ES2022). */
export const TARGET_ECMA_VERSION = 2021;

/** First versions with the API, for the message (MDN browser-compat-data). */
const RUNTIME_APIS = [
  {
    name: 'Object.hasOwn',
    object: 'Object',
    property: 'hasOwn',
    since: 'Chrome 93, Safari 15.4, Firefox 92',
    instead: 'Object.prototype.hasOwnProperty.call(object, key)',
  },
  { name: 'structuredClone', global: 'structuredClone', since: 'Chrome 98, Safari 15.4, Firefox 94', instead: 'a JSON round trip or a copy by hand' },
  { name: 'Object.groupBy', object: 'Object', property: 'groupBy', since: 'Chrome 117, Safari 17.4, Firefox 119' },
  { name: 'Map.groupBy', object: 'Map', property: 'groupBy', since: 'Chrome 117, Safari 17.4, Firefox 119' },
  { name: 'Promise.withResolvers', object: 'Promise', property: 'withResolvers', since: 'Chrome 119, Safari 17.4, Firefox 121' },
  { name: 'Array.fromAsync', object: 'Array', property: 'fromAsync', since: 'Chrome 121, Safari 16.4, Firefox 115' },
  {
    name: 'AbortSignal.timeout',
    object: 'AbortSignal',
    property: 'timeout',
    since: 'Chrome 103, Safari 16, Firefox 100',
    instead: 'setTimeout(() => controller.abort(), ms)',
  },
  { name: 'AbortSignal.any', object: 'AbortSignal', property: 'any', since: 'Chrome 116, Safari 17.4, Firefox 124' },
  { name: 'URL.canParse', object: 'URL', property: 'canParse', since: 'Chrome 120, Safari 17, Firefox 115', instead: 'try { new URL(…) } catch' },
  { name: 'crypto.randomUUID', object: 'crypto', property: 'randomUUID', since: 'Chrome 92, Safari 15.4, Firefox 95' },
  { name: 'Iterator helpers', global: 'Iterator', since: 'Chrome 122, Safari 18.4, Firefox 131' },
  { name: 'Temporal', global: 'Temporal', since: 'not in Safari or Chromium 90' },
  // Methods: any `x.name(…)` call. Names chosen so that a clash with another API is unlikely.
  { name: 'Array.prototype.at / String.prototype.at', method: 'at', since: 'Chrome 92, Safari 15.4, Firefox 90', instead: 'x[x.length - 1]' },
  { name: 'Array.prototype.findLast', method: 'findLast', since: 'Chrome 97, Safari 15.4, Firefox 104' },
  { name: 'Array.prototype.findLastIndex', method: 'findLastIndex', since: 'Chrome 97, Safari 15.4, Firefox 104' },
  { name: 'Array.prototype.toSorted', method: 'toSorted', since: 'Chrome 110, Safari 16, Firefox 115', instead: '[...x].sort()' },
  { name: 'Array.prototype.toReversed', method: 'toReversed', since: 'Chrome 110, Safari 16, Firefox 115' },
  { name: 'Array.prototype.toSpliced', method: 'toSpliced', since: 'Chrome 110, Safari 16, Firefox 115' },
  {
    name: 'AbortSignal.prototype.throwIfAborted',
    method: 'throwIfAborted',
    since: 'Chrome 100, Safari 15.4, Firefox 97',
    instead: 'if (signal.aborted) throw …',
  },
  { name: 'Element.prototype.checkVisibility', method: 'checkVisibility', since: 'Chrome 105, Safari 17.4, Firefox 125' },
  { name: 'String.prototype.isWellFormed', method: 'isWellFormed', since: 'Chrome 111, Safari 16.4, Firefox 119' },
  { name: 'String.prototype.toWellFormed', method: 'toWellFormed', since: 'Chrome 111, Safari 16.4, Firefox 119' },
  ...['union', 'intersection', 'difference', 'symmetricDifference', 'isSubsetOf', 'isSupersetOf', 'isDisjointFrom'].map((method) => ({
    name: `Set.prototype.${method}`,
    method,
    since: 'Chrome 122, Safari 17, Firefox 127',
  })),
];

/** Lists the .js files under the given paths, in a stable order. */
function javascriptFiles(paths) {
  const files = [];
  const visit = (path) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else if (/\.(m?js)$/.test(path)) {
      files.push(path);
    }
  };
  for (const path of paths) visit(path);
  return files;
}

/** Regular-expression source with escapes and character classes blanked, so only syntax is left. */
function regexSyntax(pattern) {
  return pattern.replace(/\\./gs, '__').replace(/\[(?:\\.|[^\]\\])*\]/gs, (cls) => '_'.repeat(cls.length));
}

/** What makes this node newer than ES2021, or undefined. */
function newerSyntax(node, ancestors) {
  switch (node.type) {
    case 'StaticBlock':
      return 'class static block `static { … }` (ES2022)';
    case 'PropertyDefinition':
      return `class field \`${node.static ? 'static ' : ''}${node.key.name ?? node.key.value ?? '[…]'} = …\` (ES2022)`;
    case 'PrivateIdentifier':
      return ancestors.at(-2)?.type === 'BinaryExpression' && ancestors.at(-2).left === node
        ? `private brand check \`#${node.name} in …\` (ES2022)`
        : `private name \`#${node.name}\` (ES2022)`;
    case 'AwaitExpression':
    case 'ForOfStatement':
      if (node.type === 'ForOfStatement' && !node.await) return undefined;
      return ancestors.some((a) => /Function/.test(a.type)) ? undefined : 'top-level await (ES2022)';
    case 'ChainExpression':
      return undefined;
    case 'Literal':
      if (node.regex?.flags.includes('d')) return `regular-expression flag d \`/${node.regex.pattern}/${node.regex.flags}\` (ES2022)`;
      if (node.regex?.flags.includes('v')) return `regular-expression flag v \`/${node.regex.pattern}/${node.regex.flags}\` (ES2024)`;
      return undefined;
    case 'ImportExpression':
      return node.options ? 'import() with options (import attributes, ES2025)' : undefined;
    case 'ImportDeclaration':
    case 'ExportNamedDeclaration':
    case 'ExportAllDeclaration':
      return node.attributes?.length ? 'import attributes `with { … }` (ES2025)' : undefined;
    default:
      return undefined;
  }
}

/** Regex lookbehind in a literal or in a string given to RegExp(…). */
function lookbehind(node) {
  let pattern;
  if (node.type === 'Literal' && node.regex) pattern = node.regex.pattern;
  else if ((node.type === 'NewExpression' || node.type === 'CallExpression') && node.callee.type === 'Identifier' && node.callee.name === 'RegExp') {
    const [source] = node.arguments;
    if (source?.type === 'Literal' && typeof source.value === 'string') pattern = source.value;
  }
  if (pattern === undefined || !/\(\?<[=!]/.test(regexSyntax(pattern))) return undefined;
  return `regular-expression lookbehind \`${pattern.length > 60 ? `${pattern.slice(0, 57)}…` : pattern}\` (SyntaxError in Safari before 16.4)`;
}

/** A call of a built-in newer than the targets. */
function newerRuntimeApi(node) {
  if (node.type === 'Identifier') {
    const api = RUNTIME_APIS.find((candidate) => candidate.global === node.name);
    return api && `${api.name} (${api.since})${api.instead ? `; use ${api.instead}` : ''}`;
  }
  if (node.type !== 'MemberExpression' || node.computed || node.property.type !== 'Identifier') return undefined;
  const property = node.property.name;
  const api = RUNTIME_APIS.find(
    (candidate) =>
      candidate.method === property || (candidate.property === property && node.object.type === 'Identifier' && node.object.name === candidate.object),
  );
  return api && `${api.name} (${api.since})${api.instead ? `; use ${api.instead}` : ''}`;
}

/** Whether an identifier node is a reference to a global (not a property key or a declared name). */
function isReference(node, parent) {
  if (!parent) return true;
  if (parent.type === 'MemberExpression' && parent.property === node && !parent.computed) return false;
  if ((parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') && parent.key === node && !parent.computed)
    return false;
  if (parent.type === 'VariableDeclarator' && parent.id === node) return false;
  if (/Function/.test(parent.type) && (parent.id === node || parent.params.includes(node))) return false;
  return !['LabeledStatement', 'BreakStatement', 'ContinueStatement', 'ExportSpecifier', 'ImportSpecifier'].includes(parent.type);
}

/** Every problem in one file's text, as { line, column, what }. */
export function checkSource(text) {
  const problems = [];
  let ast;
  try {
    ast = parse(text, { ecmaVersion: 'latest', sourceType: 'module', locations: true, allowHashBang: true });
  } catch (error) {
    return [{ line: error.loc?.line ?? 0, column: (error.loc?.column ?? 0) + 1, what: `does not parse at all: ${error.message}` }];
  }
  const report = (node, what, kind) => problems.push({ line: node.loc.start.line, column: node.loc.start.column + 1, what, kind });
  const syntax = (node, ancestors) => {
    const what = newerSyntax(node, ancestors);
    if (what) report(node, what, 'syntax');
  };
  walkAncestors(ast, {
    StaticBlock: syntax,
    PropertyDefinition: syntax,
    // A private field is reported once, as a class field.
    PrivateIdentifier: (node, ancestors) => ancestors.at(-2)?.type !== 'PropertyDefinition' && syntax(node, ancestors),
    AwaitExpression: syntax,
    ForOfStatement: syntax,
    ImportExpression: syntax,
    ImportDeclaration: syntax,
    ExportNamedDeclaration: syntax,
    ExportAllDeclaration: syntax,
    Literal: (node, ancestors) => {
      syntax(node, ancestors);
      const what = lookbehind(node);
      if (what) report(node, what, 'regex');
    },
    NewExpression: (node) => {
      const what = lookbehind(node);
      if (what) report(node, what, 'regex');
    },
    CallExpression: (node) => {
      const what = lookbehind(node) ?? (node.callee.type === 'MemberExpression' ? newerRuntimeApi(node.callee) : undefined);
      if (what) report(node, what, 'api');
    },
    MemberExpression: (node, ancestors) => {
      // Static APIs used without a call (passed as a function, tested for existence) count too;
      // method calls are reported by CallExpression.
      const parent = ancestors.at(-2);
      if (parent?.type === 'CallExpression' && parent.callee === node) return;
      const api = newerRuntimeApi(node);
      if (api && !RUNTIME_APIS.some((candidate) => candidate.method === node.property.name)) report(node, api, 'api');
    },
    Identifier: (node, ancestors) => {
      if (!isReference(node, ancestors.at(-2))) return;
      const what = newerRuntimeApi(node);
      if (what) report(node, what, 'api');
    },
  });
  // The authority on the syntax level: whatever the walk above does not know still fails here.
  try {
    parse(text, { ecmaVersion: TARGET_ECMA_VERSION, sourceType: 'module', locations: true, allowHashBang: true });
  } catch (error) {
    if (!problems.some((problem) => problem.kind === 'syntax')) {
      problems.push({
        line: error.loc?.line ?? 0,
        column: (error.loc?.column ?? 0) + 1,
        what: `not ES${TARGET_ECMA_VERSION}: ${error.message}`,
        kind: 'syntax',
      });
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** A short piece of the source around a position (minified bundles are one long line). */
function excerpt(text, line, column) {
  const source = text.split('\n')[line - 1] ?? '';
  const start = Math.max(0, column - 1 - 30);
  return `${start > 0 ? '…' : ''}${source.slice(start, column - 1 + 50).trim()}${column - 1 + 50 < source.length ? '…' : ''}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const targets = process.argv.length > 2 ? process.argv.slice(2) : [join(root, 'dist')];
  let files;
  try {
    files = javascriptFiles(targets);
  } catch (error) {
    console.error(`syntax check: cannot read ${error.path ?? targets.join(', ')} (${error.code}): run "npm run build" first.`);
    process.exit(1);
  }
  if (files.length === 0) {
    console.error(`syntax check: no .js files in ${targets.join(', ')}: run "npm run build" first.`);
    process.exit(1);
  }
  let failures = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const { line, column, what } of checkSource(text)) {
      failures++;
      console.error(`${relative(root, file) || file}:${line}:${column}: ${what}\n    ${excerpt(text, line, column)}`);
    }
  }
  if (failures > 0) {
    console.error(
      `\n${failures} construct(s) newer than the supported browsers (ES${TARGET_ECMA_VERSION}, Safari 15, Chrome 90, Firefox 115; docs/browsers.md).`,
    );
    process.exit(1);
  }
  console.log(
    `syntax check: ${files.length} files parse as ES${TARGET_ECMA_VERSION} modules, no regex lookbehind, no built-ins newer than Safari 15 / Chrome 90 / Firefox 115.`,
  );
}
