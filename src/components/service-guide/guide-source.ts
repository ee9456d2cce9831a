import type { ReactiveControllerHost } from 'lit';
import { fetchJson, LoadError, timeoutSeconds } from '../../data/fetch-json.js';
import type { GuideValidationResult, ServiceGuide } from '../../data/service-guide-types.js';
import { chunkProblem } from '../../internal/chunk-problem.js';
import { lazyChunk } from '../../internal/lazy-chunk.js';
import { complete, invalid, LoadController, type LoadState } from '../../internal/load-controller.js';
import type { Snapshot } from '../../internal/snapshot.js';

/** What the guide source needs of its element. */
export interface GuideHost extends ReactiveControllerHost {
  readonly src: string;
  readonly guide: unknown;
  readonly timeout: string | number | undefined;
}

/** The chunk guide-checks.ts: the copy and the validator. */
export interface GuideChecks {
  snapshot(value: unknown): Snapshot;
  validateGuide(value: unknown): GuideValidationResult;
}

export interface GuideSourceOptions {
  /** Imports the checks (tests pass one that fails); the chunk guide-checks.ts by default. */
  loadChecks?: () => Promise<GuideChecks>;
}

/** The checks: shared by every guide of the page. */
const checksChunk = lazyChunk<GuideChecks>(() => import('./guide-checks.js'));

/** Loads the checks before they are needed (tests), so that a `guide` property is validated at once. */
export function preloadGuideChecks(): Promise<void> {
  return checksChunk.load().then(() => undefined);
}

/** `guide = null` (or undefined) means "no guide object", like a removed attribute. */
function hasGuide(guide: unknown): boolean {
  return guide !== undefined && guide !== null;
}

/**
 * Where `<si-service-guide>`'s guide comes from: the `guide` property, copied and validated once
 * per assigned object, else `src`, fetched (time limit, aborted when `src` changes or the element
 * leaves, loaded again when it comes back) and validated; `si-error` announced once per problem.
 *
 * The checks are a chunk (guide-checks.ts) imported the first time either is set, while the data
 * is fetched. Until they have arrived a `guide` property is loading (for a moment); afterwards it
 * is validated at once, as the element renders.
 */
export class GuideSource {
  private readonly loader: LoadController<readonly [string, unknown], ServiceGuide>;

  private readonly loadChecks: () => Promise<GuideChecks>;

  /** The `guide` property last validated (copied first, so later changes to the caller's object cannot bypass validation). */
  private validated: { input: unknown; state: LoadState<ServiceGuide> } | undefined;

  constructor(
    private readonly host: GuideHost,
    options: GuideSourceOptions = {},
  ) {
    this.loadChecks = options.loadChecks ?? checksChunk.load;
    this.loader = new LoadController<readonly [string, unknown], ServiceGuide>(host, {
      key: (): readonly [string, unknown] | undefined => {
        if (hasGuide(host.guide)) return this.arrived === undefined ? (['', host.guide] as const) : undefined;
        return typeof host.src === 'string' && host.src !== '' ? ([host.src, undefined] as const) : undefined;
      },
      load: (key, signal) => this.load(key, signal),
      direct: () => (hasGuide(host.guide) ? this.validate(host.guide, this.arrived!) : { status: 'idle' }),
      announce: {},
    });
  }

  /** What the element shows: the guide, the problem, or that it is loading (idle: neither is set). */
  get outcome(): LoadState<ServiceGuide> {
    return this.loader.outcome;
  }

  /** Call before a render when `src` or `guide` changed. */
  inputsChanged(): void {
    this.loader.inputsChanged();
  }

  /** 重试: loads again, and validates the `guide` property again. */
  retry(): void {
    this.validated = undefined;
    this.loader.retry();
  }

  /** The checks, if they are here (with the default import: once any element loaded them). */
  private get arrived(): GuideChecks | undefined {
    return this.loadChecks === checksChunk.load ? checksChunk.arrived : undefined;
  }

  private async load([src, guide]: readonly [string, unknown], signal: AbortSignal): Promise<ServiceGuide> {
    // The code comes while the data is fetched; settled here even when the fetch fails first.
    const checks = this.loadChecks().catch((error: unknown) => {
      throw chunkProblem(error, 'si-service-guide: the code that checks guide data could not be loaded:');
    });
    checks.catch(() => undefined);
    if (hasGuide(guide)) {
      const state = this.validate(guide, await checks);
      if (state.status === 'error') throw new LoadError(state.problem);
      if (state.status !== 'complete') throw new Error('unreachable: a validated guide is complete or invalid');
      return state.value;
    }
    const value = await fetchJson(src, { signal, timeoutSeconds: timeoutSeconds(this.host.timeout) });
    const result = (await checks).validateGuide(value);
    if (!result.ok) throw new LoadError({ kind: 'invalid', url: src, errors: result.errors });
    return result.guide;
  }

  /** The `guide` property, copied and validated once per assigned object. */
  private validate(guide: unknown, checks: GuideChecks): LoadState<ServiceGuide> {
    const previous = this.validated;
    if (previous !== undefined && previous.input === guide) return previous.state;
    const copy = checks.snapshot(guide);
    const result = copy.ok ? checks.validateGuide(copy.value) : copy;
    const state = result.ok ? complete(result.guide) : invalid<ServiceGuide>(result.errors);
    this.validated = { input: guide, state };
    return state;
  }
}
