// One source for the data contract: the JSON Schemas in src/data/ (the published contract, read by
// editors, CMS tooling and ajv) are compiled into
//   src/data/types.generated.ts   the TypeScript types (interfaces with the schemas' descriptions)
//   src/data/patterns.generated.ts  the schemas' `pattern`s as regular expressions
//   src/data/checks.generated.ts  the structural checks, built from the combinators of
//                                 src/data/validation-core.ts (no eval, no new Function: CSP-safe,
//                                 and the localized, path-naming messages of validation-messages.ts)
// The rules no JSON Schema keyword says (unique seq/id, groups, overlay targets, duplicate guide
// elements) stay hand-written in validate.ts, overlay.ts and validate-guide.ts, on top of these.
// Why this and not ajv's standalone code: docs/data.md ("One source for the contract").
//
// Usage: node scripts/build-data-contract.js [--check] [--root DIR]
//   --check: write nothing; exit 1 when a generated file is missing or differs from a fresh build.
//
// It understands the subset of JSON Schema the three schemas use and fails loudly on anything
// else, so a schema change it cannot express is never silently dropped from the validator.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChecks } from './data-contract/checks.js';
import { loadSchemas } from './data-contract/schemas.js';
import { generateTypes } from './data-contract/types.js';

const args = process.argv.slice(2);
const check = args.includes('--check');
// --root DIR: another copy of the tree (the tests run it on a changed copy of the schemas).
const rootArg = args.indexOf('--root');
const root = rootArg >= 0 ? args[rootArg + 1] : join(dirname(fileURLToPath(import.meta.url)), '..');

loadSchemas(root);
const typesFile = generateTypes();
const { checksFile, patternsFile } = generateChecks();

let stale = false;
for (const [file, text] of [
  ['src/data/types.generated.ts', typesFile],
  ['src/data/checks.generated.ts', checksFile],
  ['src/data/patterns.generated.ts', patternsFile],
]) {
  const path = join(root, file);
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
      console.error(`${relative(root, path)} is stale: run npm run contract:build and commit it.`);
      stale = true;
    }
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${relative(root, path)}`);
  }
}
if (stale) process.exit(1);
if (check) console.log('OK: the generated types and checks match the schemas');
