// scripts/minify-template-literals.js: what the build does to Lit templates, and what it leaves.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyTemplateLiterals } from '../../scripts/minify-template-literals.js';

describe('minifyTemplateLiterals', () => {
  it('drops CSS comments and collapses whitespace in css``, around interpolations too', () => {
    const code = 'const s = css`\n  :host {\n    /* why */\n    display: block;\n    color: ${token("x")};\n  }\n`;';
    assert.equal(minifyTemplateLiterals(code), 'const s = css` :host { display: block; color: ${token("x")}; } `;');
  });

  it('turns line breaks with indentation in html`` into one space, nested templates included', () => {
    const code = 'html`<ul>\n    ${items.map((i) => html`<li>\n      ${i}\n    </li>`)}\n  </ul>`';
    assert.equal(minifyTemplateLiterals(code), 'html`<ul> ${items.map((i) => html`<li> ${i} </li>`)} </ul>`');
  });

  it('keeps spaces without a line break in html`` (they may separate inline text)', () => {
    const code = 'html`${seq}.  ${name} <b>a</b> <b>b</b>`';
    assert.equal(minifyTemplateLiterals(code), code);
  });

  it('leaves untagged templates, strings, comments and regular expressions alone', () => {
    const code = ['const csv = `a\n  b`;', "const s = 'css`  x  `';", '// html`\n   `', 'const r = /[`"]/g;', 'const t = other`\n  kept\n`;'].join('\n');
    assert.equal(minifyTemplateLiterals(code), code);
  });

  it('keeps escapes as written', () => {
    const code = "css`.tick::before {\n  content: '\\2713';\n}`";
    assert.equal(minifyTemplateLiterals(code), "css`.tick::before { content: '\\2713'; }`");
  });
});
