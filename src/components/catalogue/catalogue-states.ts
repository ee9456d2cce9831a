import { html } from 'lit';
import type { LoadProblem } from '../../data/fetch-json.js';
import { formatValidationError } from '../../data/validation-messages.js';
import type { Localized } from '../../utilities/localize.js';
import type { CatalogueStrings } from './catalogue.strings.js';

/** How many invalid-data paths the error message lists before "……另有 N 处". */
const LISTED_PROBLEMS = 5;

/** A skeleton in the table's place while data loads, marked busy for assistive technology. */
export function renderLoading({ strings }: Localized<CatalogueStrings>) {
  return html`<div class="message" part="message" aria-busy="true" role="status">
    <p>${strings.loading}</p>
    ${[1, 2, 3, 4, 5].map(() => html`<div class="skeleton-row" aria-hidden="true"></div>`)}
  </div>`;
}

export function problemText(problem: LoadProblem, { strings, format }: Localized<CatalogueStrings>): string {
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
      return (
        (problem.url ? format(strings.errorSource, { url: problem.url }) : '') +
        format(strings.errorInvalid, { count: problem.errors.length })
      );
  }
}

/** A visible, announced error naming the problem (and the first JSON paths), with a retry. */
export function renderError(problem: LoadProblem, onRetry: () => void, l10n: Localized<CatalogueStrings>) {
  const { strings, format } = l10n;
  const listed = problem.kind === 'invalid' ? problem.errors.slice(0, LISTED_PROBLEMS) : [];
  const more = problem.kind === 'invalid' ? problem.errors.length - listed.length : 0;
  return html`<div class="message error" part="message" role="alert">
    <p><strong>${strings.errorTitle}</strong></p>
    <p>${problemText(problem, l10n)}</p>
    ${listed.length > 0
      ? html`<ul>
          ${listed.map((error) => html`<li>${formatValidationError(error, l10n.locale)}</li>`)}
          ${more > 0 ? html`<li>${format(strings.errorMore, { count: more })}</li>` : null}
        </ul>`
      : null}
    <button type="button" @click=${onRetry}>${strings.retry}</button>
  </div>`;
}

/**
 * The server-rendered table (`si-catalogue render`), kept when the element's own source cannot
 * be loaded: good static content is never replaced by an error. A small notice above it says
 * the list could not be updated and why, with 重试.
 */
export function renderStaticFallback(
  content: readonly Node[],
  problem: LoadProblem | undefined,
  onRetry: () => void,
  l10n: Localized<CatalogueStrings>,
) {
  const { strings, format } = l10n;
  return html`${problem === undefined
      ? null
      : html`<div class="message notice" part="message" role="status">
          <p>${format(strings.staticFallback, { problem: problemText(problem, l10n) })}</p>
          <button type="button" @click=${onRetry}>${strings.retry}</button>
        </div>`}${content}`;
}
