import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { fetchJson, LoadError, type LoadProblem } from '../../data/fetch-json.js';
import type { ServiceGuide } from '../../data/service-guide-types.js';
import { validateGuide } from '../../data/validate-guide.js';

/** The guide to show, why there is none, or that it is still loading. */
export interface GuideState {
  guide?: ServiceGuide;
  problem?: LoadProblem;
  loading: boolean;
}

/**
 * Where `<si-service-guide>` gets its data: the `guide` property (validated once per object),
 * else `src` (fetched with `@lit/task`, aborted when `src` changes or the element leaves).
 */
export class GuideLoader {
  private validated: { input: unknown; state: GuideState } | undefined;

  private readonly task: Task<readonly [string], ServiceGuide>;

  constructor(
    host: ReactiveControllerHost,
    private readonly read: () => { guide: unknown; src: string },
  ) {
    this.task = new Task(host, {
      task: async ([src], { signal }) => {
        const value = await fetchJson(src, signal);
        const result = validateGuide(value);
        if (!result.ok) throw new LoadError({ kind: 'invalid', url: src, errors: result.errors });
        return result.guide;
      },
      args: () => [this.read().src] as const,
      autoRun: false,
    });
  }

  /** Call when `src` or `guide` changed: starts or stops fetching. */
  sourceChanged(): void {
    if (this.fetches()) void this.task.run();
    else this.task.abort();
  }

  abort(): void {
    this.task.abort();
  }

  retry(): void {
    this.validated = undefined;
    if (this.fetches()) void this.task.run();
  }

  get state(): GuideState {
    const { guide, src } = this.read();
    if (guide !== undefined) {
      if (this.validated?.input !== guide) {
        const result = validateGuide(guide);
        this.validated = {
          input: guide,
          state: result.ok ? { guide: result.guide, loading: false } : { problem: { kind: 'invalid', errors: result.errors }, loading: false },
        };
      }
      return this.validated.state;
    }
    if (src === '') return { loading: false };
    switch (this.task.status) {
      case TaskStatus.COMPLETE:
        return { guide: this.task.value, loading: false };
      case TaskStatus.ERROR:
        return { problem: problemOf(this.task.error), loading: false };
      default:
        return { loading: true };
    }
  }

  private fetches(): boolean {
    const { guide, src } = this.read();
    return src !== '' && guide === undefined;
  }
}

function problemOf(error: unknown): LoadProblem {
  if (error instanceof LoadError) return error.problem;
  return { kind: 'network', url: '', detail: error instanceof Error ? error.message : String(error) };
}
