// Precomputes the pinyin that search needs for a shipped catalogue, so the browser never loads
// pinyin-pro (~87 KB gzip) for it. Writes, next to the catalogue, a table from each distinct
// searchable text containing Chinese (item name, group, content and basis entries) to its
// toneless syllables, one per code point ('' for a non-Chinese character), joined by spaces:
//   "社保卡经办机构信息": "she bao ka jing ban ji gou xin xi"
// Keying by text, not by item, shares repeated texts (《社会保险法》 is in most items) and lets an
// overlaid catalogue reuse the table for every text it did not change.
//
// Usage: node scripts/build-search-index.js [--check] [catalogue.json [index.json]]
//   defaults: src/data/social-insurance.json → src/data/social-insurance.search.json
//   --check: write nothing; exit 1 when the index is missing or differs from a fresh build.
//
// Without a catalogue argument it also writes src/data/search-lexicon.search.json, the same table
// for the terms of the lexicon (src/data/search-lexicon.json): "养老金": "yang lao jin". Neither file
// ships as written: the bundle carries compact forms (src/data/compact-pinyin.ts, compact-lexicon.ts),
// which keep only the reading of each character, and the terms read differently in context.
//
// The syllable options, and the corrections from src/search/pinyin-corrections.json, must stay
// those of pinyinOfWith() in src/search/pinyin-runtime.ts; the browser tests compare both on the
// shipped catalogue.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const [cataloguePath = join(root, 'src/data/social-insurance.json'), indexPath = cataloguePath.replace(/\.json$/, '.search.json')] = args.filter(
  (arg) => arg !== '--check',
);

const HAN = /\p{Script=Han}/u;
const corrections = JSON.parse(readFileSync(join(root, 'src/search/pinyin-corrections.json'), 'utf8'));

function fail(message) {
  console.error(message);
  process.exit(1);
}

function generator() {
  const { version } = JSON.parse(readFileSync(join(root, 'node_modules/pinyin-pro/package.json'), 'utf8'));
  return `pinyin-pro@${version}`;
}

/** The searchable strings of an item, as src/search/search-index.ts reads them. */
function* searchableTexts(item) {
  yield item.name;
  yield item.group;
  yield* Array.isArray(item.content) ? item.content : [];
  yield* Array.isArray(item.basis) ? item.basis : [];
}

function syllablesOf(text) {
  const characters = pinyin(text, { toneType: 'none', type: 'all', v: true });
  const codePoints = Array.from(text);
  if (characters.length !== codePoints.length) {
    fail(`pinyin-pro returned ${characters.length} entries for ${codePoints.length} characters in ${JSON.stringify(text)}`);
  }
  const syllables = characters.map((character) => (character.isZh ? character.pinyin : ''));
  for (const [word, reading] of Object.entries(corrections)) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      const first = Array.from(text.slice(0, at)).length;
      reading.split(' ').forEach((syllable, offset) => (syllables[first + offset] = syllable));
    }
  }
  for (const syllable of syllables) {
    // The separator is a space, and search only uses [a-z] syllables.
    if (!/^[a-z]*$/.test(syllable)) fail(`unexpected syllable ${JSON.stringify(syllable)} in ${JSON.stringify(text)}`);
  }
  return syllables.join(' ');
}

function buildIndexText(catalogue) {
  if (!Array.isArray(catalogue?.items)) fail(`${relative(root, cataloguePath)}: no "items" array`);
  const texts = new Set();
  for (const item of catalogue.items) {
    for (const text of searchableTexts(item)) if (typeof text === 'string' && HAN.test(text)) texts.add(text);
  }
  // Sorted by UTF-16 code units, like the default sort, so the output never depends on item order.
  const entries = [...texts].sort().map((text) => `${JSON.stringify(text)}:${JSON.stringify(syllablesOf(text))}`);
  // One entry per line keeps diffs reviewable; no indentation keeps the file small.
  return `{"format":1,"generator":${JSON.stringify(generator())},"pinyin":{\n${entries.join(',\n')}\n}}\n`;
}

/** The lexicon's terms as a table of the same format: term → syllables, for its Chinese terms. */
function buildLexiconText(lexicon) {
  const terms = new Set();
  for (const entry of [...(lexicon.general ?? []), ...(lexicon.entries ?? [])]) for (const term of entry.terms) if (HAN.test(term)) terms.add(term);
  const entries = [...terms].sort().map((term) => `${JSON.stringify(term)}:${JSON.stringify(syllablesOf(term))}`);
  return `{"format":1,"generator":${JSON.stringify(generator())},"pinyin":{\n${entries.join(',\n')}\n}}\n`;
}

function writeOrCheck(path, fresh) {
  const shown = relative(root, path);
  if (check) {
    const committed = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (committed !== fresh) {
      fail(`${shown} is ${committed === undefined ? 'missing' : 'stale'}: run "node scripts/build-search-index.js" and commit the result.`);
    }
    console.log(`${shown} is up to date.`);
  } else {
    writeFileSync(path, fresh);
    console.log(`${shown}: ${fresh.length} characters, ${Buffer.byteLength(fresh)} bytes.`);
  }
}

if (!existsSync(cataloguePath)) fail(`${relative(root, cataloguePath)} does not exist yet: nothing to index.`);
const fresh = buildIndexText(JSON.parse(readFileSync(cataloguePath, 'utf8')));
writeOrCheck(indexPath, fresh);
if (args.filter((arg) => arg !== '--check').length === 0) {
  const lexiconPath = join(root, 'src/data/search-lexicon.json');
  writeOrCheck(join(root, 'src/data/search-lexicon.search.json'), buildLexiconText(JSON.parse(readFileSync(lexiconPath, 'utf8'))));
}
