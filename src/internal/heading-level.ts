import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A heading level a page can use. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * The one clamp for heading levels: a whole number from 1 to 6 (rounded; out of range is the
 * nearest end); anything that is not a number gives `fallback`. For a level derived from the
 * element's own (`headingLevel(level + 1)` for the sections under a title), so no element ever
 * writes `aria-level="7"` or `<h7>`.
 */
export function headingLevel(value: unknown, fallback: HeadingLevel = 3): HeadingLevel {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  if (!Number.isFinite(n)) return fallback;
  return Math.min(6, Math.max(1, Math.round(n))) as HeadingLevel;
}

/** The attributes `renderHeading()` may put on the heading element. */
export interface HeadingOptions {
  id?: string;
  className?: string;
  part?: string;
  lang?: string;
}

/**
 * The one way every element draws a heading: a real `<h1>`–`<h6>` of `level` (clamped by
 * `headingLevel()`, so the tag always comes from this fixed list, never from input), never a
 * `role="heading"` `<div>`. Real headings are what screen readers' heading navigation, reader modes
 * and search engines read most reliably. Six plain `html` templates rather than a dynamic tag from
 * `lit/static-html.js`: measured with `npm run size:check`, static-html cost +0.5 KB gzip on the
 * bundle, these +0.2 KB (and −0.3 KB for the bundle with all five elements). Each element's styles
 * reset the user-agent heading margins and sizes for its `className`.
 */
export function renderHeading(level: unknown, content: unknown, { id, className, part, lang }: HeadingOptions = {}): TemplateResult {
  switch (headingLevel(level)) {
    case 1:
      return html`<h1 id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} lang=${ifDefined(lang)}>${content}</h1>`;
    case 2:
      return html`<h2 id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} lang=${ifDefined(lang)}>${content}</h2>`;
    case 3:
      return html`<h3 id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} lang=${ifDefined(lang)}>${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} lang=${ifDefined(lang)}>${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} lang=${ifDefined(lang)}>${content}</h5>`;
    case 6:
      return html`<h6 id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} lang=${ifDefined(lang)}>${content}</h6>`;
  }
}
