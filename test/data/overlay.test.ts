import { expect } from '@open-wc/testing';
import data from '../../src/data/social-insurance.json';
import exampleOverlay from '../../demo/overlay.example.json';
import { applyOverlay } from '../../src/data/overlay.js';
import type { Catalogue, CatalogueItem, Overlay } from '../../src/data/types.js';
import { exampleItem } from '../support/data-fixtures.js';

const standard = data as Catalogue;

function applied(overlay: unknown): Catalogue {
  const result = applyOverlay(standard, overlay);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.catalogue;
}

function problems(overlay: unknown, base: unknown = standard): string[] {
  const result = applyOverlay(base, overlay);
  return result.ok ? [] : result.errors.map((error) => error.message);
}

const byId = (catalogue: Catalogue, id: string): CatalogueItem | undefined => catalogue.items.find((item) => item.id === id);

function localItem(overrides: Partial<CatalogueItem> = {}): CatalogueItem {
  return { ...exampleItem(51, 'shili-local-item', '社会保险登记'), ...overrides };
}

describe('applyOverlay', () => {
  it('returns an equal catalogue for an empty overlay, without touching the base', () => {
    const before = JSON.stringify(standard);
    expect(applied({})).to.deep.equal(standard);
    expect(JSON.stringify(standard)).to.equal(before);
  });

  it('retitles the catalogue and may give it its own id', () => {
    const result = applied({ title: '示例县社会保险领域基层政务公开标准目录', id: 'shili-county-social-insurance' });
    expect(result.title).to.equal('示例县社会保险领域基层政务公开标准目录');
    expect(result.id).to.equal('shili-county-social-insurance');
    expect(result.domain).to.equal(standard.domain);
  });

  it('amends fields of an item by id; tick pairs and deadline only in the keys given', () => {
    const result = applied({
      items: [{ id: 'enterprise-registration', amend: { subject: '示例县人社局（示例）', levels: { township: false }, deadline: { workingDays: 10 } } }],
    });
    const item = byId(result, 'enterprise-registration')!;
    expect(item.subject).to.equal('示例县人社局（示例）');
    expect(item.levels).to.deep.equal({ county: true, township: false });
    expect(item.deadline).to.deep.equal({ ...standard.items[0].deadline, workingDays: 10 });
    expect(item.name).to.equal(standard.items[0].name);
    expect(byId(standard, 'enterprise-registration')!.subject).to.equal('人力资源社会保障部门');
  });

  it('appends content elements after the standard ones (and after amended content)', () => {
    const result = applied({
      items: [
        { id: 'enterprise-registration', appendContent: ['咨询电话：0000-0000000（示例电话）'] },
        { id: 'personal-info-change', amend: { content: ['服务指南'] }, appendContent: ['示例'] },
      ],
    });
    expect(byId(result, 'enterprise-registration')!.content).to.deep.equal([...standard.items[0].content, '咨询电话：0000-0000000（示例电话）']);
    expect(byId(result, 'personal-info-change')!.content).to.deep.equal(['服务指南', '示例']);
  });

  it('hides items', () => {
    const result = applied({ items: [{ id: 'job-retention-subsidy', hide: true }] });
    expect(result.items).to.have.length(49);
    expect(byId(result, 'job-retention-subsidy')).to.equal(undefined);
  });

  it('adds local items flagged local: true, after the last item of their group', () => {
    const result = applied({ add: [localItem()] });
    expect(result.items).to.have.length(51);
    const index = result.items.findIndex((item) => item.id === 'shili-local-item');
    expect(index).to.equal(7);
    expect(result.items[index].local).to.equal(true);
    expect(result.items[index - 1].id).to.equal('resident-pension-enrolment');
  });

  it('adds items under a new group the overlay declares, at the end', () => {
    const result = applied({ groups: ['示例县本地事项'], add: [localItem({ group: '示例县本地事项' })] });
    expect(result.groups.at(-1)).to.equal('示例县本地事项');
    expect(result.items.at(-1)!.id).to.equal('shili-local-item');
  });

  it('appends overlay notes to the catalogue notes', () => {
    const result = applied({ notes: ['示例：本地说明'] });
    expect(result.notes).to.deep.equal([...standard.notes, '示例：本地说明']);
  });

  it('applies the demo overlay', () => {
    const result = applied(exampleOverlay as Overlay);
    expect(result.title).to.equal('示例县社会保险领域基层政务公开标准目录');
    expect(result.items.filter((item) => item.local)).to.have.length(1);
    expect(byId(result, 'job-retention-subsidy')).to.equal(undefined);
    expect(JSON.stringify(exampleOverlay)).to.contain('示例');
  });

  it('reports an unknown item id with its path', () => {
    expect(problems({ items: [{ id: 'enterprise-registration' }, { id: 'benefit-suspension' }, { id: 'xyz' }] })).to.deep.equal([
      'overlay.items[2].id: no item with id "xyz"',
    ]);
  });

  it('reports overlay shape problems under overlay.…', () => {
    expect(problems(null)).to.deep.equal(['overlay: expected an overlay object, got null']);
    expect(
      problems({
        title: '',
        items: [{ id: 'enterprise-registration', hide: 'yes', amend: { id: 'new-id', levels: { township: 'no' } }, appendContent: 'x' }, {}],
        add: [{ seq: 52 }],
        groups: ['社会保险登记'],
      }),
    ).to.deep.equal([
      'overlay.title: expected a non-empty string, got ""',
      'overlay.groups[0]: "社会保险登记" is already a group of the catalogue',
      'overlay.items[0].hide: expected true or false, got "yes"',
      'overlay.items[0].amend.id: ids cannot be amended; hide the item and add a new one instead',
      'overlay.items[0].amend.levels.township: expected true or false, got "no"',
      'overlay.items[0].appendContent: expected an array of strings, got "x"',
      'overlay.items[1].id: missing',
      'overlay.add[0].id: missing',
      'overlay.add[0].group: missing',
      'overlay.add[0].name: missing',
      'overlay.add[0].content: missing',
      'overlay.add[0].basis: missing',
      'overlay.add[0].deadline: missing',
      'overlay.add[0].subject: missing',
      'overlay.add[0].channels: missing',
      'overlay.add[0].audience: missing',
      'overlay.add[0].method: missing',
      'overlay.add[0].levels: missing',
      'overlay.add[0].notes: missing',
    ]);
  });

  it('reports an overlay written for another catalogue', () => {
    expect(problems({ base: 'civil-affairs' })).to.deep.equal(['overlay.base: this overlay is for catalogue "civil-affairs", not "social-insurance"']);
  });

  it('reports the same item changed twice', () => {
    expect(problems({ items: [{ id: 'enterprise-registration' }, { id: 'enterprise-registration', hide: true }] })).to.deep.equal([
      'overlay.items[1].id: item "enterprise-registration" is already changed by overlay.items[0]',
    ]);
  });

  it('reports problems of the result at the overlay entry that caused them', () => {
    expect(problems({ add: [localItem({ seq: 3 })] })).to.deep.equal(['overlay.add[0].seq: duplicate seq 3, also used by base.items[2]']);
    expect(problems({ add: [localItem({ id: 'benefit-suspension' })] })).to.deep.equal([
      'overlay.add[0].id: duplicate id "benefit-suspension", also used by base.items[26]',
    ]);
    expect(problems({ add: [localItem(), localItem({ seq: 52 })] })).to.deep.equal([
      'overlay.add[1].id: duplicate id "shili-local-item", also used by overlay.add[0]',
    ]);
    expect(problems({ add: [localItem({ group: '未声明的事项' })] })).to.deep.equal([
      'overlay.add[0].group: "未声明的事项" is not one of the catalogue\'s groups',
    ]);
    expect(problems({ items: [{ id: 'benefit-suspension', amend: { seq: 1 } }] })).to.deep.equal([
      'overlay.items[0].amend.seq: duplicate seq 1, also used by base.items[0]',
    ]);
  });

  it('reports hiding every item as an empty catalogue', () => {
    const all = standard.items.map((item) => ({ id: item.id, hide: true }));
    expect(problems({ items: all })).to.deep.equal(['items: expected at least 1 entry, got an empty array']);
  });

  it('reports an invalid base under base.…', () => {
    expect(problems({}, null)).to.deep.equal(['base: expected a catalogue object, got null']);
    expect(problems({}, { ...standard, items: 'none' })).to.deep.equal(['base.items: expected an array of items, got "none"']);
  });

  it('never throws', () => {
    const inputs: unknown[] = [
      undefined,
      1,
      'x',
      [],
      { items: 5 },
      { add: [null] },
      { items: [null, 3] },
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('boom');
          },
        },
      ),
    ];
    for (const overlay of inputs) {
      for (const base of [standard, null, {}]) expect(() => applyOverlay(base, overlay)).not.to.throw();
    }
  });
});
