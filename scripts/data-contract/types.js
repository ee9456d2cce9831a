// The types generator of scripts/build-data-contract.js: interfaces with the schemas' descriptions.
import { ENUMS, SCHEMAS } from './config.js';
import { doc, fail, header, namedOf, pointer, primitiveOf, quote, resolveRef, strip } from './schemas.js';

// ---------------------------------------------------------------- types

const typeDefs = new Map();

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
    typeDefs.set(name, `${doc(node.description)}export const ${constant} = [\n${values}\n] as const;\n\nexport type ${name} = (typeof ${constant})[number];`);
    return name;
  }
  if (node.type !== 'object') fail(`${schemaName}#${path}`, 'named definitions must be objects or enums');
  const body = members(schemaName, path, node, '  ').join('\n');
  typeDefs.set(name, `${doc(node.description)}export interface ${name} {\n${body}\n}`);
  return name;
}

/** types.generated.ts: an interface per named definition, the enum constants and their types. */
export function generateTypes() {
  for (const name of Object.keys(SCHEMAS)) defineType(name, '');
  for (const [key] of Object.entries(ENUMS)) {
    const [schemaName, path] = key.split('#');
    defineType(schemaName, path);
  }
  const typesFile = `${header('the types of the data contract')}\n${[...typeDefs.values()].join('\n\n')}\n`;
  return typesFile;
}
