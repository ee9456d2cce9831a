// scripts/build-split-sections.js: a module of `export const` sections is split one module a
// section, and anything else is refused.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sectionsOf } from '../../scripts/build-split-sections.js';

test('splits src/locales/zh-CN.ts into its sections, each an object literal', () => {
  const code = readFileSync(new URL('../../src/locales/zh-CN.ts', import.meta.url), 'utf8');
  const sections = sectionsOf(code, 'zh-CN.ts');
  assert.ok(sections.size >= 8, [...sections.keys()].join(', '));
  for (const name of ['columns', 'common', 'loading', 'catalogue', 'deadline']) assert.ok(sections.has(name), name);
  for (const [name, text] of sections) {
    assert.match(text, /^\{[\s\S]*\}$/, name);
    // Each section evaluates alone to the same object.
    assert.equal(typeof Function(`return (${text});`)(), 'object', name);
  }
});

test('refuses statements it cannot split, naming the line', () => {
  assert.throws(() => sectionsOf("export const a = { x: 1 };\nimport b from './b.js';\n", 'x.ts'), /x\.ts:2:/);
  assert.throws(() => sectionsOf('const a = { x: 1 };\n', 'x.ts'), /x\.ts:1:/);
  assert.throws(() => sectionsOf('export const a: T = { x: 1 };\n', 'x.ts'), /x\.ts:1:/);
  assert.throws(() => sectionsOf("export const a = 'text';\n", 'x.ts'), /x\.ts:1:/);
});

test('refuses a section that reads another', () => {
  assert.throws(() => sectionsOf('export const a = { x: 1 };\nexport const b = { y: a.x };\n', 'x.ts'), /section b reads section a/);
  // A key or a word in a string with another section's name is not a read.
  assert.equal(sectionsOf("export const a = { x: 1 };\nexport const b = { a: 'a b', c: 2 };\n", 'x.ts').size, 2);
});
