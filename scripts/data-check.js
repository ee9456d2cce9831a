#!/usr/bin/env node
// Validates a catalogue file with the same validator the components use, and the same messages.
//
//   node scripts/data-check.js FILE [--overlay OVERLAY]
//
// Prints one OK line, or the problems one per line and exits 1. Node cannot import the .ts
// validator, so it is bundled in memory with esbuild and imported from a data: URL.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const USAGE = 'usage: node scripts/data-check.js FILE [--overlay OVERLAY]';

function parseArguments(argv) {
  const files = [];
  let overlay;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--overlay') {
      overlay = argv[++index];
      if (overlay === undefined) return undefined;
    } else if (arg.startsWith('--overlay=')) overlay = arg.slice('--overlay='.length);
    else if (arg.startsWith('-')) return undefined;
    else files.push(arg);
  }
  return files.length === 1 ? { file: files[0], overlay } : undefined;
}

/** Bundles src/data/overlay.ts (which includes the validator) and imports it. */
async function loadValidators() {
  const result = await build({
    stdin: {
      contents: "export { validateCatalogue } from './src/data/validate.ts'; export { applyOverlay } from './src/data/overlay.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'node20',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** Reads and parses a JSON file; a problem is returned as a message, not thrown. */
function readJson(path) {
  try {
    return { value: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    const reason = error.code === 'ENOENT' ? 'no such file' : error instanceof SyntaxError ? `not valid JSON (${error.message})` : error.message;
    return { problem: `${path}: ${reason}` };
  }
}

async function main() {
  const args = parseArguments(process.argv.slice(2));
  if (!args) {
    console.error(USAGE);
    return 2;
  }
  const catalogueFile = readJson(args.file);
  const overlayFile = args.overlay === undefined ? undefined : readJson(args.overlay);
  const unreadable = [catalogueFile, overlayFile].filter((file) => file?.problem).map((file) => file.problem);
  if (unreadable.length > 0) {
    for (const problem of unreadable) console.error(problem);
    return 1;
  }
  const { validateCatalogue, applyOverlay } = await loadValidators();
  const result = overlayFile ? applyOverlay(catalogueFile.value, overlayFile.value) : validateCatalogue(catalogueFile.value);
  const subject = overlayFile ? `${args.file} with overlay ${args.overlay}` : args.file;
  if (!result.ok) {
    console.error(`${subject}: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}`);
    for (const error of result.errors) console.error(`  ${error.message}`);
    return 1;
  }
  const { catalogue } = result;
  console.log(`OK ${subject}: "${catalogue.title}" (${catalogue.id}), ${catalogue.items.length} items in ${catalogue.groups.length} groups`);
  return 0;
}

process.exitCode = await main();
