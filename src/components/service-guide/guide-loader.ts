import type { ReactiveControllerHost } from 'lit';
import { fetchJson, LoadError, timeoutSeconds, type LoadProblem } from '../../data/fetch-json.js';
import type { ServiceGuide } from '../../data/service-guide-types.js';
import { validateGuide } from '../../data/validate-guide.js';
import { snapshot } from '../../utilities/snapshot.js';
import { LoadController } from '../../utilities/load-controller.js';

/** The guide to show, why there is none, or that it is still loading. */
export interface GuideState {
  guide?: ServiceGuide;
  problem?: LoadProblem;
  loading: boolean;
}

/** What the loader reads from the element. */
export interface GuideSources {
  guide: unknown;
  src: string;
  timeout: unknown;
}

/**
 * Where `<si-service-guide>` gets its data: the `guide` property (copied and validated once per
 * assigned object, so later changes to the caller's object cannot bypass validation), else `src`
 * (fetched through the shared LoadController: time limit, aborted when `src` changes or the
 * element leaves, loaded again when it comes back).
 */
export class GuideLoader {
  private validated: { input: unknown; state: GuideState } | undefined;

  private readonly loads: LoadController<readonly [string], ServiceGuide>;

  constructor(
    host: ReactiveControllerHost,
    private readonly read: () => GuideSources,
  ) {
    this.loads = new LoadController(host, {
      key: () => (this.fetches() ? ([this.read().src] as const) : undefined),
      load: async ([src], signal) => {
        const value = await fetchJson(src, { signal, timeoutSeconds: timeoutSeconds(this.read().timeout) });
        const result = validateGuide(value);
        if (!result.ok) throw new LoadError({ kind: 'invalid', url: src, errors: result.errors });
        return result.guide;
      },
    });
  }

  /** Call before each render: starts or stops fetching when `src` or `guide` changed. */
  sourceChanged(): void {
    this.loads.inputsChanged();
  }

  retry(): void {
    this.validated = undefined;
    if (this.fetches()) this.loads.retry();
  }

  get state(): GuideState {
    const { guide, src } = this.read();
    if (hasGuide(guide)) {
      const previous = this.validated;
      if (previous !== undefined && previous.input === guide) return previous.state;
      const validated = { input: guide, state: validateProperty(guide) };
      this.validated = validated;
      return validated.state;
    }
    if (src === '') return { loading: false };
    const state = this.loads.state;
    switch (state.status) {
      case 'complete':
        return { guide: state.value, loading: false };
      case 'error':
        return { problem: state.problem, loading: false };
      default:
        return { loading: true };
    }
  }

  private fetches(): boolean {
    const { guide, src } = this.read();
    return typeof src === 'string' && src !== '' && !hasGuide(guide);
  }
}

/** `guide = null` (or undefined) means "no guide object", like a removed attribute. */
function hasGuide(guide: unknown): boolean {
  return guide !== undefined && guide !== null;
}

function validateProperty(guide: unknown): GuideState {
  const copy = snapshot(guide);
  const result = copy.ok ? validateGuide(copy.value) : { ok: false as const, errors: copy.errors };
  return result.ok ? { guide: result.guide, loading: false } : { problem: { kind: 'invalid', errors: result.errors }, loading: false };
}
