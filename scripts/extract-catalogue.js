#!/usr/bin/env node
// Reads the PDF-extracted social-insurance catalogue (tab-separated) into src/data/social-insurance.json.
//
//   node scripts/extract-catalogue.js [SOURCE]            writes the JSON
//   node scripts/extract-catalogue.js [SOURCE] --check    exits 1 if the JSON differs from a fresh reading
//
// The reading is declared, not guessed: the page layouts, the merged blocks of every column and the
// hand-written notes live in scripts/extract-catalogue.reading.js, each with the source line it rests
// on. This file applies them, asserts that the source really looks the way they claim (so a changed
// source fails loudly instead of being misread), and writes every inference into the item's notes.
// Line numbers are 1-based, as printed by `sed -n Np` or `cat -n`.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BLOCKS, CATALOGUE, COLUMN_LABELS, DROPPED_FRAGMENTS, HAND_NOTES, IDS, LAYOUTS, TICK_NAMES } from './extract-catalogue.reading.js';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const checkOnly = args.includes('--check');
const sourcePath = resolve(args.find((arg) => !arg.startsWith('--')) ?? resolve(root, 'src/data/source/social-insurance-catalogue.txt'));
const outPath = resolve(root, 'src/data/social-insurance.json');

function fail(message) {
  console.error(`extract-catalogue: ${message}`);
  process.exit(1);
}
function assert(condition, message) {
  if (!condition) fail(message);
}

const lines = readFileSync(sourcePath, 'utf8').split('\n');
const layoutOf = (lineNo) => LAYOUTS.find((layout) => lineNo >= layout.lines[0] && lineNo <= layout.lines[1]);

// ---- 1. Rows: a line whose first field is a number starts an item; other non-blank lines continue it.
const TEXT_COLUMNS = ['group', 'name', 'content', 'basis', 'deadline', 'subject', 'channels'];
/** seq -> { seq, line, layout, pieces: { column: [{ line, text }] }, ticks: boolean[6] | null } */
const rows = new Map();
let current;
lines.forEach((text, index) => {
  const lineNo = index + 1;
  const fields = text.split('\t');
  if (fields.every((field) => field.trim() === '')) return;
  const layout = layoutOf(lineNo);
  if (!layout) return; // title and header lines (1-6)
  assert(fields.length === layout.fieldCount, `line ${lineNo}: ${fields.length} tab fields, layout "${layout.name}" expects ${layout.fieldCount}`);
  const seqText = fields[0].trim();
  if (seqText !== '') {
    const seq = Number(seqText);
    assert(Number.isInteger(seq) && !rows.has(seq), `line ${lineNo}: bad or repeated 序号 "${seqText}"`);
    current = { seq, line: lineNo, layout, pieces: {}, ticks: null };
    rows.set(seq, current);
  } else {
    assert(current, `line ${lineNo}: continuation before the first item`);
  }
  for (const column of TEXT_COLUMNS) {
    const position = layout.columns[column];
    const cell = position === undefined ? '' : fields[position];
    if (cell.trim() === '') continue;
    const dropped = DROPPED_FRAGMENTS.find((fragment) => fragment.line === lineNo && fragment.column === column);
    if (dropped) {
      assert(cell === dropped.text, `line ${lineNo}: expected the fragment "${dropped.text}" in ${column}, found "${cell}"`);
      continue;
    }
    (current.pieces[column] ??= []).push({ line: lineNo, text: cell });
  }
  // Every cell outside the declared columns must be blank, or the layout is wrong.
  const declared = new Set([0, ...Object.values(layout.columns), ...layout.ticks]);
  fields.forEach((field, position) => {
    assert(declared.has(position) || field.trim() === '', `line ${lineNo}: unexpected text "${field}" in tab field ${position + 1} (layout "${layout.name}")`);
  });
  const ticks = layout.ticks.map((position) => fields[position].trim());
  for (const tick of ticks) assert(tick === '' || tick === '√', `line ${lineNo}: unexpected tick cell "${tick}"`);
  if (ticks.some((tick) => tick === '√')) {
    assert(seqText !== '', `line ${lineNo}: ticks on a continuation line`);
    current.ticks = ticks.map((tick) => tick === '√');
  }
});
assert(rows.size === 50 && [...rows.keys()].every((seq, index) => seq === index + 1), `expected items 1..50 in order, found ${[...rows.keys()].join(',')}`);

// ---- 2. Cell text: markup out, stray spaces out (the table is Chinese; every space is a wrap or a PDF artefact).
const stripMarkup = (text) => text.replace(/<\/?(?:ul|li)\b[^>]*>/g, ' ');
const withoutSpaces = (text) => text.replace(/\s+/g, '');
const quote = (text) => `“${text}”`;
const linesOf = (pieces) => pieces.map((piece) => piece.line);
const lineList = (numbers) => (numbers.length === 1 ? `line ${numbers[0]}` : `lines ${numbers.join(' and ')}`);

/** Splits a bulleted cell into its elements; spaces inside an element are stray, spaces around bullets are not. */
function bullets(raw, bullet) {
  const parts = stripMarkup(raw).split(bullet);
  assert(parts[0].trim() === '', `text before the first ${bullet} in "${raw}"`);
  return parts
    .slice(1)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Splits 公开依据 into the titles inside its top-level 《》, reporting anything between titles other than 、. */
function basisTitles(text) {
  const titles = [];
  const between = [];
  let depth = 0;
  let title = '';
  let gap = '';
  for (const char of text) {
    if (char === '《') {
      if (depth === 0) {
        if (titles.length > 0) between.push(gap);
        gap = '';
        title = '';
      } else title += char;
      depth += 1;
    } else if (char === '》') {
      depth -= 1;
      assert(depth >= 0, `unbalanced 》 in "${text}"`);
      if (depth === 0) titles.push(title);
      else title += char;
    } else if (depth > 0) title += char;
    else gap += char;
  }
  assert(depth === 0 && gap === '', `unbalanced 《》 or trailing text in "${text}"`);
  return { titles, separators: between };
}

function readDeadline(text) {
  const match = /^公开事项(.+之日)起(\d+)个工作日内公开$/.exec(text);
  assert(match, `公开时限 "${text}" does not have the expected wording`);
  return { text, workingDays: Number(match[2]), from: match[1] };
}

// ---- 3. Merged blocks: every blank cell is filled from the block the reading file assigns it to.
function printedValue(seq, column) {
  if (column === 'ticks') return rows.get(seq).ticks ? JSON.stringify(rows.get(seq).ticks) : undefined;
  const pieces = rows.get(seq).pieces[column];
  return pieces ? pieces.map((piece) => piece.text).join(' ') : undefined;
}

/** Resolves the printed row a blank cell takes its value from, with the sentence that says why. */
function resolveBlank(seq, column) {
  const block = BLOCKS[column].find((candidate) => seq >= candidate.items[0] && seq <= candidate.items[1]);
  assert(block, `item ${seq}: ${column} is blank and no block covers it`);
  if (block.between) {
    const [above, below] = block.between;
    const valueAbove = printedValue(above, column);
    const valueBelow = printedValue(below, column);
    const comparable = (value) => withoutSpaces(stripMarkup(value ?? ''));
    assert(valueAbove !== undefined && comparable(valueAbove) === comparable(valueBelow), `item ${seq}: ${column} neighbours ${above} and ${below} differ`);
    return {
      from: above,
      key: `between:${above}:${below}:${block.why ?? ''}`,
      why: `the extent of the merged block cannot be read from the extraction, but the nearest printed values above (item ${above}, line ${rows.get(above).line}) and below (item ${below}, line ${rows.get(below).line}) are identical, so that value is used${block.why ? `; ${block.why}` : ''}`,
    };
  }
  const from = block.printedOn;
  assert(printedValue(from, column) !== undefined, `item ${seq}: block ${block.items.join('–')} of ${column} has no value on item ${from}`);
  for (let other = block.items[0]; other <= block.items[1]; other += 1) {
    assert(other === from || printedValue(other, column) === undefined, `block ${block.items.join('–')} of ${column}: item ${other} prints its own value`);
  }
  const pieceLines = column === 'ticks' ? [rows.get(from).line] : linesOf(rows.get(from).pieces[column]);
  return {
    from,
    key: `block:${block.items.join('-')}:${from}:${block.why ?? ''}`,
    why: `value of the merged block of items ${block.items[0]}–${block.items[1]}, printed once, on item ${from}'s row (${lineList(pieceLines)})${block.why ? `; ${block.why}` : ''}`,
  };
}

// ---- 4. Items.
const items = [];
const interpretations = [];
for (const row of rows.values()) {
  const notes = [];
  /** Every note is also an entry of the interpretations table in docs/data.md. */
  const addNote = (kind, text) => {
    notes.push(text);
    interpretations.push({ seq: row.seq, kind, text });
  };
  const inherited = new Map(); // key -> { why, columns[] }
  const take = (column) => {
    if (printedValue(row.seq, column) !== undefined) return row;
    const resolved = resolveBlank(row.seq, column);
    const entry = inherited.get(resolved.key) ?? {
      why: resolved.why,
      columns: [],
      kind: resolved.key.startsWith('between') ? 'merged (equal neighbours)' : 'merged block',
    };
    entry.columns.push(COLUMN_LABELS[column]);
    inherited.set(resolved.key, entry);
    return rows.get(resolved.from);
  };
  const joinNote = (column, pieces, cleaned) => {
    const raw = pieces.map((piece) => piece.text).join('');
    if (pieces.length === 1 && raw === cleaned) return;
    const printed = pieces.map((piece) => `${quote(piece.text)} (line ${piece.line})`).join(' + ');
    addNote('join', `${COLUMN_LABELS[column]}: printed ${printed}; joined without the stray spaces as ${quote(cleaned)}.`);
  };

  const plainText = (column) => {
    const source = take(column);
    const pieces = source.pieces[column];
    const cleaned = withoutSpaces(pieces.map((piece) => piece.text).join(''));
    if (source === row) joinNote(column, pieces, cleaned);
    return cleaned;
  };
  const bulletList = (column, bullet) => {
    const source = take(column);
    const pieces = source.pieces[column];
    const elements = bullets(pieces.map((piece) => piece.text).join(' '), bullet);
    const cleaned = elements.map(withoutSpaces);
    if (source === row) {
      const spaced = elements.filter((element) => /\s/.test(element));
      if (spaced.length > 0)
        addNote('join', `${COLUMN_LABELS[column]}: stray spaces removed inside ${spaced.map(quote).join(', ')} (${lineList(linesOf(pieces))}).`);
      if (pieces.length > 1)
        addNote('join', `${COLUMN_LABELS[column]}: the cell continues on ${lineList(linesOf(pieces).slice(1))}; its elements there are part of this item.`);
    }
    return cleaned;
  };

  const group = plainText('group');
  const name = plainText('name');
  const content = bulletList('content', '●');
  const basisText = plainText('basis');
  const { titles: basis, separators } = basisTitles(basisText);
  separators.forEach((separator, index) => {
    if (separator === '、') return;
    const printed = separator === '' ? 'only a space in the extraction' : `printed ${quote(separator)}`;
    const basisLines = lineList(linesOf(take('basis').pieces.basis));
    addNote(
      'kept as printed',
      `公开依据: no 、 between ${quote(`《${basis[index]}》`)} and ${quote(`《${basis[index + 1]}》`)} (${printed}, ${basisLines}); read as two titles.`,
    );
  });
  const deadline = readDeadline(plainText('deadline'));
  const subject = plainText('subject');
  const channels = bulletList('channels', '■');
  const ticks = take('ticks').ticks;
  assert(ticks.filter(Boolean).length === 4, `item ${row.seq}: expected four ticks, got ${ticks}`);

  if (row.layout.shiftNote) addNote('shifted page', row.layout.shiftNote);
  for (const { why, columns, kind } of inherited.values()) {
    addNote(kind, `${columns.join(', ')}: blank on its own row (line ${row.line}); ${why}.`);
  }
  for (const hand of HAND_NOTES[row.seq] ?? []) addNote(hand.kind, hand.text);

  items.push({
    seq: row.seq,
    id: IDS[row.seq],
    group,
    name,
    content,
    basis,
    deadline,
    subject,
    channels,
    audience: { public: ticks[0], specific: ticks[1] },
    method: { proactive: ticks[2], onRequest: ticks[3] },
    levels: { county: ticks[4], township: ticks[5] },
    notes,
  });
}
assert(TICK_NAMES.length === 6, 'six tick columns');
assert(
  new Set(items.map((item) => item.id)).size === 50 && items.every((item) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(item.id)),
  'ids must be 50 unique URL-safe slugs',
);

const groups = [...new Set(items.map((item) => item.group))];
const { id, title, domain, version, source, notes } = CATALOGUE;
const catalogue = { id, title, domain, version, source, groups, notes, items };
const json = `${JSON.stringify(catalogue, null, 2)}\n`;

const docsPath = resolve(root, 'docs/data.md');
const docs = withInterpretationsTable(readFileSync(docsPath, 'utf8'), interpretations);

if (checkOnly) {
  const stale = [
    [outPath, json],
    [docsPath, docs],
  ]
    .filter(([path, text]) => readFileSync(path, 'utf8') !== text)
    .map(([path]) => path);
  if (stale.length > 0) fail(`${stale.join(' and ')} differ from a fresh reading of ${sourcePath}; run without --check to rewrite them`);
  console.log(`extract-catalogue: ${outPath} and the table in ${docsPath} match the source reading (50 items, ${groups.length} groups).`);
} else {
  writeFileSync(outPath, json);
  writeFileSync(docsPath, docs);
  console.log(`extract-catalogue: wrote ${outPath} (50 items, ${groups.length} groups, ${interpretations.length} item notes) and the table in ${docsPath}.`);
}

/** Replaces the generated table between the markers of docs/data.md. */
function withInterpretationsTable(markdown, entries) {
  const start = '<!-- interpretations:start (generated by scripts/extract-catalogue.js) -->';
  const end = '<!-- interpretations:end -->';
  assert(markdown.includes(start) && markdown.includes(end), `${docsPath} lacks the interpretation table markers`);
  const LINE_MENTION = /\blines? (\d+(?:–\d+)?(?:(?:, | and )\d+(?:–\d+)?)*)/g;
  const rows = entries.map(({ seq, kind, text }) => {
    const mentioned = [...text.matchAll(LINE_MENTION)].flatMap((match) => match[1].split(/, | and /));
    const lines = [...new Set(mentioned)].sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
    const columns = text.startsWith('Shifted page')
      ? 'page layout, √ ticks'
      : text.startsWith('Uncertain reading')
        ? '公开依据'
        : text.slice(0, text.indexOf(': '));
    return `| ${seq} | ${kind}: ${columns} | ${lines.join(', ')} |`;
  });
  const table = ['| Seq | What | Source lines |', '| --- | --- | --- |', ...rows].join('\n');
  return `${markdown.slice(0, markdown.indexOf(start) + start.length)}\n\n${table}\n\n${markdown.slice(markdown.indexOf(end))}`;
}
