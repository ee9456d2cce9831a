// The checks generator of scripts/build-data-contract.js: each schema construct becomes a call of a
// validation-core.ts combinator (objectOf, arrayOf, matching, eitherOf, oneOfValues, orNull, forbidden).
import { EXPECTED, FORBIDDEN, PATTERNED_DEFS, SCHEMAS } from './config.js';
import { anyOfKeys, DEF, doc, fail, header, list, namedOf, pointer, primitiveOf, quote, resolveRef, isPositiveInteger, schemas, strip } from './schemas.js';

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
  if (raw === true) fail(where, 'a true schema (anything) is not supported outside an anyOf branch');
  const node = strip(raw);
  if (node.$ref) {
    if (Object.keys(node).length > 1) fail(where, '$ref beside other keywords');
    const [target, targetPath] = resolveRef(node.$ref, schemaName);
    const primitive = primitiveOf(target, targetPath);
    if (primitive) return primitive.check;
    const named = namedOf(target, targetPath);
    if (named) return defineCheck(target, targetPath, `check${named.type}`);
    const def = DEF.exec(targetPath)?.[1];
    if (patternedDef(`${target}#${targetPath}`)) return defineCheck(target, targetPath, `check${def[0].toUpperCase()}${def.slice(1)}`);
    return checkOf(target, targetPath);
  }
  const expected = EXPECTED[where];
  // The values themselves, not types.generated.ts's constant (GUIDE_SECTIONS): code that reads the
  // constant (the guide) then shares no module with the checks, which the CMS bundle loads on use.
  if (node.enum) return `oneOfValues([${node.enum.map(quote).join(', ')}])`;
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
    const expected = EXPECTED[where] ?? patternedDef(where);
    if (!expected) fail(where, 'a patterned string needs an expectation in EXPECTED');
    return { check: `matching(${patternConstant(patterns, where)}, '${expected}')`, expected };
  }
  fail(where, `unsupported type ${JSON.stringify(node.type)}`);
}

/** The expectation of a patterned string definition (`link`, `phoneNumber`), by location. */
function patternedDef(where) {
  const def = /#\/\$defs\/(\w+)$/.exec(where)?.[1];
  return def !== undefined && PATTERNED_DEFS.includes(def) ? def : undefined;
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

/** checks.generated.ts (every named definition's check, and each root's field table) and patterns.generated.ts (the schemas' patterns). */
export function generateChecks() {
  const rootTables = [];
  for (const [name, entry] of Object.entries(SCHEMAS)) {
    const node = strip(schemas[name]);
    const fields = fieldTable(name, '', node);
    const constant = entry.root.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
    rootTables.push(`${doc(`The fields of ${entry.root}, in schema order (${entry.file}).`)}export const ${constant}_FIELDS: FieldTable = ${list(fields)};`);
  }
  for (const [name, entry] of Object.entries(SCHEMAS)) {
    for (const [def, type] of Object.entries(entry.defs)) defineCheck(name, `/$defs/${def}`, `check${type}`);
  }
  // Marked pure so a bundle keeps only the checks it uses (the catalogue's npm build has no guide checks).
  const pure = (code) => code.replace(/(?<![\w.])(objectOf|arrayOf|matching|eitherOf|oneOfValues|forbidden|orNull)\(/g, '/* @__PURE__ */ $1(');
  const used = (code, word) => new RegExp(`\\b${word}\\b`).test(code);
  // The patterns are a module of their own: code outside the validators tests the same
  // (item-service.ts: which 咨询电话 get a tel: link) without loading the checks.
  const patterns = [...regexes.values()];
  const patternsBody = patterns
    .map(({ name, source }) => `${doc('Each must match (the `pattern`s of the schema).')}export const ${name}: readonly RegExp[] = [${source.join(', ')}];`)
    .join('\n\n');
  const body = [...[...checkDefs.values()].map((entry) => entry.text), ...rootTables].join('\n\n');
  const coreNames = [
    'arrayOf',
    'checkBoolean',
    'checkPositiveInteger',
    'checkSlug',
    'checkText',
    'eitherOf',
    'forbidden',
    'matching',
    'objectOf',
    'oneOfValues',
    'orNull',
  ].filter((word) => used(body, word));
  const patternImports = patterns.map(({ name }) => name).filter((word) => used(body, word));
  const checksFile =
    `${header('the structural checks of the data contract')}` +
    `import { ${[...coreNames, 'type FieldCheck', 'type FieldTable'].join(', ')} } from './validation-core.js';\n` +
    (patternImports.length ? `import { ${patternImports.join(', ')} } from './patterns.generated.js';\n` : '') +
    `\n${pure(body)}\n`;
  const patternsFile =
    `${header('the `pattern`s of the data contract')}` +
    (/\\u00[01]/.test(patternsBody) ? '/* eslint-disable no-control-regex -- the link pattern refuses control characters */\n' : '') +
    `\n${patternsBody}\n`;
  return { checksFile, patternsFile };
}
