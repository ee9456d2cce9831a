import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LoadProblem, PathProblem } from '../data/fetch-json.js';
import { showValidationError } from '../data/validation-format.js';
import type { Localized } from '../utilities/localize.js';

/**
 * The loading and error states every element that loads data shows (`LoadController`), and the
 * same words for the command line (`si-catalogue render`): what failed, where, the first JSON
 * paths that are wrong, and 重试.
 */

/**
 * The texts the views need, declared once: the strings table of every element that loads data
 * extends this interface (its own words for them sit in its locale section or in `loading`).
 */
export interface LoadViewStrings {
  loading: string;
  retry: string;
  errorTitle: string;
  /** `{url}`: the data's URL. */
  errorNetwork: string;
  /** `{url}`, `{status}`: the HTTP status. */
  errorHttp: string;
  /** `{url}`, `{detail}`: the parser's message. */
  errorJson: string;
  /** `{url}`, `{seconds}`: the time limit (`timeout`) passed with no complete answer. */
  errorTimeout: string;
  /** `{url}`, `{megabytes}`: the answer is larger than the library reads. */
  errorTooLarge: string;
  /** Before an invalid-data message when the data came from a URL: `{url}：`. */
  errorSource: string;
  /** `{count}`: the number of problems. */
  errorInvalid: string;
  /** `{count}`: the problems not listed. */
  errorMore: string;
}

export type LoadViewL10n = Pick<Localized<LoadViewStrings>, 'strings' | 'format' | 'locale'>;

/** How many invalid-data paths a message lists before "……另有 N 处". */
export const LISTED_PROBLEMS = 5;

/** The first paths of an invalid-data problem, and how many more there are. */
export function listedProblems(problem: LoadProblem): { listed: PathProblem[]; more: number } {
  if (problem.kind !== 'invalid') return { listed: [], more: 0 };
  const listed = problem.errors.slice(0, LISTED_PROBLEMS);
  return { listed, more: problem.errors.length - listed.length };
}

/** The problem in one sentence, in the element's words. */
export function problemText(problem: LoadProblem, { strings, format }: Pick<LoadViewL10n, 'strings' | 'format'>): string {
  switch (problem.kind) {
    case 'network':
      return format(strings.errorNetwork, { url: problem.url });
    case 'http':
      // The status as a code, not a quantity: never grouped or in other digits.
      return format(strings.errorHttp, { url: problem.url, status: String(problem.status) });
    case 'json':
      return format(strings.errorJson, { url: problem.url, detail: problem.detail });
    case 'timeout':
      // Seconds as written (0.5), not rounded like a count.
      return format(strings.errorTimeout, { url: problem.url, seconds: String(problem.seconds) });
    case 'too-large':
      return format(strings.errorTooLarge, { url: problem.url, megabytes: problem.megabytes });
    case 'invalid':
      return (problem.url ? format(strings.errorSource, { url: problem.url }) : '') + format(strings.errorInvalid, { count: problem.errors.length });
  }
}

/** The problem as plain lines (the sentence, then each listed path and the "more" line), e.g. for a terminal. */
export function problemLines(problem: LoadProblem, l10n: LoadViewL10n): string[] {
  const { listed, more } = listedProblems(problem);
  return [
    problemText(problem, l10n),
    ...listed.map((error) => showValidationError(error, l10n.locale)),
    ...(more > 0 ? [l10n.format(l10n.strings.errorMore, { count: more })] : []),
  ];
}

export interface LoadViewOptions {
  /** Placeholder rows drawn under the loading text (a table's skeleton); none by default. */
  skeletonRows?: number;
  /** The error box's `part` (default `message`). */
  errorPart?: string;
  /** The retry button's `part`, when the element documents one. */
  buttonPart?: string;
}

/** Shown in the content's place while data loads, marked busy for assistive technology. */
export function renderLoadingView({ strings }: { strings: Pick<LoadViewStrings, 'loading'> }, options: LoadViewOptions = {}): TemplateResult {
  const rows = Array.from({ length: options.skeletonRows ?? 0 }, () => html`<div class="skeleton-row" aria-hidden="true"></div>`);
  return html`<div class="message" part="message" role="status" aria-busy="true">
    <p>${strings.loading}</p>
    ${rows}
  </div>`;
}

/** A visible, announced error naming the problem and the first JSON paths, with a retry button. */
export function renderErrorView(problem: LoadProblem, onRetry: () => void, l10n: LoadViewL10n, options: LoadViewOptions = {}): TemplateResult {
  const { strings, format } = l10n;
  const { listed, more } = listedProblems(problem);
  return html`<div class="message error" part=${options.errorPart ?? 'message'} role="alert">
    <p><strong>${strings.errorTitle}</strong></p>
    <p class="text">${problemText(problem, l10n)}</p>
    ${
      listed.length > 0
        ? html`<ul>
          ${listed.map((error) => html`<li><code>${showValidationError(error, l10n.locale)}</code></li>`)}
          ${more > 0 ? html`<li>${format(strings.errorMore, { count: more })}</li>` : nothing}
        </ul>`
        : nothing
    }
    <button type="button" class="retry" part=${ifDefined(options.buttonPart)} @click=${onRetry}>${strings.retry}</button>
  </div>`;
}
