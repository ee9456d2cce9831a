/**
 * Runtime validation of catalogues loaded from outside (a `src` URL, a `catalogue` property, a
 * file given to `npm run data:check`). The structure is checked by code generated from
 * catalogue.schema.json (checks.generated.ts); this file adds what a schema cannot say: unique
 * `seq` and `id`, unique `groups`, and every `group` listed in `groups`.
 */
import { CATALOGUE_FIELDS, checkCatalogueItem } from './checks.generated.js';
import type { Catalogue } from './types.js';
import {
  at,
  checkFields,
  fieldOf,
  checkRecord,
  isRecord,
  isText,
  runValidation,
  type FieldCheck,
  type Problems,
  type ValidationResult,
} from './validation-core.js';

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

/** The groups, or undefined when they cannot be read; a repeated group is reported where it repeats. */
function checkGroups(problems: Problems, value: unknown, path: string): Set<string> | undefined {
  if (!fieldOf(CATALOGUE_FIELDS, 'groups')(problems, value, path) && !Array.isArray(value)) return undefined;
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
  let groups: Set<string> | undefined;
  checkFields(problems, value, path, CATALOGUE_FIELDS, {
    groups: (p, list, listPath) => (groups = checkGroups(p, list, listPath)) !== undefined,
    items: (p, items, itemsPath) => {
      // Each item's own problems, then whether its group is listed, item by item.
      const checkEntry: FieldCheck = (q, item, itemPath) => {
        const valid = checkCatalogueItem(q, item, itemPath);
        const group = isRecord(item) ? item.group : undefined;
        if (!groups || !isText(group) || groups.has(group)) return valid;
        q.add(at(itemPath, 'group'), 'notAGroup', { value: JSON.stringify(group) });
        return false;
      };
      const valid = fieldOf(CATALOGUE_FIELDS, 'items').withEntry!(checkEntry)(p, items, itemsPath);
      if (Array.isArray(items)) {
        checkUnique(p, items, 'seq', itemsPath);
        checkUnique(p, items, 'id', itemsPath);
      }
      return valid;
    },
  });
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
