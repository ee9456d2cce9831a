import { fetchJson, LoadError, type FetchJsonOptions, type LoadProblem } from '../data/fetch-json.js';
import type { Catalogue } from '../data/types.js';
import type { ValidationResult } from '../data/validation-core.js';
import { builtinCatalogue } from './builtin.js';

export interface CatalogueSources {
  /** URL of a catalogue JSON; the built-in catalogue when empty. */
  src: string;
  /** URL of an overlay applied on top; none when empty. */
  overlaySrc: string;
  /** A catalogue object given directly; wins over `src`. */
  catalogue: unknown;
}

/** The validators (catalogue-checks.ts, a chunk loaded on demand): `validateCatalogue` and `applyOverlay`. */
export interface CatalogueChecks {
  validateCatalogue(value: unknown): ValidationResult<Catalogue>;
  applyOverlay(base: unknown, overlay: unknown): ValidationResult<Catalogue>;
}

export type SyncResult = { ok: true; catalogue: Catalogue } | { ok: false; problem: LoadProblem };

const validated = new WeakMap<object, SyncResult>();

/**
 * Validates a catalogue object once per object: a component renders on every keystroke and must
 * not re-validate thousands of items each time.
 */
export function validateSync(value: unknown, checks: CatalogueChecks, url?: string): SyncResult {
  const cacheable = typeof value === 'object' && value !== null;
  const cached = cacheable ? validated.get(value) : undefined;
  if (cached !== undefined) return cached;
  const result = checks.validateCatalogue(value);
  const outcome: SyncResult = result.ok ? { ok: true, catalogue: result.catalogue } : { ok: false, problem: { kind: 'invalid', url, errors: result.errors } };
  if (cacheable) validated.set(value, outcome);
  return outcome;
}

/**
 * The catalogue to show: the given object, else `src` fetched, else the built-in one; then the
 * overlay, if any. `checks` may still be arriving (a chunk imported as the load starts): the data
 * is fetched meanwhile and waits for it only to be validated. Rejects with a `LoadError` naming
 * the URL and problem (or the one `checks` rejects with), or with the abort.
 */
export async function loadCatalogue(
  sources: CatalogueSources,
  options: FetchJsonOptions,
  checks: CatalogueChecks | Promise<CatalogueChecks>,
): Promise<Catalogue> {
  // Settled here even when a fetch fails first, so a failed import is never an unhandled rejection.
  const ready = Promise.resolve(checks);
  ready.catch(() => undefined);
  let base: Catalogue = builtinCatalogue;
  if (sources.catalogue !== undefined || sources.src !== '') {
    const raw = sources.catalogue ?? (await fetchJson(sources.src, options));
    const result = validateSync(raw, await ready, sources.catalogue === undefined ? sources.src : undefined);
    if (!result.ok) throw new LoadError(result.problem);
    base = result.catalogue;
  }
  if (sources.overlaySrc === '') return base;
  const overlay = await fetchJson(sources.overlaySrc, options);
  const result = (await ready).applyOverlay(base, overlay);
  if (!result.ok) throw new LoadError({ kind: 'invalid', url: sources.overlaySrc, errors: result.errors });
  return result.catalogue;
}
