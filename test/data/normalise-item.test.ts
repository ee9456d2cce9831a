import { expect } from '@open-wc/testing';
import { toItem } from '../../src/data/normalise-item.js';

describe('toItem (src/data/normalise-item.ts)', () => {
  it('is no item without an object with a name', () => {
    for (const value of [undefined, null, '示例', 3, [], {}, { name: '' }, { name: '  ' }, { name: 3 }])
      expect(toItem(value), JSON.stringify(value)).to.equal(undefined);
  });

  it('fills what is missing with empty lists, blank texts and false ticks', () => {
    const item = toItem({ name: '示例事项' })!;
    expect(item).to.deep.include({ seq: 0, id: '', group: '', name: '示例事项', content: [], basis: [], subject: '', channels: [], notes: [], local: false });
    expect(item.deadline).to.deep.equal({ text: '', workingDays: null, from: null });
    expect([item.audience, item.method, item.levels]).to.deep.equal([
      { public: false, specific: false },
      { proactive: false, onRequest: false },
      { county: false, township: false },
    ]);
  });

  it('keeps good values and drops bad entries', () => {
    const item = toItem({
      name: '示例',
      seq: 7,
      content: ['甲', 3, ' ', '乙'],
      levels: { county: true, township: 'yes' },
      deadline: { workingDays: 20, text: '20个工作日' },
      seqX: 1,
    })!;
    expect([item.seq, item.content, item.levels, item.deadline.workingDays]).to.deep.equal([7, ['甲', '乙'], { county: true, township: false }, 20]);
    expect(toItem({ name: '示例', seq: Number.NaN })!.seq).to.equal(0);
  });
});
