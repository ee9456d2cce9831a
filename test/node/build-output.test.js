// What the build leaves out of the runtime copy (vite.config.ts): per-item reading notes and
// holiday years before the latest two; and what it keeps: the complete published data.
// Needs `npm run build` first.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const source = JSON.parse(readFileSync(join(root, 'src/data/social-insurance.json'), 'utf8'));
const bundle = readFileSync(join(root, 'dist/si-catalogue.bundle.js'), 'utf8');
const chunks = readdirSync(join(root, 'dist/chunks'))
  .filter((name) => name.endsWith('.js'))
  .map((name) => readFileSync(join(root, 'dist/chunks', name), 'utf8'))
  .join('\n');
// The bundle and the chunks beside it: the holiday data comes with <si-deadline> (the elements chunk).
const bundleAndChunks = readdirSync(join(root, 'dist'))
  .filter((name) => /^si-catalogue\..+\.js$/.test(name))
  .map((name) => readFileSync(join(root, 'dist', name), 'utf8'))
  .join('\n');
const note = source.items.flatMap((item) => item.notes).find((text) => text.length > 40);

describe('build output', () => {
  it('leaves the per-item reading notes out of the bundle and the npm modules', () => {
    assert.ok(note, 'the source data has item notes');
    assert.ok(!bundle.includes(note.slice(0, 40)));
    assert.ok(!chunks.includes(note.slice(0, 40)));
    // The data itself is there (item names), and the catalogue-wide notes are kept.
    assert.ok(bundle.includes(source.items[0].name));
    assert.ok(bundle.includes(source.notes[0].slice(0, 30)));
  });

  it('publishes the complete data as si-catalogue/data/social-insurance.json', () => {
    assert.deepEqual(JSON.parse(readFileSync(join(root, 'dist/data/social-insurance.json'), 'utf8')), source);
  });

  it('builds in the latest two years of holiday schedules only', () => {
    const days = JSON.parse(readFileSync(join(root, 'node_modules/chinese-days/dist/chinese-days.json'), 'utf8'));
    const years = [...new Set(Object.keys(days.holidays).map((date) => Number(date.slice(0, 4))))].sort();
    const last = years.at(-1);
    for (const text of [bundleAndChunks, chunks]) {
      assert.ok(text.includes(`${last}-10-01`), `National Day ${last} is built in`);
      assert.ok(text.includes(`${last - 1}-10-01`), `National Day ${last - 1} is built in`);
      assert.ok(!text.includes(`${last - 2}-10-01`), `National Day ${last - 2} is left out`);
      assert.ok(!text.includes('2004-10-01'));
    }
  });
});
