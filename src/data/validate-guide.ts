/**
 * Runtime validation of service guides loaded from outside (`src`, the `guide` property): the
 * structure by code generated from service-guide.schema.json (checks.generated.ts), plus unique
 * `disclosures[].element`, reported the way catalogues are: every problem with its JSON path
 * (`materials[2].name: missing`), never throwing.
 */
import { SERVICE_GUIDE_FIELDS } from './checks.generated.js';
import type { GuideValidationResult, ServiceGuide } from './service-guide-types.js';
import { at, checkFields, checkRecord, fieldOf, runValidation, type FieldCheck, type Json, type Problems } from './validation-core.js';

/** `disclosures`, each entry checked, then an element listed twice reported where it repeats. */
const checkDisclosures: FieldCheck = (problems, value, path) => {
  if (!fieldOf(SERVICE_GUIDE_FIELDS, 'disclosures')(problems, value, path)) return false;
  const first = new Map<string, number>();
  let unique = true;
  (value as Json[]).forEach((entry, index) => {
    const element = entry.element as string;
    const seen = first.get(element);
    if (seen === undefined) {
      first.set(element, index);
      return;
    }
    problems.add(at(at(path, index), 'element'), 'duplicateElement', { value: JSON.stringify(element), other: at(path, seen) });
    unique = false;
  });
  return unique;
};

/** Checks a whole guide at `path` ("" for the root). Returns whether it is valid. */
function checkGuide(problems: Problems, value: unknown, path: string): value is ServiceGuide {
  if (!checkRecord(problems, value, path, 'guideObject')) return false;
  const before = problems.count;
  checkFields(problems, value, path, SERVICE_GUIDE_FIELDS, { disclosures: checkDisclosures });
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
