import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { foldCodePoint, normalise, normaliseQuery, toSourceRange } from '../../src/search/normalise.js';

// A fixed seed keeps CI deterministic (a red run must be reproducible); change it locally to
// explore further, and turn any failure it finds into a plain test.
fc.configureGlobal({ seed: 20261201 });

/** The original characters a folded range came from. */
function sourceOf(source: string, start: number, end: number): string {
  const range = toSourceRange(normalise(source), start, end);
  return source.slice(range.start, range.end);
}

describe('normalise', () => {
  it('folds full-width letters and digits to half-width lowercase, keeping positions', () => {
    const folded = normalise('ＡＰＰ下载１２３abcXYZ');
    expect(folded.text).to.equal('app下载123abcxyz');
    expect(folded.sourceStarts).to.equal(null);
  });

  it('drops whitespace and punctuation, mapping folded positions back to the original', () => {
    const source = ' 养老、失业 保险（试行）';
    const folded = normalise(source);
    expect(folded.text).to.equal('养老失业保险试行');
    expect(sourceOf(source, 2, 4)).to.equal('失业');
    // A range across dropped characters covers them, so a highlight is one unbroken mark.
    expect(sourceOf(source, 1, 3)).to.equal('老、失');
    expect(sourceOf(source, 4, 8)).to.equal('保险（试行');
  });

  it('treats 、 , and ， alike, and brackets 《》<> as absent', () => {
    expect(normaliseQuery('养老,失业')).to.equal(normalise('养老、失业').text);
    expect(normaliseQuery('养老，失业')).to.equal(normalise('养老、失业').text);
    expect(normaliseQuery('《社会保险法》')).to.equal('社会保险法');
    expect(normalise('<城乡养老保险制度衔接暂行办法>').text).to.equal('城乡养老保险制度衔接暂行办法');
  });

  it('ignores zero-width and control characters that CMS editors leave behind', () => {
    expect(normaliseQuery('社\u200b保\ufeff卡\u00ad\t')).to.equal('社保卡');
  });

  it('folds compatibility characters through NFKC', () => {
    expect(foldCodePoint('\uf900')).to.equal('\u8c48'); // CJK compatibility ideograph 豈
    expect(foldCodePoint('⼈')).to.equal('人'); // Kangxi radical
    expect(foldCodePoint('①')).to.equal('1');
    expect(foldCodePoint('ﬁ')).to.equal('fi');
    expect(foldCodePoint('㈱')).to.equal('株'); // "(株)" without its brackets
  });

  it('maps every unit of an expanded character back to that whole character', () => {
    const source = '第ﬁ项';
    expect(normalise(source).text).to.equal('第fi项');
    expect(sourceOf(source, 1, 2)).to.equal('ﬁ');
    expect(sourceOf(source, 2, 3)).to.equal('ﬁ');
    expect(sourceOf(source, 1, 4)).to.equal('ﬁ项');
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    const source = '𠀀 保';
    const folded = normalise(source);
    expect(folded.text).to.equal('𠀀保');
    expect(sourceOf(source, 0, 2)).to.equal('𠀀');
    expect(sourceOf(source, 2, 3)).to.equal('保');
  });

  it('folds text and query the same way, and every folded range maps to characters that fold to it', () => {
    const tricky = [...'社保卡养老 、,，ＡａA１1《》<>①ﬁ㈱\u200b\ufeff豈İ\t'].concat('𠀀', '\ud800');
    const text = fc.string({ unit: fc.oneof(fc.constantFrom(...tricky), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 24 });
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (source, a, b) => {
        const folded = normalise(source);
        expect(folded.text).to.equal(normaliseQuery(source));
        if (folded.text.length === 0) return;
        const start = a % folded.text.length;
        const end = start + 1 + (b % (folded.text.length - start));
        const range = toSourceRange(folded, start, end);
        expect(normaliseQuery(source.slice(range.start, range.end))).to.include(folded.text.slice(start, end));
      }),
    );
  });
});
