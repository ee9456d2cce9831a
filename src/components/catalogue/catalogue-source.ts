import type { ReactiveControllerHost } from 'lit';
import { builtinCatalogue } from '../../catalogue/builtin.js';
import { loadCatalogue, validateSync, type CatalogueChecks } from '../../catalogue/load-catalogue.js';
import { timeoutSeconds, type LoadProblem } from '../../data/fetch-json.js';
import type { Catalogue } from '../../data/types.js';
import { chunkProblem } from '../../internal/chunk-problem.js';
import { lazyChunk } from '../../internal/lazy-chunk.js';
import { LoadController, type LoadState } from '../../internal/load-controller.js';

/** What the source controller needs of its element. */
export interface SourceHost extends ReactiveControllerHost {
  readonly src: string;
  readonly overlaySrc: string;
  readonly catalogue: unknown;
  readonly timeout: string | number | undefined;
}

/** The catalogue to show, why there is none, or that it is loading. */
export interface SourceState {
  catalogue?: Catalogue;
  problem?: LoadProblem;
  loading: boolean;
}

export interface SourceOptions {
  /** Imports the validators (tests pass one that fails); the chunk catalogue-checks.ts by default. */
  loadChecks?: () => Promise<CatalogueChecks>;
}

/** The validators: shared by every element of the page. */
const checksChunk = lazyChunk<CatalogueChecks>(() => import('../../catalogue/catalogue-checks.js'));

/**
 * Loads the validators `<si-catalogue>` otherwise imports when outside data is set (a chunk),
 * so that a `catalogue` property set afterwards is validated as the element renders, with no
 * loading state first: for server rendering (`si-catalogue render`, which renders once) and tests.
 * Rejects when the chunk cannot be loaded.
 */
export function preloadCatalogueChecks(): Promise<void> {
  return checksChunk.load().then(() => undefined);
}

/**
 * Where `<si-catalogue>`'s data comes from: the built-in catalogue, the `catalogue` property
 * (validated), or `src` / `overlay-src` (fetched, validated, timed out, aborted when the inputs
 * change or the element leaves the page), through the library's one LoadController, which also
 * fires `si-load` (not for the built-in catalogue) and `si-error` once per new outcome.
 *
 * The validators are a chunk (catalogue-checks.ts) imported the first time one of those inputs
 * is set, while the data is fetched; the built-in catalogue never loads them. Until they have
 * arrived a `catalogue` property is loading (a skeleton for a moment); afterwards it is validated
 * at once, as the element renders.
 */
export class CatalogueSource {
  private readonly loader: LoadController<readonly [string, string, unknown], Catalogue>;

  private readonly loadChecks: () => Promise<CatalogueChecks>;

  constructor(
    private readonly host: SourceHost,
    options: SourceOptions = {},
  ) {
    this.loadChecks = options.loadChecks ?? checksChunk.load;
    this.loader = new LoadController(host, {
      key: () => (this.loads ? ([host.src, host.overlaySrc, host.catalogue] as const) : undefined),
      load: ([src, overlaySrc, catalogue], signal) =>
        loadCatalogue({ src, overlaySrc, catalogue }, { signal, timeoutSeconds: timeoutSeconds(host.timeout) }, this.checks()),
      direct: (): LoadState<Catalogue> => {
        if (host.catalogue === undefined) return { status: 'complete', value: builtinCatalogue };
        // `loads` is false only once the validators are here.
        const result = validateSync(host.catalogue, this.arrived!);
        return result.ok ? { status: 'complete', value: result.catalogue } : { status: 'error', problem: result.problem };
      },
      announce: { load: (catalogue) => (catalogue === builtinCatalogue ? undefined : { catalogue }) },
    });
  }

  /** Whether the data comes from a URL (`src` or `overlay-src`). */
  get fetches(): boolean {
    return this.host.src !== '' || this.host.overlaySrc !== '';
  }

  /** The validators, if they are here (with the default import: once any element loaded them). */
  private get arrived(): CatalogueChecks | undefined {
    return this.loadChecks === checksChunk.load ? checksChunk.arrived : undefined;
  }

  /** Whether the outcome comes from a load: a URL, or a `catalogue` property before the validators are here. */
  private get loads(): boolean {
    return this.fetches || (this.host.catalogue !== undefined && this.arrived === undefined);
  }

  private checks(): Promise<CatalogueChecks> {
    return this.loadChecks().catch((error: unknown) => {
      throw chunkProblem(error, 'si-catalogue: the code that checks catalogue data could not be loaded:');
    });
  }

  /** Call before a render when `src`, `overlay-src` or `catalogue` changed. */
  inputsChanged(): void {
    this.loader.inputsChanged();
  }

  get state(): SourceState {
    const outcome = this.loader.outcome;
    if (outcome.status === 'complete') return { catalogue: outcome.value, loading: false };
    if (outcome.status === 'error') return { problem: outcome.problem, loading: false };
    return { loading: true };
  }

  /** 重试: loads again, or validates the `catalogue` property again. */
  retry(): void {
    if (this.loads) this.loader.retry();
    else this.host.requestUpdate();
  }
}
