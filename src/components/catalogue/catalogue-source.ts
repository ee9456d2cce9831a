import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { builtinCatalogue } from '../../catalogue/builtin.js';
import { loadCatalogue, validateSync } from '../../catalogue/load-catalogue.js';
import { timeoutSeconds, type LoadProblem } from '../../data/fetch-json.js';
import type { Catalogue } from '../../data/types.js';
import { LoadController } from '../../utilities/load-controller.js';

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
  /** A catalogue from `src`, `overlay-src` or `catalogue` is shown (not the built-in default): once per catalogue. */
  onLoad: (catalogue: Catalogue) => void;
  /** A problem is shown: once per problem. */
  onError: (problem: LoadProblem) => void;
}

/**
 * Where `<si-catalogue>`'s data comes from: the built-in catalogue, the `catalogue` property
 * (validated), or `src` / `overlay-src` (fetched, validated, timed out, aborted when the inputs
 * change or the element leaves the page). Each newly shown outcome is reported once, after the
 * render that shows it.
 */
export class CatalogueSource implements ReactiveController {
  private readonly loader: LoadController<readonly [string, string, unknown], Catalogue>;

  private announced: Catalogue | LoadProblem | undefined;

  constructor(
    private readonly host: SourceHost,
    private readonly options: SourceOptions,
  ) {
    host.addController(this);
    this.loader = new LoadController(host, {
      key: () => (this.fetches ? ([host.src, host.overlaySrc, host.catalogue] as const) : undefined),
      load: ([src, overlaySrc, catalogue], signal) => loadCatalogue({ src, overlaySrc, catalogue }, { signal, timeoutSeconds: timeoutSeconds(host.timeout) }),
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
    if (!this.fetches) {
      if (this.host.catalogue === undefined) return { catalogue: builtinCatalogue, loading: false };
      const result = validateSync(this.host.catalogue);
      return result.ok ? { catalogue: result.catalogue, loading: false } : { problem: result.problem, loading: false };
    }
    const state = this.loader.state;
    if (state.status === 'complete') return { catalogue: state.value, loading: false };
    if (state.status === 'error') return { problem: state.problem, loading: false };
    return { loading: true };
  }

  /** 重试: loads again, or validates the `catalogue` property again. */
  retry(): void {
    if (this.fetches) this.loader.retry();
    else this.host.requestUpdate();
  }

  hostUpdated(): void {
    const { catalogue, problem } = this.state;
    const outcome = problem ?? catalogue;
    if (outcome === undefined || outcome === this.announced) return;
    this.announced = outcome;
    if (problem !== undefined) this.options.onError(problem);
    else if (catalogue !== undefined && catalogue !== builtinCatalogue) this.options.onLoad(catalogue);
  }
}
