// scripts/build-ide-data.js: every element and attribute (and event, slot, CSS part and custom
// property) of custom-elements.json reaches the VS Code custom data and the JetBrains web-types.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { customElementsOf, literalValues } from '../../scripts/build-ide-data.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const out = mkdtempSync(join(tmpdir(), 'si-ide-data-'));
execFileSync(process.execPath, [join(root, 'scripts/build-ide-data.js'), '--out', out], { cwd: root });
const vscode = JSON.parse(readFileSync(join(out, 'vscode.html-custom-data.json'), 'utf8'));
const webTypes = JSON.parse(readFileSync(join(out, 'web-types.json'), 'utf8'));
const elements = customElementsOf(manifest).map(({ element }) => element);
const names = (list) => (list ?? []).map((entry) => entry.name);

describe('IDE data from custom-elements.json', () => {
  it('finds the elements of the manifest', () => {
    assert.ok(elements.length >= 3);
    for (const tag of ['si-catalogue', 'si-channel-badges', 'si-deadline']) assert.ok(names(elements.map((e) => ({ name: e.tagName }))).includes(tag), tag);
  });

  it('VS Code custom data has every element with every attribute, booleans valueless, literal unions as values', () => {
    assert.equal(vscode.version, 1.1);
    assert.deepEqual(
      names(vscode.tags),
      elements.map((element) => element.tagName),
    );
    for (const element of elements) {
      const tag = vscode.tags.find((entry) => entry.name === element.tagName);
      assert.deepEqual(names(tag.attributes), names(element.attributes), element.tagName);
      for (const attribute of element.attributes ?? []) {
        const entry = tag.attributes.find((a) => a.name === attribute.name);
        if (attribute.type?.text === 'boolean') assert.equal(entry.valueSet, 'v', `${element.tagName} ${attribute.name}`);
        const values = literalValues(attribute.type?.text);
        if (values) assert.deepEqual(names(entry.values), values, `${element.tagName} ${attribute.name}`);
      }
      for (const event of element.events ?? []) assert.ok(tag.description.value.includes(`\`${event.name}\``), `${element.tagName} event ${event.name}`);
      for (const part of element.cssParts ?? []) assert.ok(tag.description.value.includes(`::part(${part.name})`), `${element.tagName} part ${part.name}`);
    }
  });

  it('web-types has every element with its attributes, properties, events, slots, parts and custom properties', () => {
    assert.equal(webTypes.name, pkg.name);
    assert.equal(webTypes.version, pkg.version);
    const htmlElements = webTypes.contributions.html.elements;
    assert.deepEqual(
      names(htmlElements),
      elements.map((element) => element.tagName),
    );
    for (const element of elements) {
      const entry = htmlElements.find((e) => e.name === element.tagName);
      assert.deepEqual(names(entry.attributes), names(element.attributes), `${element.tagName} attributes`);
      assert.deepEqual(names(entry.events), names(element.events), `${element.tagName} events`);
      assert.deepEqual(names(entry.slots), names(element.slots), `${element.tagName} slots`);
      assert.deepEqual(names(entry.css.parts), names(element.cssParts), `${element.tagName} parts`);
      assert.deepEqual(names(entry.css.properties), names(element.cssProperties), `${element.tagName} custom properties`);
      const publicFields = (element.members ?? []).filter((m) => m.kind === 'field' && m.privacy === undefined && !m.static);
      assert.deepEqual(names(entry.js.properties), names(publicFields), `${element.tagName} properties`);
      assert.equal(entry.source.symbol, element.name);
      assert.match(entry.source.module, /^si-catalogue(\/[\w-]+\.js)?$/);
    }
  });

  it('reads literal unions and nothing else as value lists', () => {
    assert.deepEqual(literalValues("'auto' | 'table' | 'cards'"), ['auto', 'table', 'cards']);
    assert.deepEqual(literalValues("'s' | 'm' | 'l' | undefined"), ['s', 'm', 'l']);
    assert.equal(literalValues('string'), undefined);
    assert.equal(literalValues('number'), undefined);
    assert.equal(literalValues(undefined), undefined);
  });

  it('is declared in package.json for JetBrains IDEs', () => {
    assert.equal(pkg['web-types'], './dist/web-types.json');
  });
});
