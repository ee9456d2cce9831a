// scripts/build-data-contract.js: the types and checks generated from the JSON Schemas are fresh,
// CSP-safe, and a schema change (or a construct the generator does not know) is never missed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const script = join(root, 'scripts/build-data-contract.js');
const FILES = [
  'catalogue.schema.json',
  'overlay.schema.json',
  'service-guide.schema.json',
  'types.generated.ts',
  'checks.generated.ts',
  'patterns.generated.ts',
];

/** A copy of src/data's schemas and generated files, changed by `change`, checked with --check. */
function checkCopy(change) {
  const dir = mkdtempSync(join(tmpdir(), 'si-contract-'));
  try {
    mkdirSync(join(dir, 'src/data'), { recursive: true });
    for (const file of FILES) cpSync(join(root, 'src/data', file), join(dir, 'src/data', file));
    change(join(dir, 'src/data'));
    return spawnSync(process.execPath, [script, '--check', '--root', dir], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const editSchema = (dir, file, edit) => {
  const path = join(dir, file);
  const schema = JSON.parse(readFileSync(path, 'utf8'));
  edit(schema);
  writeFileSync(path, JSON.stringify(schema));
};

test('the committed generated files match the schemas', () => {
  const out = execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
  assert.match(out, /^OK/);
});

test('the generated checks compile no code at run time (strict CSP)', () => {
  const checks = readFileSync(join(root, 'src/data/checks.generated.ts'), 'utf8');
  assert.doesNotMatch(checks, /\beval\s*\(|\bFunction\s*\(|new\s+RegExp/);
  assert.match(checks, /from '\.\/validation-core\.js'/);
});

test('a changed schema makes --check fail, naming the stale file', () => {
  const result = checkCopy((dir) =>
    editSchema(dir, 'catalogue.schema.json', (schema) => {
      schema.$defs.item.properties.subject.description = '公开主体 (changed).';
    }),
  );
  assert.equal(result.status, 1);
  assert.match(result.stderr, /types\.generated\.ts is stale/);
});

test('a new required field reaches the generated checks', () => {
  const result = checkCopy((dir) =>
    editSchema(dir, 'catalogue.schema.json', (schema) => {
      schema.$defs.item.required.push('subject2');
      schema.$defs.item.properties.subject2 = { $ref: '#/$defs/text' };
    }),
  );
  assert.equal(result.status, 1);
  assert.match(result.stderr, /checks\.generated\.ts is stale/);
});

test('a keyword the generator does not understand fails loudly instead of being dropped', () => {
  const result = checkCopy((dir) =>
    editSchema(dir, 'catalogue.schema.json', (schema) => {
      schema.$defs.item.properties.name = { type: 'string', minLength: 2 };
    }),
  );
  assert.equal(result.status, 1);
  assert.match(result.stderr, /catalogue#\/\$defs\/item\/properties\/name: unsupported keyword minLength.*Teach scripts\/build-data-contract\.js/);
});
