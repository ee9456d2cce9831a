import { html } from 'lit';
import type { LoadProblem } from '../../data/fetch-json.js';
import { problemLines, problemText, renderErrorView, renderLoadingView } from '../../internal/load-view.js';
import { localize, type Localized } from '../../utilities/localize.js';
import { catalogueTranslations, type CatalogueStrings } from './catalogue.strings.js';

/** A skeleton in the table's place while data loads, marked busy for assistive technology. */
export function renderLoading(l10n: Localized<CatalogueStrings>) {
  return renderLoadingView(l10n, { skeletonRows: 5 });
}

/** A visible, announced error naming the problem (and the first JSON paths), with a retry. */
export function renderError(problem: LoadProblem, onRetry: () => void, l10n: Localized<CatalogueStrings>) {
  return renderErrorView(problem, onRetry, l10n);
}

/**
 * A problem as plain lines in the catalogue's words (`lang`: zh-CN unless given), as the element
 * shows it: for `si-catalogue render`, which reports bad input in the terminal.
 */
export function catalogueProblemLines(problem: LoadProblem, lang = 'zh-CN'): string[] {
  return problemLines(problem, localize(catalogueTranslations, lang));
}

/**
 * The server-rendered table (`si-catalogue render`), kept when the element's own source cannot
 * be loaded: good static content is never replaced by an error. A small notice above it says
 * the list could not be updated and why, with 重试.
 */
export function renderStaticFallback(content: readonly Node[], problem: LoadProblem | undefined, onRetry: () => void, l10n: Localized<CatalogueStrings>) {
  const { strings, format } = l10n;
  return html`${
    problem === undefined
      ? null
      : html`<div class="message notice" part="message" role="status">
          <p>${format(strings.staticFallback, { problem: problemText(problem, l10n) })}</p>
          <button type="button" @click=${onRetry}>${strings.retry}</button>
        </div>`
  }${content}`;
}
