import { html } from 'lit';
import type { LoadProblem } from '../../data/fetch-json.js';
import { serviceGuideStrings as strings } from './service-guide.strings.js';

/** How many invalid-data paths the error message lists before "……另有 N 处". */
const LISTED_PROBLEMS = 5;

/** Shown in the sections' place while `src` loads, marked busy for assistive technology. */
export function renderLoading() {
  return html`<p class="message" part="message" role="status" aria-busy="true">${strings.loading}</p>`;
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

/** A visible, announced error naming the URL and the first JSON paths, with a retry button. */
export function renderError(problem: LoadProblem, onRetry: () => void) {
  const listed = problem.kind === 'invalid' ? problem.errors.slice(0, LISTED_PROBLEMS) : [];
  const more = problem.kind === 'invalid' ? problem.errors.length - listed.length : 0;
  return html`<div class="message error" part="message error" role="alert">
    <p><strong>${strings.errorTitle}</strong></p>
    <p class="text">${problemText(problem)}</p>
    ${listed.length > 0
      ? html`<ul>
          ${listed.map((error) => html`<li><code>${error.message}</code></li>`)}
          ${more > 0 ? html`<li>${strings.errorMore(more)}</li>` : null}
        </ul>`
      : null}
    <button type="button" class="retry" part="button" @click=${onRetry}>${strings.retry}</button>
  </div>`;
}
