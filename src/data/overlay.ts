/**
 * Local overlays: a county or township publishes the standard catalogue plus its own details
 * (phone, office, links, an added item, an item it does not handle) without copying the standard.
 * The overlay is checked first (errors under `overlay.…`), then applied, then the result is
 * validated like any catalogue; result errors caused by the overlay are reported at the overlay
 * path that caused them.
 */
import { checkOverlayItemChange, OVERLAY_FIELDS } from './checks.generated.js';
import type { Catalogue, CatalogueItem } from './types.js';
import { checkCatalogue } from './validate.js';
import {
  at,
  checkFields,
  fieldOf,
  checkRecord,
  checkText,
  isRecord,
  isText,
  Problems,
  runValidation,
  type Json,
  type ValidationError,
  type ValidationResult,
} from './validation-core.js';

const ROOT = 'overlay';

/** Amended fields that replace only the keys given (the deadline, the tick pairs, the 办事信息). */
const PARTIAL_OBJECTS = ['deadline', 'audience', 'method', 'levels', 'service'];

/**
 * Checks the overlay's shape (generated from overlay.schema.json) and what the schema cannot
 * say: its base, that its groups are new, that every item id it names exists in `base`, once.
 */
function checkOverlay(problems: Problems, overlay: unknown, base: Catalogue): overlay is Json {
  if (!checkRecord(problems, overlay, ROOT, 'overlayObject')) return false;
  const before = problems.count;
  checkFields(problems, overlay, ROOT, OVERLAY_FIELDS, {
    base: (p, value, path) => {
      if (!fieldOf(OVERLAY_FIELDS, 'base')(p, value, path)) return false;
      if (value !== base.id) p.add(path, 'wrongBase', { value: JSON.stringify(value), base: JSON.stringify(base.id) });
      return value === base.id;
    },
    groups: (p, value, path) => {
      if (!fieldOf(OVERLAY_FIELDS, 'groups')(p, value, path)) return false;
      (value as string[]).forEach((group, index) => {
        if (base.groups.includes(group)) p.add(at(path, index), 'alreadyGroup', { value: JSON.stringify(group) });
      });
      return true;
    },
    items: fieldOf(OVERLAY_FIELDS, 'items').withEntry!(
      checkOverlayItemChange.withFields!({
        id: (p, id, path) => {
          if (!checkText(p, id, path)) return false;
          const found = base.items.some((item) => item.id === id);
          if (!found) p.add(path, 'noItem', { value: JSON.stringify(id) });
          return found;
        },
      }),
    ),
  });
  const seen = new Map<string, string>();
  if (Array.isArray(overlay.items)) {
    overlay.items.forEach((change, index) => {
      const id = isRecord(change) ? change.id : undefined;
      if (!isText(id)) return;
      const path = at(at(at(ROOT, 'items'), index), 'id');
      const first = seen.get(id);
      if (first) problems.add(path, 'alreadyChanged', { value: JSON.stringify(id), other: first });
      else seen.set(id, at(at(ROOT, 'items'), index));
    });
  }
  return problems.count === before;
}

/** Where a result item came from, to report its errors at the overlay path that caused them. */
interface Origin {
  baseIndex?: number;
  addedAt?: string;
  changedAt?: string;
  amended?: ReadonlySet<string>;
}

function amend(item: CatalogueItem, change: Json): CatalogueItem {
  const amendment = isRecord(change.amend) ? change.amend : {};
  const original: Json = { ...item };
  const result: Json = { ...item, ...amendment };
  for (const key of PARTIAL_OBJECTS) {
    const base = original[key];
    if (isRecord(amendment[key]) && isRecord(base)) result[key] = { ...base, ...amendment[key] };
  }
  const appended = Array.isArray(change.appendContent) ? (change.appendContent as string[]) : [];
  result.content = [...(result.content as string[]), ...appended];
  return result as unknown as CatalogueItem;
}

/** Applies a checked overlay: hide, amend, append, then add items after the last of their group. */
function apply(base: Catalogue, overlay: Json): { catalogue: Catalogue; origins: Origin[] } {
  const changes = new Map<string, { change: Json; path: string }>();
  (Array.isArray(overlay.items) ? overlay.items : []).forEach((change: Json, index: number) => {
    changes.set(change.id as string, { change, path: at(at(ROOT, 'items'), index) });
  });
  const items: CatalogueItem[] = [];
  const origins: Origin[] = [];
  base.items.forEach((item, baseIndex) => {
    const found = changes.get(item.id);
    if (found?.change.hide === true) return;
    items.push(found ? amend(item, found.change) : item);
    const amended = new Set(Object.keys(isRecord(found?.change.amend) ? found.change.amend : {}));
    origins.push(found ? { baseIndex, changedAt: found.path, amended } : { baseIndex });
  });
  (Array.isArray(overlay.add) ? overlay.add : []).forEach((added: CatalogueItem, index: number) => {
    let position = items.length;
    for (let i = items.length - 1; i >= 0; i -= 1) {
      if (items[i].group === added.group) {
        position = i + 1;
        break;
      }
    }
    items.splice(position, 0, { ...added, local: true });
    origins.splice(position, 0, { addedAt: at(at(ROOT, 'add'), index) });
  });
  const catalogue: Catalogue = {
    ...base,
    id: (overlay.id as string | undefined) ?? base.id,
    title: (overlay.title as string | undefined) ?? base.title,
    groups: [...base.groups, ...((overlay.groups as string[] | undefined) ?? [])],
    notes: [...base.notes, ...((overlay.notes as string[] | undefined) ?? [])],
    items,
  };
  // Search: the overlay's synonyms add to the catalogue's; its popular searches replace them.
  if (Array.isArray(overlay.synonyms)) catalogue.synonyms = [...(base.synonyms ?? []), ...(overlay.synonyms as Catalogue['synonyms'] & object)];
  if (Array.isArray(overlay.popularSearches)) catalogue.popularSearches = overlay.popularSearches as string[];
  // The site-wide 办事信息: the overlay's keys replace the catalogue's.
  if (isRecord(overlay.service)) catalogue.service = { ...base.service, ...overlay.service };
  return { catalogue, origins };
}

const ITEM_PATH = /^items\[(\d+)\](?:\.([A-Za-z]+))?/;
const ALSO_USED_BY = /, also used by items\[(\d+)\]$/;

/** The overlay path responsible for a result path, or undefined when the overlay did not touch it. */
function overlayPathFor(path: string, origins: readonly Origin[]): string | undefined {
  const match = ITEM_PATH.exec(path);
  if (!match) return undefined;
  const origin = origins[Number(match[1])];
  const rest = path.slice(`items[${match[1]}]`.length);
  if (origin?.addedAt) return `${origin.addedAt}${rest}`;
  const field = match[2];
  if (origin?.changedAt && field !== undefined && origin.amended?.has(field)) return `${origin.changedAt}.amend${rest}`;
  return undefined;
}

/**
 * Reports a problem of the resulting catalogue at the overlay entry that caused it. A duplicate
 * is reported on its second use; when only the first use comes from the overlay, it moves there.
 */
function relocateResultError(problems: Problems, error: ValidationError, origins: readonly Origin[]): void {
  const field = ITEM_PATH.exec(error.path)?.[2];
  const duplicate = ALSO_USED_BY.exec(error.message);
  const own = overlayPathFor(error.path, origins);
  if (!duplicate || field === undefined) return problems.relocate(error, own ?? error.path);
  const first = Number(duplicate[1]);
  const second = Number(ITEM_PATH.exec(error.path)![1]);
  const firstPath = overlayPathFor(`items[${first}].${field}`, origins);
  // Report at the overlay's own entry, naming the other use as the author knows it.
  const [target, otherIndex] = own === undefined && firstPath !== undefined ? [firstPath, second] : [own ?? error.path, first];
  problems.relocate(error, target, { other: sourceOf(otherIndex, origins) });
}

/** Names a result item as the overlay author knows it: an added entry or a base item. */
function sourceOf(index: number, origins: readonly Origin[]): string {
  const origin = origins[index];
  if (origin?.addedAt) return origin.addedAt;
  return origin?.baseIndex !== undefined ? `base.items[${origin.baseIndex}]` : `items[${index}]`;
}

/**
 * Applies `overlay` to `base` and validates the result. Never throws: every problem comes back
 * with its path (`base.…` for the base catalogue, `overlay.…` for the overlay, plain paths for
 * the resulting catalogue).
 */
export function applyOverlay(base: unknown, overlay: unknown): ValidationResult<Catalogue> {
  return runValidation((problems) => {
    const baseProblems = new Problems();
    if (!checkCatalogue(baseProblems, base, '')) {
      for (const error of baseProblems.list()) problems.relocate(error, error.path === '' ? 'base' : `base.${error.path}`);
      return undefined;
    }
    if (!checkOverlay(problems, overlay, base)) return undefined;
    const { catalogue, origins } = apply(base, overlay);
    const resultProblems = new Problems();
    if (checkCatalogue(resultProblems, catalogue, '')) return catalogue;
    for (const error of resultProblems.list()) relocateResultError(problems, error, origins);
    return undefined;
  });
}
