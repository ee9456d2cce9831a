// scripts/check-syntax.js (npm run syntax:check): what it reports in shipped JavaScript, and
// that the usual ES2021 a build emits passes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkSource } from '../../scripts/check-syntax.js';

const script = fileURLToPath(new URL('../../scripts/check-syntax.js', import.meta.url));
const whats = (source) => checkSource(source).map(({ what }) => what);

describe('the shipped-syntax check', () => {
  it('passes ES2021 modules: classes without fields, optional chaining, ??=, dynamic import, named groups', () => {
    const source = [
      "import { html } from 'lit';",
      'export class A extends HTMLElement { constructor() { super(); this.x = 1; } static get styles() { return []; } }',
      'A.styles = [];',
      'const o = { at: 1 }; o.x ??= o.y?.z ?? 2; const n = 1_000;',
      "export const lazy = () => import('./chunk.js');",
      'const m = /(?<year>\\d{4})-(?<month>\\d{2})/u.exec("2026-12"); const last = m[m.length - 1];',
      "const s = 'a'.replaceAll('a', 'b'); const safe = /[(?<=]/;",
      'async function f() { for await (const x of []) await x; }',
      "const table = Object.prototype.hasOwnProperty.call(o, 'at');",
    ].join('\n');
    assert.deepEqual(checkSource(source), []);
  });

  it('reports ES2022 class syntax with its line and column', () => {
    const problems = checkSource('class A {\n  static { init(); }\n  x = 1;\n  #secret = 2;\n  has(o) { return #secret in o; }\n}');
    assert.deepEqual(
      problems.map(({ line, column, what }) => [line, column, what.replace(/ `.*`/, '')]),
      [
        [2, 3, 'class static block (ES2022)'],
        [3, 3, 'class field (ES2022)'],
        [4, 3, 'class field (ES2022)'],
        [5, 19, 'private brand check (ES2022)'],
      ],
    );
  });

  it('reports top-level await, the d and v flags and import attributes', () => {
    assert.match(whats('await fetch("x");').join(), /top-level await/);
    assert.match(whats('for await (const x of y) {}').join(), /top-level await/);
    assert.match(whats('const r = /a/d;').join(), /flag d/);
    assert.match(whats('const r = /[a]/v;').join(), /flag v/);
    assert.match(whats('import data from "./x.json" with { type: "json" };').join(), /import attributes/);
  });

  it('reports regular-expression lookbehind, which Safari before 16.4 cannot parse', () => {
    assert.match(whats('const r = /(?<=¥)\\d+/;').join(), /lookbehind/);
    assert.match(whats('const r = new RegExp("(?<!a)b", "g");').join(), /lookbehind/);
    assert.deepEqual(whats('const r = /\\(?<=/;'), [], 'an escaped parenthesis is not a group');
  });

  it('reports built-ins newer than Safari 15 / Chrome 90 / Firefox 115, naming a replacement', () => {
    assert.match(whats('Object.hasOwn(o, "k");').join(), /Object\.hasOwn .*Safari 15\.4.*hasOwnProperty\.call/);
    assert.match(whats('list.at(-1);').join(), /Array\.prototype\.at/);
    assert.match(whats('const copy = structuredClone(o);').join(), /structuredClone/);
    assert.match(whats('const f = Object.hasOwn;').join(), /Object\.hasOwn/);
    assert.match(whats('items.findLast((x) => x);').join(), /findLast/);
    assert.match(whats('AbortSignal.timeout(1000);').join(), /AbortSignal\.timeout/);
    assert.deepEqual(whats('const o = { structuredClone: 1 }; o.structuredClone; function at() {}'), []);
  });

  it('as a command, prints file, line, column and the construct, and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'si-syntax-'));
    try {
      writeFileSync(join(dir, 'good.js'), 'export const a = 1;\n');
      writeFileSync(join(dir, 'bad.js'), 'export class A {\n  static { }\n}\n');
      const result = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
      assert.equal(result.status, 1);
      assert.match(result.stderr, /bad\.js:2:3: class static block/);
      assert.doesNotMatch(result.stderr, /good\.js/);
      rmSync(join(dir, 'bad.js'));
      const clean = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
      assert.equal(clean.status, 0, clean.stderr);
      assert.match(clean.stdout, /1 files parse as ES2021/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
