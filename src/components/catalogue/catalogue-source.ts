import type { ReactiveControllerHost } from 'lit';
import { builtinCatalogue } from '../../catalogue/builtin.js';
import { loadCatalogue, validateSync } from '../../catalogue/load-catalogue.js';
import { timeoutSeconds, type LoadProblem } from '../../data/fetch-json.js';
import type { Catalogue } from '../../data/types.js';
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

/**
 * Where `<si-catalogue>`'s data comes from: the built-in catalogue, the `catalogue` property
 * (validated), or `src` / `overlay-src` (fetched, validated, timed out, aborted when the inputs
 * change or the element leaves the page), through the library's one LoadController, which also
 * fires `si-load` (not for the built-in catalogue) and `si-error` once per new outcome.
 */
export class CatalogueSource {
  private readonly loader: LoadController<readonly [string, string, unknown], Catalogue>;

  constructor(private readonly host: SourceHost) {
    this.loader = new LoadController(host, {
      key: () => (this.fetches ? ([host.src, host.overlaySrc, host.catalogue] as const) : undefined),
      load: ([src, overlaySrc, catalogue], signal) => loadCatalogue({ src, overlaySrc, catalogue }, { signal, timeoutSeconds: timeoutSeconds(host.timeout) }),
      direct: (): LoadState<Catalogue> => {
        if (host.catalogue === undefined) return { status: 'complete', value: builtinCatalogue };
        const result = validateSync(host.catalogue);
        return result.ok ? { status: 'complete', value: result.catalogue } : { status: 'error', problem: result.problem };
      },
      announce: { load: (catalogue) => (catalogue === builtinCatalogue ? undefined : { catalogue }) },
    });
  }

  /** Whether the data comes from a URL (`src` or `overlay-src`). */
  get fetches(): boolean {
    return this.host.src !== '' || this.host.overlaySrc !== '';
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
    if (this.fetches) this.loader.retry();
    else this.host.requestUpdate();
  }
}
