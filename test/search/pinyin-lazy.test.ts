// This file must not import pinyin-pro statically: one test observes the browser fetching it.
import { expect } from '@open-wc/testing';
import { searchItems } from '../../src/search/match.js';
import { ensurePinyin } from '../../src/search/pinyin-lazy.js';
import { createPinyinLoader, loadPinyin, type PinyinModule } from '../../src/search/pinyin-runtime.js';
import { buildSearchIndex, pinyinFromTable, type PinyinOf, type PinyinTable } from '../../src/search/search-index.js';
import catalogue from '../fixtures/search-catalogue.json';
import table from '../fixtures/search-catalogue.search.json';

/** A loader that counts its calls and answers from the fixture's precomputed table. */
function countingLoader() {
  const fromTable = pinyinFromTable(table as PinyinTable);
  const loader = {
    calls: 0,
    load: async (): Promise<PinyinOf> => {
      loader.calls++;
      return fromTable;
    },
  };
  return loader;
}

/** Whether the page has fetched any pinyin-pro module. */
function pinyinProFetched(): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name.includes('/pinyin-pro/'));
}

describe('ensurePinyin', () => {
  it('does not load pinyin for a Chinese-character, digit or empty query', async () => {
    const index = buildSearchIndex(catalogue.items);
    const loader = countingLoader();
    for (const query of ['社保卡', '12333', '', '、']) {
      expect(await ensurePinyin(index, query, loader.load)).to.equal(index);
    }
    expect(loader.calls).to.equal(0);
  });

  it('loads pinyin for the first Latin-letter query, and only once', async () => {
    const index = buildSearchIndex(catalogue.items);
    const loader = countingLoader();
    expect(searchItems(index, 'sbk')).to.deep.equal([]);

    const upgraded = await ensurePinyin(index, 'sbk', loader.load);
    expect(loader.calls).to.equal(1);
    expect(upgraded).not.to.equal(index);
    expect(upgraded.pinyinComplete).to.equal(true);
    expect(searchItems(upgraded, 'sbk').map((result) => result.item.id)).to.deep.equal(['card-offices']);

    for (const query of ['yanglao', 'ＳＢＫ', 'ylbx']) expect(await ensurePinyin(upgraded, query, loader.load)).to.equal(upgraded);
    expect(loader.calls).to.equal(1);
  });

  it('never loads pinyin for the shipped catalogue, whose table is complete', async () => {
    const index = buildSearchIndex(catalogue.items, pinyinFromTable(table as PinyinTable));
    const loader = countingLoader();
    expect(index.pinyinComplete).to.equal(true);
    expect(await ensurePinyin(index, 'shebao', loader.load)).to.equal(index);
    expect(loader.calls).to.equal(0);
  });

  it('never loads pinyin for a catalogue without Chinese text', async () => {
    const index = buildSearchIndex([{ name: 'Pension registration', group: 'Registration', content: ['Guide'], basis: ['Social Insurance Law'] }]);
    const loader = countingLoader();
    expect(index.pinyinComplete).to.equal(true);
    expect(await ensurePinyin(index, 'pension', loader.load)).to.equal(index);
    expect(loader.calls).to.equal(0);
    expect(searchItems(index, 'PENSION')[0].matches[0]).to.deep.equal({ field: 'name', entry: 0, ranges: [{ start: 0, end: 7 }] });
  });

  it('for an overlaid catalogue, keeps the table syllables and asks pinyin-pro only for new texts', async () => {
    const overlaid = [...catalogue.items, { ...catalogue.items[0], id: 'local', name: '示例县灵活就业人员参保' }];
    const index = buildSearchIndex(overlaid, pinyinFromTable(table as PinyinTable));
    expect(index.pinyinComplete).to.equal(false);
    expect(searchItems(index, 'sbk').map((result) => result.item.id)).to.deep.equal(['card-offices']);

    const asked: string[] = [];
    const runtime: PinyinOf = (text) => {
      asked.push(text);
      return text === '示例县灵活就业人员参保' ? 'shi li xian ling huo jiu ye ren yuan can bao'.split(' ') : undefined;
    };
    const upgraded = await ensurePinyin(index, 'lhjy', async () => runtime);
    expect(asked).to.deep.equal(['示例县灵活就业人员参保']);
    expect(searchItems(upgraded, 'lhjy').map((result) => result.item.id)).to.deep.equal(['local']);
    expect(searchItems(upgraded, 'sbk').map((result) => result.item.id)).to.deep.equal(['card-offices']);
  });
});

describe('createPinyinLoader', () => {
  const fakeModule: PinyinModule = { pinyin: (() => []) as unknown as PinyinModule['pinyin'] };

  it('requests the module once, however many callers wait for it', async () => {
    let requests = 0;
    const load = createPinyinLoader(async () => {
      requests++;
      return fakeModule;
    });
    const [first, second] = await Promise.all([load(), load()]);
    expect(await load()).to.equal(first);
    expect(second).to.equal(first);
    expect(requests).to.equal(1);
  });

  it('tries again after a failed request', async () => {
    let requests = 0;
    const load = createPinyinLoader(async () => {
      requests++;
      if (requests === 1) throw new Error('offline');
      return fakeModule;
    });
    let failure: unknown;
    await load().catch((error: unknown) => (failure = error));
    expect(String(failure)).to.include('offline');
    expect(await load()).to.be.a('function');
    expect(requests).to.equal(2);
  });
});

describe('loadPinyin (the real pinyin-pro)', () => {
  it('is fetched by the browser only when a Latin-letter query needs it', async () => {
    const index = buildSearchIndex(catalogue.items);
    expect(await ensurePinyin(index, '社保卡')).to.equal(index);
    expect(pinyinProFetched(), 'fetched for a character query').to.equal(false);

    const started = performance.now();
    const upgraded = await ensurePinyin(index, 'sbk');
    console.log(`first Latin query: pinyin-pro fetched, initialised and applied in ${(performance.now() - started).toFixed(0)} ms`);
    expect(pinyinProFetched(), 'fetched for a Latin query').to.equal(true);
    expect(searchItems(upgraded, 'sbk').map((result) => result.item.id)).to.deep.equal(['card-offices']);
    expect(await loadPinyin()).to.equal(await loadPinyin());
  });

  it('gives the same syllables as the build-time table', async () => {
    const runtime = await loadPinyin();
    for (const [text, syllables] of Object.entries(table.pinyin)) expect(runtime(text), text).to.deep.equal(syllables.split(' '));
  });
});
