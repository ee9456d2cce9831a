import { html } from 'lit';
import type { LoadProblem } from '../../data/fetch-json.js';
import { catalogueStrings as strings } from './catalogue.strings.js';

/** How many invalid-data paths the error message lists before "……另有 N 处". */
const LISTED_PROBLEMS = 5;

/** A skeleton in the table's place while data loads, marked busy for assistive technology. */
export function renderLoading() {
  return html`<div class="message" part="message" aria-busy="true" role="status">
    <p>${strings.loading}</p>
    ${[1, 2, 3, 4, 5].map(() => html`<div class="skeleton-row" aria-hidden="true"></div>`)}
  </div>`;
}

function problemText(problem: LoadProblem): string {
  switch (problem.kind) {
    case 'network':
      return strings.errorNetwork(problem.url);
    case 'http':
      return strings.errorHttp(problem.url, problem.status);
    case 'json':
      return strings.errorJson(problem.url, problem.detail);
    case 'invalid':
      return (problem.url ? `${problem.url}：` : '') + strings.errorInvalid(problem.errors.length);
  }
}

/** A visible, announced error naming the problem (and the first JSON paths), with a retry. */
export function renderError(problem: LoadProblem, onRetry: () => void) {
  const listed = problem.kind === 'invalid' ? problem.errors.slice(0, LISTED_PROBLEMS) : [];
  const more = problem.kind === 'invalid' ? problem.errors.length - listed.length : 0;
  return html`<div class="message error" part="message" role="alert">
    <p><strong>${strings.errorTitle}</strong></p>
    <p>${problemText(problem)}</p>
    ${listed.length > 0
      ? html`<ul>
          ${listed.map((error) => html`<li>${error.message}</li>`)}
          ${more > 0 ? html`<li>${strings.errorMore(more)}</li>` : null}
        </ul>`
      : null}
    <button type="button" @click=${onRetry}>${strings.retry}</button>
  </div>`;
}
