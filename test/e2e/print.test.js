// #14 point 4, on paper: the demo county page printed to an A4 portrait PDF (Chromium's own
// print path) and read back with pdftotext: every column on the page (all 200 ✓ of the standard
// catalogue are printed, and each page with rows carries the header down to 乡、村级), header
// rows repeated on each page, no row cut in two (each item's name and its last 公开依据 are on
// one page), and the title and the date of printing above the table; from a desktop and from a
// phone (whose cards give way to the table between beforeprint and afterprint).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { newWatchedPage, openBrowser, repoRoot } from './browser.js';

const catalogue = JSON.parse(readFileSync(join(repoRoot, 'src/data/social-insurance.json'), 'utf8'));
const TICKS = catalogue.items.reduce(
  (sum, item) =>
    sum +
    [item.audience.public, item.audience.specific, item.method.proactive, item.method.onRequest, item.levels.county, item.levels.township].filter(Boolean)
      .length,
  0,
);
const HEADERS = [
  '序号',
  '公开事项',
  '一级事项',
  '二级事项',
  '公开内容（要素）',
  '公开依据',
  '公开时限',
  '公开主体',
  '公开渠道和载体',
  '公开对象',
  '公开方式',
  '公开层级',
  '全社会',
  '特定群众',
  '主动',
  '依申请公开',
  '县级',
  '乡、村级',
];

describe('printing the catalogue', () => {
  let session;
  let dir;
  before(async () => {
    session = await openBrowser();
    dir = mkdtempSync(join(tmpdir(), 'si-print-'));
  });
  after(async () => {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    // A phone shows cards; paper still gets the table.
    { width: 360, height: 740 },
  ]) {
    it(
      `fits A4 portrait with every column, repeated headers, whole rows, the title and the date (printed at ${viewport.width} px)`,
      { timeout: 60000 },
      async () => {
        const { page, log } = await newWatchedPage(session.browser, { viewport });
        await page.goto(session.url('/demo/'));
        await page.waitForFunction(() => document.querySelector('#catalogue')?.shadowRoot?.querySelector('[part="card"], tbody tr'));
        const file = join(dir, `catalogue-${viewport.width}.pdf`);
        writeFileSync(file, await page.pdf({ format: 'A4', landscape: false }));
        assert.deepEqual(log.errors, []);
        assert.match(execFileSync('pdfinfo', [file], { encoding: 'utf8' }), /Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/);

        const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
        const pages = text.split('\f').map((page) => page.replace(/\s+/g, ''));
        assert.equal((text.match(/✓/g) ?? []).length, TICKS, 'every ✓ of every item is on the paper: no column is cut off');

        const withRows = pages.filter((page) => catalogue.items.some((item) => page.includes(item.name)));
        assert.ok(withRows.length >= 2, `the table takes several pages (${withRows.length})`);
        for (const [index, page] of withRows.entries()) {
          for (const header of HEADERS) assert.ok(page.includes(header), `page ${index + 1} of the table repeats the header ${header}`);
        }

        for (const item of catalogue.items) {
          const on = pages.filter((page) => page.includes(item.name));
          assert.equal(on.length, 1, `${item.name} is printed once`);
          assert.ok(on[0].includes(`《${item.basis.at(-1)}》`), `row ${item.seq} is whole: its last 公开依据 is on the page of its name`);
          assert.ok(on[0].includes(item.content.at(-1).replace(/\s+/g, '')), `row ${item.seq} is whole: its last 公开内容 is on the page of its name`);
        }

        const first = withRows[0];
        assert.ok(
          first.indexOf('打印日期：') !== -1 && first.indexOf('打印日期：') < first.indexOf(catalogue.items[0].name),
          'the date of printing is above the table',
        );
        assert.ok(first.includes(catalogue.title.replace(/\s+/g, '')), 'the title is printed');
        assert.ok(!text.includes('搜索事项') && !text.includes('回到顶部'), 'no toolbar or screen controls on paper');
        await page.close();
      },
    );
  }
});
