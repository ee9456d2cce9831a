/**
 * Runtime validation of service guides loaded from outside (`src`, the `guide` property). Same
 * rules as service-guide.schema.json, reported the way catalogues are: every problem with its
 * JSON path (`materials[2].name: missing`), never throwing.
 */
import { GUIDE_SECTIONS, type GuideSectionKey, type GuideValidationResult, type ServiceGuide } from './service-guide-types.js';
import {
  at,
  checkPositiveInteger,
  checkRecord,
  checkText,
  got,
  type ExpectedKey,
  has,
  isSlug,
  isText,
  optionalField,
  requireField,
  runValidation,
  type FieldCheck,
  type Json,
  type Problems,
} from './validation-core.js';

/**
 * An `http(s):` URL or a relative reference (no scheme before the first `/`, `?` or `#`, no
 * spaces or control characters there). The schema uses the same pattern; anything it accepts
 * `safeHref()` accepts too.
 */
// eslint-disable-next-line no-control-regex
export const LINK_PATTERN = /^(?:[hH][tT][tT][pP][sS]?:|[^:/?#\u0000-\u0020]*(?:[/?#]|$))/;

export const checkLink: FieldCheck = (problems, value, path) => {
  if (isText(value) && LINK_PATTERN.test(value)) return true;
  problems.expected(path, 'link', value);
  return false;
};

/** A non-empty array whose entries each pass `check`. */
function listOf(check: FieldCheck, expected: ExpectedKey): FieldCheck {
  return (problems, value, path) => {
    if (!Array.isArray(value)) {
      problems.expected(path, expected, value);
      return false;
    }
    if (value.length === 0) {
      problems.add(path, 'minEntries', { count: 1, got: got(value) });
      return false;
    }
    let valid = true;
    for (let index = 0; index < value.length; index += 1) valid = check(problems, value[index], at(path, index)) && valid;
    return valid;
  };
}

/** An object with the listed fields checked, at least one of `oneOf` present. */
function record(fields: ReadonlyArray<readonly [key: string, check: FieldCheck, required: boolean]>, oneOf: readonly string[] = []): FieldCheck {
  return (problems, value, path) => {
    if (!checkRecord(problems, value, path)) return false;
    let valid = true;
    for (const [key, check, required] of fields) {
      valid = (required ? requireField : optionalField)(problems, value, key, path, check) && valid;
    }
    if (oneOf.length > 0 && !oneOf.some((key) => has(value, key))) {
      problems.add(path, 'expectedAnyOf', { list: oneOf.join(', ') });
      valid = false;
    }
    return valid;
  };
}

const checkMaterial = record([
  ['name', checkText, true],
  ['form', checkText, false],
  ['copies', checkPositiveInteger, false],
  ['note', checkText, false],
  ['sampleHref', checkLink, false],
]);

const checkChannelWay = record([
  ['text', checkText, true],
  ['href', checkLink, false],
]);

const checkFaq = record([
  ['question', checkText, true],
  ['answer', checkText, true],
]);

const checkSectionKey: FieldCheck = (problems, value, path) => {
  if (typeof value === 'string' && (GUIDE_SECTIONS as readonly string[]).includes(value)) return true;
  problems.add(path, 'expectedOneOf', { list: GUIDE_SECTIONS.join(', '), got: got(value) });
  return false;
};

const checkDisclosure = record(
  [
    ['element', checkText, true],
    ['text', checkText, false],
    ['href', checkLink, false],
    ['section', checkSectionKey, false],
  ],
  ['text', 'href', 'section'],
);

const checkItemRef: FieldCheck = (problems, value, path) => {
  if ((Number.isSafeInteger(value) && (value as number) >= 1) || isSlug(value)) return true;
  problems.expected(path, 'itemRef', value);
  return false;
};

/** Each section's check, in the order of GUIDE_SECTIONS (and of the messages). */
export const SECTION_CHECKS: Readonly<Record<GuideSectionKey, FieldCheck>> = {
  name: checkText,
  basis: listOf(checkText, 'stringArray'),
  agency: checkText,
  audience: checkText,
  conditions: listOf(checkText, 'stringArray'),
  materials: listOf(checkMaterial, 'materialArray'),
  process: listOf(checkText, 'stringArray'),
  channels: record(
    [
      ['counter', checkChannelWay, false],
      ['online', checkChannelWay, false],
      ['selfService', checkChannelWay, false],
    ],
    ['counter', 'online', 'selfService'],
  ),
  timeLimit: record(
    [
      ['statutory', checkText, false],
      ['promised', checkText, false],
    ],
    ['statutory', 'promised'],
  ),
  fees: checkText,
  location: checkText,
  hours: checkText,
  contact: checkText,
  complaint: checkText,
  delivery: checkText,
  faq: listOf(checkFaq, 'faqArray'),
};

/** Reports an element listed twice in `disclosures`, naming where it was first. */
function checkDisclosures(problems: Problems, guide: Json, path: string): boolean {
  const valid = optionalField(problems, guide, 'disclosures', path, (p, value, listPath) => {
    if (!Array.isArray(value)) {
      p.expected(listPath, 'disclosureArray', value);
      return false;
    }
    let ok = true;
    value.forEach((entry: unknown, index) => (ok = checkDisclosure(p, entry, at(listPath, index)) && ok));
    return ok;
  });
  if (!valid || !has(guide, 'disclosures')) return valid;
  const listPath = at(path, 'disclosures');
  const first = new Map<string, number>();
  let unique = true;
  (guide.disclosures as Json[]).forEach((entry, index) => {
    const element = entry.element as string;
    const seen = first.get(element);
    if (seen === undefined) {
      first.set(element, index);
      return;
    }
    problems.add(at(at(listPath, index), 'element'), 'duplicateElement', { value: JSON.stringify(element), other: at(listPath, seen) });
    unique = false;
  });
  return unique;
}

/** Checks a whole guide at `path` ("" for the root). Returns whether it is valid. */
export function checkGuide(problems: Problems, value: unknown, path: string): value is ServiceGuide {
  if (!checkRecord(problems, value, path, 'guideObject')) return false;
  const before = problems.count;
  optionalField(problems, value, 'item', path, checkItemRef);
  for (const key of GUIDE_SECTIONS) optionalField(problems, value, key, path, SECTION_CHECKS[key]);
  checkDisclosures(problems, value, path);
  return problems.count === before;
}

/**
 * Validates anything (parsed JSON or a live object). Collects every problem; never throws.
 * On success the same object is returned, typed.
 */
export function validateGuide(value: unknown): GuideValidationResult {
  const result = runValidation((problems) => (checkGuide(problems, value, '') ? value : undefined));
  return result.ok ? { ok: true, guide: result.catalogue } : { ok: false, errors: result.errors };
}
