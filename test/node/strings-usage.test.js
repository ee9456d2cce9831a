// Every key of a component's strings table (the interface in its *.strings.ts: the keys of the
// `strings` attribute) is read somewhere in that component's code, or in the shared code it
// renders with (src/internal/, src/utilities/, bin/), and every key of its own section of the
// locale files is in that interface. With test/locales/locales.test.ts (every locale key reaches
// a component's table, none is missing in a locale), no word in src/locales/ is dead. Parsed
// with the TypeScript compiler's parser only (no type checking): fast, and no build needed.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every .ts/.js file under `dir` (none when it does not exist). */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.(ts|js)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const parse = (path) => ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);

/** The interfaces a module declares, and the `src/` modules its names are imported from. */
function moduleScope(path) {
  const interfaces = new Map();
  const imports = new Map();
  ts.forEachChild(parse(path), (node) => {
    if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, node);
    else if (ts.isImportDeclaration(node) && node.importClause?.namedBindings && ts.isNamedImports(node.importClause.namedBindings)) {
      const specifier = node.moduleSpecifier.text;
      if (!specifier.startsWith('.')) return;
      const from = join(dirname(path), specifier.replace(/\.js$/, '.ts'));
      for (const element of node.importClause.namedBindings.elements)
        imports.set(element.name.text, { from, name: (element.propertyName ?? element.name).text });
    }
  });
  return { interfaces, imports };
}

/** The declaration of interface `name` as seen from `path` (its own or imported from a src file), or undefined. */
function findInterface(path, name) {
  const { interfaces, imports } = moduleScope(path);
  if (interfaces.has(name)) return { path, node: interfaces.get(name) };
  const imported = imports.get(name);
  return imported && existsSync(imported.from) ? findInterface(imported.from, imported.name) : undefined;
}

/** The string literals of a key type: `'a' | 'b'`. */
const literalKeys = (type) =>
  (ts.isUnionTypeNode(type) ? type.types : [type]).flatMap((t) => (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? [t.literal.text] : []));

/**
 * The key paths of interface `node` of module `path`: its members, nested type literals followed
 * (`columns.seq`), members typed by another interface followed the same way (`columns:
 * CatalogueColumnWords`), and the keys of the interfaces it `extends` (in the same file or imported
 * from another src file; `Pick<…>` and `Omit<…>` of one are narrowed). A `Record<…>` member is one
 * key (its entries are read by key).
 */
function interfaceKeys(path, node, prefix = '') {
  const keys = [];
  /** The keys of a type reference (`Name`, `Pick<Name, 'a'>`, `Omit<Name, 'a'>`), or undefined when it names no interface. */
  const referenced = (name, typeArguments, at) => {
    if ((name === 'Pick' || name === 'Omit') && typeArguments?.length === 2 && ts.isTypeReferenceNode(typeArguments[0])) {
      const base = referenced(typeArguments[0].typeName.getText(), typeArguments[0].typeArguments, at);
      if (base === undefined) return undefined;
      const listed = literalKeys(typeArguments[1]);
      return base.filter((key) => listed.includes(key.slice(at.length).split('.')[0]) === (name === 'Pick'));
    }
    const found = findInterface(path, name);
    return found && interfaceKeys(found.path, found.node, at);
  };
  for (const clause of node.heritageClauses ?? []) {
    for (const type of clause.types) {
      const inherited = referenced(type.expression.getText(), type.typeArguments, prefix);
      assert.ok(inherited, `${relative(root, path)}: ${node.name?.text} extends ${type.getText()}, which this test cannot follow`);
      keys.push(...inherited);
    }
  }
  for (const member of node.members) {
    if (!ts.isPropertySignature(member) || member.name === undefined) continue;
    const name = member.name.getText();
    const type = member.type;
    const nested =
      type === undefined
        ? undefined
        : ts.isTypeLiteralNode(type)
          ? interfaceKeys(path, type, `${prefix}${name}.`)
          : ts.isTypeReferenceNode(type)
            ? referenced(type.typeName.getText(), type.typeArguments, `${prefix}${name}.`)
            : undefined;
    if (nested !== undefined) keys.push(...nested);
    else keys.push(`${prefix}${name}`);
  }
  return [...new Set(keys)];
}

/** The key paths of the `…Strings` interfaces of a strings module, inherited keys included. */
function declaredKeys(path) {
  const keys = [];
  ts.forEachChild(parse(path), (node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text.endsWith('Strings')) keys.push(...interfaceKeys(path, node));
  });
  return keys;
}

/** The names code reads: `a.name`, `a['name']`, `{ name } = a`, and string literals (key lists). */
function readNames(paths) {
  const names = new Set();
  const visit = (node) => {
    if (ts.isPropertyAccessExpression(node)) names.add(node.name.text);
    else if (ts.isBindingElement(node)) names.add((node.propertyName ?? node.name).getText());
    else if (ts.isStringLiteralLike(node)) names.add(node.text);
    ts.forEachChild(node, visit);
  };
  for (const path of paths) visit(parse(path));
  return names;
}

/** Code that is not a strings table or a locale file. */
const isCode = (path) => !/\.strings(\.[\w-]+)?\.ts$/.test(path) && !path.includes(`${join('src', 'locales')}`);

const shared = ['src/internal', 'src/utilities', 'bin'].flatMap((dir) => filesUnder(join(root, dir)));

/** `section → key paths` of the zh-CN locale file (plain object literals). */
function localeSections() {
  const sections = {};
  const paths = (object, prefix, into) => {
    for (const property of object.properties) {
      const name = property.name.getText().replace(/^['"]|['"]$/g, '');
      if (ts.isObjectLiteralExpression(property.initializer)) paths(property.initializer, `${prefix}${name}.`, into);
      else into.push(`${prefix}${name}`);
    }
    return into;
  };
  ts.forEachChild(parse(join(root, 'src/locales/zh-CN.ts')), (node) => {
    if (!ts.isVariableStatement(node)) return;
    for (const declaration of node.declarationList.declarations) {
      if (declaration.initializer && ts.isObjectLiteralExpression(declaration.initializer))
        sections[declaration.name.getText()] = paths(declaration.initializer, '', []);
    }
  });
  return sections;
}

/** A component's own section of the locale files: `itemCard` for item-card. */
const sectionOf = (component) => component.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

describe('strings tables', () => {
  // Every *.strings.ts of src/: its section is its name (item-card.strings.ts → itemCard), its
  // code the other files of its folder.
  const modules = filesUnder(join(root, 'src'))
    .filter((path) => /\.strings\.ts$/.test(path))
    .map((path) => ({
      component: path
        .split(/[\\/]/)
        .at(-1)
        .replace(/\.strings\.ts$/, ''),
      folder: dirname(path),
      path,
    }));

  it('exist for every component', () => {
    assert.ok(modules.length >= 5, `found ${modules.map(({ path }) => relative(root, path)).join(', ')}`);
  });

  it('hold every key of a component’s own locale section in its interface (none the component does not declare)', () => {
    const sections = localeSections();
    const undeclared = modules.flatMap(({ component, path }) => {
      const keys = declaredKeys(path);
      // A key of a Record member (holidayNames.元旦) is declared by the member.
      const declared = (key) => key.split('.').some((_, i, parts) => keys.includes(parts.slice(0, i + 1).join('.')));
      return (sections[sectionOf(component)] ?? [`(no section "${sectionOf(component)}")`])
        .filter((key) => !declared(key))
        .map((key) => `${sectionOf(component)}.${key}`);
    });
    assert.deepEqual(undeclared, []);
  });

  for (const { folder, path } of modules) {
    it(`${relative(root, path)}: every key is read by the component`, () => {
      const keys = declaredKeys(path);
      assert.ok(keys.length > 0, 'no …Strings interface found');
      const names = readNames([...filesUnder(folder), ...shared].filter(isCode));
      const unread = keys.filter((key) => !names.has(key.split('.').at(-1)));
      assert.deepEqual(unread, [], `keys nothing reads: ${unread.join(', ')}`);
    });
  }
});
