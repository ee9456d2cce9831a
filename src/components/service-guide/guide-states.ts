import { html } from 'lit';
import type { LoadProblem } from '../../data/fetch-json.js';
import { formatValidationError } from '../../data/validation-messages.js';
import type { Localized } from '../../utilities/localize.js';
import type { ServiceGuideStrings } from './service-guide.strings.js';

/** How many invalid-data paths the error message lists before "……另有 N 处". */
const LISTED_PROBLEMS = 5;

/** Shown in the sections' place while `src` loads, marked busy for assistive technology. */
export function renderLoading({ strings }: Localized<ServiceGuideStrings>) {
  return html`<p class="message" part="message" role="status" aria-busy="true">${strings.loading}</p>`;
}

export function problemText(problem: LoadProblem, { strings, format }: Localized<ServiceGuideStrings>): string {
  switch (problem.kind) {
    case 'network':
      return format(strings.errorNetwork, { url: problem.url });
    case 'http':
      // The status as written (HTTP 404), not as a grouped number.
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
        (problem.url ? format(strings.errorInvalidUrl, { url: problem.url }) : '') +
        format(strings.errorInvalid, { count: problem.errors.length })
      );
  }
}

/** A visible, announced error naming the URL and the first JSON paths, with a retry button. */
export function renderError(problem: LoadProblem, onRetry: () => void, l10n: Localized<ServiceGuideStrings>) {
  const { strings, format } = l10n;
  const listed = problem.kind === 'invalid' ? problem.errors.slice(0, LISTED_PROBLEMS) : [];
  const more = problem.kind === 'invalid' ? problem.errors.length - listed.length : 0;
  return html`<div class="message error" part="message error" role="alert">
    <p><strong>${strings.errorTitle}</strong></p>
    <p class="text">${problemText(problem, l10n)}</p>
    ${listed.length > 0
      ? html`<ul>
          ${listed.map((error) => html`<li><code>${formatValidationError(error, l10n.locale)}</code></li>`)}
          ${more > 0 ? html`<li>${format(strings.errorMore, { count: more })}</li>` : null}
        </ul>`
      : null}
    <button type="button" class="retry" part="button" @click=${onRetry}>${strings.retry}</button>
  </div>`;
}
