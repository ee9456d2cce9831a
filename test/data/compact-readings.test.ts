// Character readings packed without the characters (src/data/compact-readings.ts), used by the
// compact pinyin of the built-in catalogue and lexicon: they must decode to exactly what they encode.
import { expect } from '@open-wc/testing';
import table from '../../src/data/social-insurance.search.json';
import { characterReadings, decodeReadings, encodeReadings, hanCharacters, readText } from '../../src/data/compact-readings.js';

const pinyin = (table as unknown as { pinyin: Record<string, string> }).pinyin;

describe('compact character readings', () => {
  const readings = characterReadings(pinyin);
  const characters = hanCharacters(Object.keys(pinyin));

  it('rebuild the readings of every character of the catalogue, without storing the characters', () => {
    const packed = encodeReadings(readings, characters);
    expect(decodeReadings(packed, characters)).to.deep.equal(readings);
    // Most characters go by GB 2312 order: only a few are listed one by one after the bar.
    expect(packed.slice(packed.indexOf('|') + 1).length).to.be.below(20);
    expect(packed.slice(0, packed.indexOf('|'))).to.match(/^([a-z]+\d+)+$/);
  });

  it('list characters outside GB 2312 level 1 and readings that break its order', () => {
    // 䶮 is not in GB 2312; 重, filed under zhong (after 政 zheng), is read chong here; 丢 has no reading.
    const some = new Map([
      ['䶮', 'yan'],
      ['银', 'yin'],
      ['政', 'zheng'],
      ['重', 'chong'],
      ['丢', ''],
    ]);
    const set = new Set(some.keys());
    const packed = encodeReadings(some, set);
    expect(packed).to.equal('yin1zheng1|䶮yan丢重chong');
    expect(decodeReadings(packed, set)).to.deep.equal(some);
  });

  it('refuse readings that are missing, not syllables, or for characters not given', () => {
    expect(() => encodeReadings(new Map([['社', 'she']]), new Set(['社', '保']))).to.throw(/no reading for "保"/);
    expect(() => encodeReadings(new Map([['社', 'shè']]), new Set(['社']))).to.throw(/not a toneless syllable/);
    expect(() =>
      encodeReadings(
        new Map([
          ['社', 'she'],
          ['保', 'bao'],
        ]),
        new Set(['社']),
      ),
    ).to.throw(/is not one of the characters/);
  });

  it('refuse to decode for other characters than they were made for', () => {
    const packed = encodeReadings(readings, characters);
    const fewer = new Set([...characters].slice(1));
    expect(() => decodeReadings(packed, fewer)).to.throw(/made for other texts/);
  });

  it('read a text character by character, or not at all when a Chinese character has no reading', () => {
    expect(
      readText(
        '社保app',
        new Map([
          ['社', 'she'],
          ['保', 'bao'],
        ]),
      ),
    ).to.deep.equal(['she', 'bao', '', '', '']);
    expect(
      readText(
        '社保卡',
        new Map([
          ['社', 'she'],
          ['保', 'bao'],
        ]),
      ),
    ).to.equal(undefined);
  });
});
