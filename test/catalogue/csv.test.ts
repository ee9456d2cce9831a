import { expect } from '@open-wc/testing';
import { csvField, toCsv } from '../../src/catalogue/csv.js';

describe('CSV export cells', () => {
  it('neutralises formula starts, also after TAB, CR, LF or spaces, and in full-width forms', () => {
    for (const value of [
      '=1+1',
      '+1',
      '-1',
      '@SUM(A1)',
      '\t=1+1',
      '\r=1+1',
      '\n=1+1',
      '\r\n@x',
      '  =1',
      '\t',
      '\rtext',
      '＝1+1',
      '＋1',
      '－1',
      '＠SUM(A1)',
      '\t＝HYPERLINK("http://example.invalid")',
    ]) {
      const field = csvField(value);
      const unquoted = field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field;
      expect(unquoted, JSON.stringify(value)).to.equal(`'${value}`);
    }
  });

  it('leaves ordinary text alone and quotes per RFC 4180', () => {
    expect(csvField('社会保障卡申领')).to.equal('社会保障卡申领');
    expect(csvField('a=b')).to.equal('a=b');
    expect(csvField('电话：0000-0000000')).to.equal('电话：0000-0000000');
    expect(csvField('甲,乙')).to.equal('"甲,乙"');
    expect(csvField('第一行\n第二行')).to.equal('"第一行\n第二行"');
    expect(csvField('说"明"')).to.equal('"说""明"""');
  });

  it('writes a BOM, a header and CRLF lines', () => {
    expect(toCsv(['序号', '名称'], [['1', '=x']])).to.equal("\uFEFF序号,名称\r\n1,'=x\r\n");
  });
});
