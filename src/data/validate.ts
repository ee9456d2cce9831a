/**
 * Runtime validation of catalogues loaded from outside (a `src` URL, a `catalogue` property, a
 * file given to `npm run data:check`). Same rules as catalogue.schema.json, plus what a schema
 * cannot say: unique `seq` and `id`, and every `group` listed in `groups`.
 */
import type { Catalogue } from './types.js';
import {
  at,
  booleanPair,
  checkPositiveInteger,
  checkRecord,
  checkSlug,
  checkText,
  checkBoolean,
  got,
  has,
  isRecord,
  isText,
  optionalField,
  orNull,
  requireField,
  runValidation,
  textList,
  type FieldCheck,
  type Problems,
  type ValidationResult,
} from './validation-core.js';

export const checkDeadline: FieldCheck = (problems, value, path) => {
  if (!checkRecord(problems, value, path)) return false;
  let valid = requireField(problems, value, 'text', path, checkText);
  valid = requireField(problems, value, 'workingDays', path, orNull(checkPositiveInteger, 'positiveInteger')) && valid;
  return requireField(problems, value, 'from', path, orNull(checkText, 'text')) && valid;
};

/** Each field of an item with its check, in the order of the contract (and of the messages). */
export const ITEM_FIELDS: ReadonlyArray<readonly [string, FieldCheck]> = [
  ['seq', checkPositiveInteger],
  ['id', checkSlug],
  ['group', checkText],
  ['name', checkText],
  ['content', textList(1)],
  ['basis', textList(0)],
  ['deadline', checkDeadline],
  ['subject', checkText],
  ['channels', textList(1)],
  ['audience', booleanPair(['public', 'specific'])],
  ['method', booleanPair(['proactive', 'onRequest'])],
  ['levels', booleanPair(['county', 'township'])],
  ['notes', textList(0)],
];

/** Checks one item on its own; cross-item rules are checked by checkCatalogue. */
export const checkItem: FieldCheck = (problems, value, path) => {
  if (!checkRecord(problems, value, path, 'itemObject')) return false;
  let valid = true;
  for (const [key, check] of ITEM_FIELDS) valid = requireField(problems, value, key, path, check) && valid;
  return optionalField(problems, value, 'local', path, checkBoolean) && valid;
};

/** A search synonym: `{ terms, means }`, both non-empty lists of text. */
export const checkSynonym: FieldCheck = (problems, value, path) => {
  if (!checkRecord(problems, value, path, 'synonymObject')) return false;
  const valid = requireField(problems, value, 'terms', path, textList(1));
  return requireField(problems, value, 'means', path, textList(1)) && valid;
};

/** `synonyms`: an array of synonym objects. */
export const checkSynonyms: FieldCheck = (problems, value, path) => {
  if (!Array.isArray(value)) {
    problems.expected(path, 'synonymArray', value);
    return false;
  }
  let valid = true;
  value.forEach((entry, index) => (valid = checkSynonym(problems, entry, at(path, index)) && valid));
  return valid;
};

/** Reports repeats of `key` across items, naming where the value was first used. */
function checkUnique(problems: Problems, items: readonly unknown[], key: 'seq' | 'id', path: string): void {
  const firstIndex = new Map<unknown, number>();
  items.forEach((item, index) => {
    if (!isRecord(item)) return;
    const value = item[key];
    if (key === 'seq' ? !Number.isSafeInteger(value) : typeof value !== 'string') return;
    const first = firstIndex.get(value);
    if (first === undefined) firstIndex.set(value, index);
    else problems.add(at(at(path, index), key), 'duplicateValue', { field: key, value: JSON.stringify(value), other: at(path, first) });
  });
}

function checkGroups(problems: Problems, value: unknown, path: string): Set<string> | undefined {
  if (!textList(1)(problems, value, path) && !Array.isArray(value)) return undefined;
  const groups = new Set<string>();
  const firstIndex = new Map<string, number>();
  (value as unknown[]).forEach((group, index) => {
    if (!isText(group)) return;
    const first = firstIndex.get(group);
    if (first === undefined) firstIndex.set(group, index);
    else problems.add(at(path, index), 'duplicateGroup', { value: JSON.stringify(group), other: at(path, first) });
    groups.add(group);
  });
  return groups;
}

/** Checks a whole catalogue at `path` ("" for the root). Returns whether it is valid. */
export function checkCatalogue(problems: Problems, value: unknown, path: string): value is Catalogue {
  if (!checkRecord(problems, value, path, 'catalogueObject')) return false;
  const before = problems.count;
  requireField(problems, value, 'id', path, checkSlug);
  for (const key of ['title', 'domain', 'version', 'source']) requireField(problems, value, key, path, checkText);
  const groupsPath = at(path, 'groups');
  let groups: Set<string> | undefined;
  if (has(value, 'groups')) groups = checkGroups(problems, value.groups, groupsPath);
  else problems.add(groupsPath, 'missing');
  requireField(problems, value, 'notes', path, textList(0));
  optionalField(problems, value, 'synonyms', path, checkSynonyms);
  optionalField(problems, value, 'popularSearches', path, textList(0));

  const itemsPath = at(path, 'items');
  if (!has(value, 'items')) {
    problems.add(itemsPath, 'missing');
  } else if (!Array.isArray(value.items)) {
    problems.expected(itemsPath, 'itemArray', value.items);
  } else {
    const items: unknown[] = value.items;
    if (items.length === 0) problems.add(itemsPath, 'minEntries', { count: 1, got: got(items) });
    items.forEach((item, index) => {
      const itemPath = at(itemsPath, index);
      checkItem(problems, item, itemPath);
      const group = isRecord(item) ? item.group : undefined;
      if (groups && isText(group) && !groups.has(group)) {
        problems.add(at(itemPath, 'group'), 'notAGroup', { value: JSON.stringify(group) });
      }
    });
    checkUnique(problems, items, 'seq', itemsPath);
    checkUnique(problems, items, 'id', itemsPath);
  }
  return problems.count === before;
}

/**
 * Validates anything (parsed JSON or a live object). Collects every problem; never throws.
 * On success the same object is returned, typed.
 */
export function validateCatalogue(value: unknown): ValidationResult<Catalogue> {
  return runValidation((problems) => (checkCatalogue(problems, value, '') ? value : undefined));
}

export type { ValidationError, ValidationResult } from './validation-core.js';
