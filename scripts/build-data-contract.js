// One source for the data contract: the JSON Schemas in src/data/ (the published contract, read by
// editors, CMS tooling and ajv) are compiled into
//   src/data/types.generated.ts   the TypeScript types (interfaces with the schemas' descriptions)
//   src/data/checks.generated.ts  the structural checks, built from the combinators of
//                                 src/data/validation-core.ts (no eval, no new Function: CSP-safe,
//                                 and the localized, path-naming messages of validation-messages.ts)
// The rules no JSON Schema keyword says (unique seq/id, groups, overlay targets, duplicate guide
// elements) stay hand-written in validate.ts, overlay.ts and validate-guide.ts, on top of these.
// Why this and not ajv's standalone code: docs/data.md ("One source for the contract").
//
// Usage: node scripts/build-data-contract.js [--check] [--root DIR]
//   --check: write nothing; exit 1 when a generated file is missing or differs from a fresh build.
//
// It understands the subset of JSON Schema the three schemas use and fails loudly on anything
// else, so a schema change it cannot express is never silently dropped from the validator.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const check = args.includes('--check');
// --root DIR: another copy of the tree (the tests run it on a changed copy of the schemas).
const rootArg = args.indexOf('--root');
const root = rootArg >= 0 ? args[rootArg + 1] : join(dirname(fileURLToPath(import.meta.url)), '..');

/** The schemas, by short name, with the TypeScript name of each object definition. */
const SCHEMAS = {
  catalogue: {
    file: 'src/data/catalogue.schema.json',
    root: 'Catalogue',
    defs: {
      synonym: 'SearchSynonym',
      item: 'CatalogueItem',
      deadline: 'Deadline',
      audience: 'Audience',
      method: 'Method',
      levels: 'Levels',
      service: 'ItemService',
      phone: 'ServicePhone',
    },
  },
  overlay: {
    file: 'src/data/overlay.schema.json',
    root: 'Overlay',
    defs: { change: 'OverlayItemChange', amendment: 'ItemAmendment' },
  },
  guide: {
    file: 'src/data/service-guide.schema.json',
    root: 'ServiceGuide',
    defs: {
      material: 'GuideMaterial',
      channelWay: 'GuideChannelWay',
      channels: 'GuideChannels',
      timeLimit: 'GuideTimeLimit',
      faq: 'GuideFaq',
      disclosure: 'GuideDisclosure',
    },
  },
};

/** Enumerations that become a constant list and its type. */
const ENUMS = { 'guide#/$defs/sectionKey': { constant: 'GUIDE_SECTIONS', type: 'GuideSectionKey' } };

/**
 * How messages name what a value should have been (ExpectedKey of validation-messages.ts), by
 * location; objects default to 'object', arrays of text to 'stringArray', other arrays to 'array'.
 */
const EXPECTED = {
  'catalogue#': 'catalogueObject',
  'catalogue#/$defs/item': 'itemObject',
  'catalogue#/$defs/synonym': 'synonymObject',
  'catalogue#/properties/synonyms': 'synonymArray',
  'overlay#/properties/synonyms': 'synonymArray',
  'catalogue#/properties/items': 'itemArray',
  'catalogue#/$defs/service/properties/phones': 'phoneArray',
  'overlay#': 'overlayObject',
  'overlay#/$defs/change': 'changeObject',
  'guide#': 'guideObject',
  'guide#/properties/item': 'itemRef',
  'guide#/properties/materials': 'materialArray',
  'guide#/properties/faq': 'faqArray',
  'guide#/properties/disclosures': 'disclosureArray',
};

/** The message of a `false` schema (a field that must not be there), by location. */
const FORBIDDEN = { 'overlay#/$defs/amendment/properties/id': 'idNotAmendable' };

/**
 * Definitions checked by a primitive of validation-core.ts; the generator checks that each still
 * says what its primitive does.
 */
const PRIMITIVES = {
  text: { schema: { type: 'string', pattern: '\\S' }, check: 'checkText', ts: 'string' },
  slug: { schema: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' }, check: 'checkSlug', ts: 'string' },
};
const MAX_SAFE = 9007199254740991;

const schemas = {};
const byId = {};
for (const [name, entry] of Object.entries(SCHEMAS)) {
  const schema = JSON.parse(readFileSync(join(root, entry.file), 'utf8'));
  schemas[name] = schema;
  byId[schema.$id] = name;
}

function fail(where, message) {
  console.error(`build-data-contract: ${where}: ${message}. Teach scripts/build-data-contract.js, or change the schema.`);
  process.exit(1);
}

/** Follows a JSON pointer. */
function pointer(schemaName, path) {
  let node = schemas[schemaName];
  for (const part of path.split('/').filter(Boolean)) {
    node = node?.[part.replaceAll('~1', '/').replaceAll('~0', '~')];
    if (node === undefined) fail(`${schemaName}#${path}`, 'unresolved $ref');
  }
  return node;
}

/** A $ref as [schema name, pointer]. */
function resolveRef(ref, from) {
  const [id, path = ''] = ref.split('#');
  const schemaName = id === '' ? from : byId[id];
  if (!schemaName) fail(from, `unknown schema ${id}`);
  return [schemaName, path];
}

const DEF = /^\/\$defs\/(\w+)$/;

/** The primitive a location is, if any: a definition named in PRIMITIVES whose schema matches. */
function primitiveOf(schemaName, path) {
  const def = DEF.exec(path)?.[1];
  const primitive = def && PRIMITIVES[def];
  if (!primitive) return undefined;
  const node = pointer(schemaName, path);
  for (const [key, value] of Object.entries(primitive.schema)) {
    if (node[key] !== value) fail(`${schemaName}#${path}`, `expected ${key} ${JSON.stringify(value)} (checked by ${primitive.check})`);
  }
  return primitive;
}

/** The TypeScript or check name of a named object definition or enum. */
function namedOf(schemaName, path) {
  if (path === '') return { type: SCHEMAS[schemaName].root };
  const def = DEF.exec(path)?.[1];
  if (def && SCHEMAS[schemaName].defs[def]) return { type: SCHEMAS[schemaName].defs[def] };
  const enumeration = ENUMS[`${schemaName}#${path}`];
  if (enumeration) return { type: enumeration.type, enumeration };
  return undefined;
}

const ANNOTATIONS = new Set(['description', 'title', '$schema', '$id', '$defs', '$comment']);

function isPositiveInteger(node) {
  return node.minimum === 1 && node.maximum === MAX_SAFE;
}

function strip(node) {
  const rest = {};
  for (const [key, value] of Object.entries(node)) if (!ANNOTATIONS.has(key)) rest[key] = value;
  return rest;
}

/** The keys of an "at least one of" anyOf: branches `{ required: [k], properties: { k: true } }`. */
function anyOfKeys(node, where) {
  return node.anyOf.map((branch) => {
    const keys = branch.required ?? [];
    if (keys.length !== 1 || Object.keys(branch).some((key) => key !== 'required' && key !== 'properties')) fail(where, 'anyOf must list single required keys');
    return keys[0];
  });
}

// ---------------------------------------------------------------- checks

const checkDefs = new Map(); // check name → code
const regexes = new Map(); // pattern list → constant name

function patternConstant(patterns, where) {
  const key = JSON.stringify(patterns);
  if (!regexes.has(key)) {
    // Named after its definition (PHONE_NUMBER_PATTERNS), and exported for code that tests the same.
    const def = /\$defs\/(\w+)$/.exec(where)?.[1];
    const name = def ? `${def.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}_PATTERNS` : `PATTERNS_${regexes.size + 1}`;
    const source = patterns.map((pattern) => `/${escapeSlashes(pattern)}/u`);
    for (const pattern of patterns) {
      try {
        new RegExp(pattern, 'u');
      } catch (error) {
        fail(where, `pattern ${pattern}: ${error.message}`);
      }
    }
    regexes.set(key, { name, source });
  }
  return regexes.get(key).name;
}

/** A pattern as a regular expression literal's body: `/` escaped outside character classes. */
function escapeSlashes(pattern) {
  let out = '';
  let inClass = false;
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index];
    if (char === '\\') {
      out += char + (pattern[index + 1] ?? '');
      index += 1;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    out += char === '/' && !inClass ? '\\/' : char;
  }
  return out;
}

/** The check expression for the schema at `path` of `schemaName`. */
function checkOf(schemaName, path) {
  const where = `${schemaName}#${path}`;
  const raw = pointer(schemaName, path);
  if (raw === false) {
    const key = FORBIDDEN[where];
    if (!key) fail(where, 'a false schema needs a message in FORBIDDEN');
    return `forbidden('${key}')`;
  }
  if (raw === true) return 'anything';
  const node = strip(raw);
  if (node.$ref) {
    if (Object.keys(node).length > 1) fail(where, '$ref beside other keywords');
    const [target, targetPath] = resolveRef(node.$ref, schemaName);
    const primitive = primitiveOf(target, targetPath);
    if (primitive) return primitive.check;
    const named = namedOf(target, targetPath);
    if (named) return defineCheck(target, targetPath, `check${named.type}`);
    const def = DEF.exec(targetPath)?.[1];
    if (EXPECTED_BY_DEF[`${target}#${targetPath}`]) return defineCheck(target, targetPath, `check${def[0].toUpperCase()}${def.slice(1)}`);
    return checkOf(target, targetPath);
  }
  const expected = EXPECTED[where];
  if (node.enum) return `oneOfValues(${namedOf(schemaName, path)?.enumeration?.constant ?? `[${node.enum.map(quote).join(', ')}]`})`;
  if (node.oneOf) {
    if (!expected) fail(where, 'oneOf needs an expectation in EXPECTED');
    const branches = node.oneOf.map((_, index) => checkOf(schemaName, `${path}/oneOf/${index}`));
    return `eitherOf([${branches.join(', ')}], '${expected}')`;
  }
  const types = [node.type].flat();
  if (types.length === 2 && types.includes('null')) {
    const single = { ...node, type: types.find((type) => type !== 'null') };
    const inner = leafCheck(single, where);
    return `orNull(${inner.check}, '${inner.expected}')`;
  }
  if (node.type === 'object') return objectCheck(schemaName, path, node, expected ?? 'object');
  if (node.type === 'array') {
    const entryPath = `${path}/items`;
    const entry = checkOf(schemaName, entryPath);
    const arrayExpected = expected ?? (entry === 'checkText' ? 'stringArray' : 'array');
    const known = new Set(['type', 'items', 'minItems', 'uniqueItems']);
    for (const key of Object.keys(node)) if (!known.has(key)) fail(where, `unsupported array keyword ${key}`);
    // uniqueItems: what "the same" means (a repeated 一级事项) is said by the hand-written rules.
    return `arrayOf(${entry}, '${arrayExpected}', ${node.minItems ?? 0})`;
  }
  return leafCheck(node, where).check;
}

/** Strings, integers and booleans. */
function leafCheck(node, where) {
  const known = new Set(['type', 'pattern', 'allOf', 'minimum', 'maximum']);
  for (const key of Object.keys(node)) if (!known.has(key)) fail(where, `unsupported keyword ${key}`);
  if (node.type === 'boolean') return { check: 'checkBoolean', expected: 'boolean' };
  if (node.type === 'integer') {
    if (!isPositiveInteger(node)) fail(where, 'integers must be positive (minimum 1, maximum 2^53-1)');
    return { check: 'checkPositiveInteger', expected: 'positiveInteger' };
  }
  if (node.type === 'string') {
    const patterns = [...(node.pattern ? [node.pattern] : []), ...(node.allOf ?? []).map((part) => part.pattern)];
    if (patterns.some((pattern) => typeof pattern !== 'string')) fail(where, 'allOf may only hold patterns');
    if (patterns.length === 1 && patterns[0] === '\\S') return { check: 'checkText', expected: 'text' };
    const expected = EXPECTED[where] ?? EXPECTED_BY_DEF[where];
    if (!expected) fail(where, 'a patterned string needs an expectation in EXPECTED');
    return { check: `matching(${patternConstant(patterns, where)}, '${expected}')`, expected };
  }
  fail(where, `unsupported type ${JSON.stringify(node.type)}`);
}

/** Patterned string definitions: named by their definition (`link`, `phoneNumber`), wherever they sit. */
const EXPECTED_BY_DEF = {};
for (const name of Object.keys(SCHEMAS)) {
  for (const def of Object.keys(schemas[name].$defs ?? {})) {
    if (['link', 'phoneNumber'].includes(def)) EXPECTED_BY_DEF[`${name}#/$defs/${def}`] = def;
  }
}

/** The field table `[key, check, required]` of an object, in the schema's property order. */
function fieldTable(schemaName, path, node) {
  const where = `${schemaName}#${path}`;
  const known = new Set(['type', 'required', 'properties', 'anyOf']);
  for (const key of Object.keys(node)) if (!known.has(key)) fail(where, `unsupported object keyword ${key}`);
  const required = new Set(node.required ?? []);
  const properties = Object.keys(node.properties ?? {});
  for (const key of required) if (!properties.includes(key)) fail(where, `required ${key} has no property`);
  return properties.map((key) => `[${quote(key)}, ${checkOf(schemaName, `${path}/properties/${key}`)}, ${required.has(key)}]`);
}

function objectCheck(schemaName, path, node, expected) {
  const fields = fieldTable(schemaName, path, node);
  const anyOf = node.anyOf ? `, [${anyOfKeys(node, `${schemaName}#${path}`).map(quote).join(', ')}]` : '';
  return `objectOf(${list(fields)}, '${expected}'${anyOf})`;
}

/** A string literal in the project's style. */
function quote(text) {
  return `'${JSON.stringify(text).slice(1, -1).replaceAll("\\\"", '"').replaceAll("'", "\\'")}'`;
}

/** An array literal, one entry a line, nested entries indented. */
function list(entries) {
  const indent = (text) => text.replaceAll('\n', '\n  ');
  return `[\n${entries.map((entry) => `  ${indent(entry)},`).join('\n')}\n]`;
}

/** Emits a named check once (definitions first, so the file reads top-down). */
function defineCheck(schemaName, path, name) {
  const code = () => checkOf(schemaName, path);
  if (checkDefs.has(name)) {
    // The same name from two schemas (each guide and catalogue has its `link`) must mean the same.
    const seen = checkDefs.get(name);
    if (seen && seen.code !== code()) fail(`${schemaName}#${path}`, `${name} differs from the definition of the same name in another schema`);
    return name;
  }
  checkDefs.set(name, null);
  const description = pointer(schemaName, path).description;
  const text = code();
  // Re-inserted after its dependencies, so every constant is defined before it is used.
  checkDefs.delete(name);
  checkDefs.set(name, { code: text, text: `${doc(description)}export const ${name}: FieldCheck = ${text};` });
  return name;
}

// ---------------------------------------------------------------- types

const typeDefs = new Map();

function doc(description, indent = '') {
  return description ? `${indent}/** ${description} */\n` : '';
}

function typeOf(schemaName, path) {
  const where = `${schemaName}#${path}`;
  const raw = pointer(schemaName, path);
  if (raw === false) return 'never';
  if (raw === true) return 'unknown';
  const node = strip(raw);
  if (node.$ref) {
    const [target, targetPath] = resolveRef(node.$ref, schemaName);
    const primitive = primitiveOf(target, targetPath);
    if (primitive) return primitive.ts;
    const named = namedOf(target, targetPath);
    if (named) return defineType(target, targetPath);
    return typeOf(target, targetPath);
  }
  if (node.enum) return namedOf(schemaName, path)?.type ?? node.enum.map(quote).join(' | ');
  if (node.oneOf) return node.oneOf.map((_, index) => typeOf(schemaName, `${path}/oneOf/${index}`)).join(' | ');
  const types = [node.type].flat();
  if (types.length > 1) return types.map((type) => scalar(type, where)).join(' | ');
  if (node.type === 'array') {
    const entry = typeOf(schemaName, `${path}/items`);
    return /[ |&]/.test(entry) ? `Array<${entry}>` : `${entry}[]`;
  }
  if (node.type === 'object') return `{ ${members(schemaName, path, node, '').join(' ').replace(/;$/, '')} }`;
  return scalar(node.type, where);
}

function scalar(type, where) {
  const ts = { string: 'string', integer: 'number', number: 'number', boolean: 'boolean', null: 'null' }[type];
  if (!ts) fail(where, `unsupported type ${JSON.stringify(type)}`);
  return ts;
}

/** The members of an object type, each with its description. */
function members(schemaName, path, node, indent) {
  const required = new Set(node.required ?? []);
  return Object.keys(node.properties ?? {}).map((key) => {
    const property = node.properties[key];
    const description = typeof property === 'object' ? property.description : undefined;
    const type = typeOf(schemaName, `${path}/properties/${key}`);
    const line = `${key}${required.has(key) ? '' : '?'}: ${type};`;
    return indent ? `${doc(description, indent)}${indent}${line}` : line;
  });
}

function defineType(schemaName, path) {
  const named = namedOf(schemaName, path);
  const name = named.type;
  if (typeDefs.has(name)) return name;
  typeDefs.set(name, null);
  const node = pointer(schemaName, path);
  if (named.enumeration) {
    const { constant } = named.enumeration;
    const values = node.enum.map((value) => `  ${quote(value)},`).join('\n');
    typeDefs.set(
      name,
      `${doc(node.description)}export const ${constant} = [\n${values}\n] as const;\n\nexport type ${name} = (typeof ${constant})[number];`,
    );
    return name;
  }
  if (node.type !== 'object') fail(`${schemaName}#${path}`, 'named definitions must be objects or enums');
  const body = members(schemaName, path, node, '  ').join('\n');
  typeDefs.set(name, `${doc(node.description)}export interface ${name} {\n${body}\n}`);
  return name;
}

// ---------------------------------------------------------------- output

const HEADER = (what) =>
  `// Generated by scripts/build-data-contract.js from src/data/*.schema.json: ${what}.\n// Do not edit: change the schema and run \`npm run contract:build\` (\`npm run contract:check\` fails when stale).\n`;

for (const name of Object.keys(SCHEMAS)) defineType(name, '');
for (const [key] of Object.entries(ENUMS)) {
  const [schemaName, path] = key.split('#');
  defineType(schemaName, path);
}
const typesFile = `${HEADER('the types of the data contract')}\n${[...typeDefs.values()].join('\n\n')}\n`;

// Roots are checked by hand-written code (validate.ts, overlay.ts, validate-guide.ts) that adds the
// rules across fields; they get their field table and their expectation.
const rootTables = [];
for (const [name, entry] of Object.entries(SCHEMAS)) {
  const node = strip(schemas[name]);
  const fields = fieldTable(name, '', node);
  const constant = entry.root.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
  rootTables.push(
    `${doc(`The fields of ${entry.root}, in schema order (${entry.file}).`)}export const ${constant}_FIELDS: FieldTable = ${list(fields)};`,
  );
}
for (const [name, entry] of Object.entries(SCHEMAS)) {
  for (const [def, type] of Object.entries(entry.defs)) defineCheck(name, `/$defs/${def}`, `check${type}`);
}
// Marked pure so a bundle keeps only the checks it uses (the catalogue's npm build has no guide checks).
const pure = (code) => code.replace(/(?<![\w.])(objectOf|arrayOf|matching|eitherOf|oneOfValues|forbidden|orNull)\(/g, '/* @__PURE__ */ $1(');
const used = (code, word) => new RegExp(`\\b${word}\\b`).test(code);
const body = [...[...regexes.values()].map(({ name, source }) => `${doc('Each must match (the `pattern`s of the schema).')}export const ${name}: readonly RegExp[] = [${source.join(', ')}];`), ...[...checkDefs.values()].map((entry) => entry.text), ...rootTables].join('\n\n');
const coreNames = ['anything', 'arrayOf', 'checkBoolean', 'checkPositiveInteger', 'checkSlug', 'checkText', 'eitherOf', 'forbidden', 'matching', 'objectOf', 'oneOfValues', 'orNull'].filter((word) => used(body, word));
const enumImports = Object.values(ENUMS).map((entry) => entry.constant).filter((word) => used(body, word));
const checksFile =
  `${HEADER('the structural checks of the data contract')}` +
  (/\\u00[01]/.test(body) ? '/* eslint-disable no-control-regex -- the link pattern refuses control characters */\n' : '') +
  `import { ${[...coreNames, 'type FieldCheck', 'type FieldTable'].join(', ')} } from './validation-core.js';\n` +
  (enumImports.length ? `import { ${enumImports.join(', ')} } from './types.generated.js';\n` : '') +
  `\n${pure(body)}\n`;

let stale = false;
for (const [file, text] of [
  ['src/data/types.generated.ts', typesFile],
  ['src/data/checks.generated.ts', checksFile],
]) {
  const path = join(root, file);
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
      console.error(`${relative(root, path)} is stale: run npm run contract:build and commit it.`);
      stale = true;
    }
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${relative(root, path)}`);
  }
}
if (stale) process.exit(1);
if (check) console.log('OK: the generated types and checks match the schemas');
