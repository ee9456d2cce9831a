// scripts/minify-template-literals.js: what the build does to Lit templates, and what it leaves.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyTemplateLiterals } from '../../scripts/minify-template-literals.js';

describe('minifyTemplateLiterals', () => {
  it('drops CSS comments and the whitespace CSS ignores in css``, around interpolations too', () => {
    const code =
      'const s = css`\n  :host {\n    /* why */\n    display: block;\n    border: ${token("w")} solid ${token("c")};\n  }\n  .a,\n  .b {\n    font: 1em / 1.5 serif;\n  }\n`;';
    assert.equal(minifyTemplateLiterals(code), 'const s = css` :host{display:block;border:${token("w")} solid ${token("c")}}.a,.b{font:1em / 1.5 serif}`;');
  });

  it('keeps a space before a colon (a descendant combinator) and the words of selectors and media queries apart', () => {
    const code = 'css`tr.highlighted :is(.a, .b) { color: red; }\n@media (max-width: 40em) and (hover: none) {\n  a :not(.x)::before { margin: 0 }\n}`';
    assert.equal(
      minifyTemplateLiterals(code),
      'css`tr.highlighted :is(.a,.b){color:red}@media (max-width:40em) and (hover:none){a :not(.x)::before{margin:0}}`',
    );
  });

  it('keeps quoted CSS strings exactly, and only collapses whitespace when an interpolation splits one', () => {
    const code = 'css`.label::after {\n  content: \': \' ;\n  font-family: "A  B", serif;\n}`';
    assert.equal(minifyTemplateLiterals(code), 'css`.label::after{content:\': \';font-family:"A  B",serif}`');
    const split = "css`.x::after {\n  content: '${sep} , ';\n}`";
    assert.equal(minifyTemplateLiterals(split), "css`.x::after { content: '${sep} , '; }`");
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
    assert.equal(minifyTemplateLiterals(code), "css`.tick::before{content:'\\2713'}`");
  });
});
