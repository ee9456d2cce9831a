/**
 * Small, reusable pieces for validators that report every problem with its JSON path and never
 * throw. Hand-written instead of a JSON Schema engine because the validators run on government
 * pages under strict CSPs (no eval, so no ajv) and must produce messages a site editor can act on.
 */

import { formatMessage, type Described, type ExpectedKey, type MessageKey, type MessageParam } from './validation-messages.js';

/**
 * One problem: `path` like `items[12].channels` ("" is the root); `message` is the English text
 * and starts with the path; `key` and `params` let a component show it in its own language
 * (validation-messages.ts).
 */
export interface ValidationError {
  path: string;
  message: string;
  key?: MessageKey;
  params?: Readonly<Record<string, MessageParam>>;
}

export type { ExpectedKey, MessageKey, MessageParam } from './validation-messages.js';

export type ValidationResult<T> = { ok: true; catalogue: T } | { ok: false; errors: ValidationError[] };

/** Past this many problems the rest are counted, not listed: the page must stay responsive. */
export const MAX_LISTED_ERRORS = 1000;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Extends a path by a property name or an array index: `at('items', 3)` is `items[3]`. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!IDENTIFIER.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** The path as shown in messages; the root has no name of its own. */
function displayPath(path: string): string {
  return path === '' ? '(root)' : path;
}

const MAX_QUOTED = 40;

/** A short, safe description of any value for "got …" in messages; never huge, never throws. */
function described(value: unknown): Described {
  try {
    if (value === null) return { type: 'null' };
    if (Array.isArray(value)) return value.length === 0 ? { type: 'emptyArray' } : { type: 'array', length: value.length };
    switch (typeof value) {
      case 'string': {
        const shown = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
        return { type: 'literal', text: JSON.stringify(shown) };
      }
      case 'number':
      case 'boolean':
      case 'bigint':
      case 'undefined':
        return { type: 'literal', text: String(value) };
      case 'object':
        return { type: 'object' };
      default:
        return { type: 'other', name: typeof value };
    }
  } catch {
    return { type: 'unreadable' };
  }
}

/** The parameter of a "got …" message. */
const got = (value: unknown): MessageParam => ({ got: described(value) });

/** Collects problems; stops listing (but keeps counting) after MAX_LISTED_ERRORS. */
export class Problems {
  readonly errors: ValidationError[] = [];
  private unlisted = 0;

  /** Records a problem at `path`: the message `key` of validation-messages.ts with its parameters. */
  add(path: string, key: MessageKey, params: Readonly<Record<string, MessageParam>> = {}): void {
    if (this.errors.length >= MAX_LISTED_ERRORS) {
      this.unlisted += 1;
      return;
    }
    this.errors.push(makeError(path, key, params));
  }

  /** Reports `expected …, got <value>`. */
  expected(path: string, expected: ExpectedKey, value: unknown): void {
    this.add(path, 'expected', { expected: { expected }, got: got(value) });
  }

  /** Re-reports an error found elsewhere under another path, keeping its message (and parameters, replaced by `params`). */
  relocate(error: ValidationError, path: string, params: Readonly<Record<string, MessageParam>> = {}): void {
    if (error.key === undefined) {
      if (this.errors.length >= MAX_LISTED_ERRORS) this.unlisted += 1;
      else this.errors.push({ path, message: `${displayPath(path)}: ${detailOf(error)}` });
      return;
    }
    this.add(path, error.key, { ...error.params, ...params });
  }

  /** Problems reported so far, listed or not. */
  get count(): number {
    return this.errors.length + this.unlisted;
  }

  list(): ValidationError[] {
    if (this.unlisted === 0) return this.errors;
    return [...this.errors, makeError('', 'moreNotListed', { count: this.unlisted })];
  }
}

/** An error with its English message. */
export function makeError(path: string, key: MessageKey, params: Readonly<Record<string, MessageParam>> = {}): ValidationError {
  return { path, message: `${displayPath(path)}: ${formatMessage(key, params)}`, key, params };
}

/** The part of a message after its `path: ` prefix. */
function detailOf(error: ValidationError): string {
  const prefix = `${displayPath(error.path)}: `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}

/**
 * Runs a check and turns anything it throws (a throwing getter, a revoked Proxy, a stack overflow)
 * into one error, so no input can throw into the page.
 */
export function runValidation<T>(check: (problems: Problems) => T | undefined): ValidationResult<T> {
  const problems = new Problems();
  try {
    const value = check(problems);
    if (problems.count === 0 && value !== undefined) return { ok: true, catalogue: value };
  } catch (error) {
    problems.add('', 'unreadable', { name: error instanceof Error ? error.name : 'error' });
  }
  const errors = problems.list();
  return { ok: false, errors: errors.length > 0 ? errors : [makeError('', 'notValid')] };
}

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reports `value` unless it is a plain object. */
export function checkRecord(problems: Problems, value: unknown, path: string, expected: ExpectedKey = 'object'): value is Json {
  if (isRecord(value)) return true;
  problems.expected(path, expected, value);
  return false;
}

/** Own properties only: inherited ones (e.g. a polluted Object.prototype) are not data. */
function has(record: Json, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/**
 * Reads a field and checks it with `check`, reporting `missing` when absent. Returns whether the
 * field is present and valid.
 */
function requireField(problems: Problems, record: Json, key: string, path: string, check: FieldCheck): boolean {
  const fieldPath = at(path, key);
  if (!has(record, key)) {
    problems.add(fieldPath, 'missing');
    return false;
  }
  return check(problems, record[key], fieldPath);
}

/** Checks a field only if it is present. Returns whether it is absent or valid. */
function optionalField(problems: Problems, record: Json, key: string, path: string, check: FieldCheck): boolean {
  return !has(record, key) || check(problems, record[key], at(path, key));
}

/** Checks `value` at `path`, reporting into `problems`; returns whether it is valid. */
export interface FieldCheck {
  (problems: Problems, value: unknown, path: string): boolean;
  /** On an array check: the same rule (expectation, minimum) with another check of each entry. */
  withEntry?: (entry: FieldCheck) => FieldCheck;
  /** On an object check: the same rule with some fields checked by `overrides` (see checkFields). */
  withFields?: (overrides: Readonly<Record<string, FieldCheck>>) => FieldCheck;
}

const NON_SPACE = /\S/;

/** Text that shows something: a string with at least one non-whitespace character. */
export function isText(value: unknown): value is string {
  return typeof value === 'string' && NON_SPACE.test(value);
}

export const checkText: FieldCheck = (problems, value, path) => {
  if (isText(value)) return true;
  problems.expected(path, 'text', value);
  return false;
};

export const checkBoolean: FieldCheck = (problems, value, path) => {
  if (typeof value === 'boolean') return true;
  problems.expected(path, 'boolean', value);
  return false;
};

export const checkPositiveInteger: FieldCheck = (problems, value, path) => {
  if (Number.isSafeInteger(value) && (value as number) >= 1) return true;
  problems.expected(path, 'positiveInteger', value);
  return false;
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** URL-safe ids: lowercase ASCII letters and digits in words joined by single hyphens. */
function isSlug(value: unknown): value is string {
  return typeof value === 'string' && SLUG.test(value);
}

export const checkSlug: FieldCheck = (problems, value, path) => {
  if (isSlug(value)) return true;
  problems.expected(path, 'slug', value);
  return false;
};

/** Makes a check that also accepts null. */
export function orNull(check: FieldCheck, expected: ExpectedKey): FieldCheck {
  return (problems, value, path) => {
    if (value === null) return true;
    const local = new Problems();
    if (check(local, value, path)) return true;
    problems.add(path, 'expectedOrNull', { expected: { expected }, got: got(value) });
    return false;
  };
}

/** A field of an object: its key, its check, and whether it must be present. */
export type FieldTable = ReadonlyArray<readonly [key: string, check: FieldCheck, required: boolean]>;

/**
 * Checks the fields of `record` in table order (`missing` for an absent required one);
 * `overrides` replace the check of a field by one that adds rules across fields.
 */
export function checkFields(problems: Problems, record: Json, path: string, fields: FieldTable, overrides: Readonly<Record<string, FieldCheck>> = {}): boolean {
  let valid = true;
  for (const [key, check, required] of fields) {
    valid = (required ? requireField : optionalField)(problems, record, key, path, overrides[key] ?? check) && valid;
  }
  return valid;
}

/** The check a field table gives `key`. */
export function fieldOf(fields: FieldTable, key: string): FieldCheck {
  const field = fields.find((entry) => entry[0] === key);
  if (!field) throw new Error(`no field ${key}`);
  return field[1];
}

// The combinators below are what scripts/build-data-contract.js compiles the JSON Schemas into
// (checks.generated.ts): one per schema construct it understands.

/** An object (`expected` names it otherwise) with these fields, and at least one of `anyOf` when given. */
export function objectOf(
  fields: FieldTable,
  expected: ExpectedKey,
  anyOf: readonly string[] = [],
  overrides: Readonly<Record<string, FieldCheck>> = {},
): FieldCheck {
  const check: FieldCheck = (problems, value, path) => {
    if (!checkRecord(problems, value, path, expected)) return false;
    let valid = checkFields(problems, value, path, fields, overrides);
    if (anyOf.length > 0 && !anyOf.some((key) => has(value, key))) {
      problems.add(path, 'expectedAnyOf', { list: anyOf.join(', ') });
      valid = false;
    }
    return valid;
  };
  check.withFields = (more) => objectOf(fields, expected, anyOf, { ...overrides, ...more });
  return check;
}

/** An array with at least `minItems` entries, each checked by `entry`; every bad entry is reported. */
export function arrayOf(entry: FieldCheck, expected: ExpectedKey, minItems: number): FieldCheck {
  const check: FieldCheck = (problems, value, path) => {
    if (!Array.isArray(value)) {
      problems.expected(path, expected, value);
      return false;
    }
    let valid = true;
    if (value.length < minItems) {
      problems.add(path, 'minEntries', { count: minItems, got: got(value) });
      valid = false;
    }
    for (let index = 0; index < value.length; index += 1) valid = entry(problems, value[index], at(path, index)) && valid;
    return valid;
  };
  check.withEntry = (other) => arrayOf(other, expected, minItems);
  return check;
}

/** A string matching every pattern. */
export function matching(patterns: readonly RegExp[], expected: ExpectedKey): FieldCheck {
  return (problems, value, path) => {
    if (typeof value === 'string' && patterns.every((pattern) => pattern.test(value))) return true;
    problems.expected(path, expected, value);
    return false;
  };
}

/** Passes when any of `checks` passes (their own messages are not shown). */
export function eitherOf(checks: readonly FieldCheck[], expected: ExpectedKey): FieldCheck {
  return (problems, value, path) => {
    if (checks.some((check) => check(new Problems(), value, path))) return true;
    problems.expected(path, expected, value);
    return false;
  };
}

/** One of the listed strings. */
export function oneOfValues(values: readonly string[]): FieldCheck {
  return (problems, value, path) => {
    if (typeof value === 'string' && values.includes(value)) return true;
    problems.add(path, 'expectedOneOf', { list: values.join(', '), got: got(value) });
    return false;
  };
}

/** A field that must not be there, with the message `key` saying what to do instead. */
export function forbidden(key: MessageKey): FieldCheck {
  return (problems, _value, path) => {
    problems.add(path, key);
    return false;
  };
}
