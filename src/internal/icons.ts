import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * The one way the elements draw icons: 24×24 outline drawings (`svg` templates of paths) in
 * `currentColor`, so they follow the text colour, forced colours included. Every icon is
 * decorative (`aria-hidden`, not focusable): the text next to it carries the meaning. The
 * drawings stay with the component that means them; this module only frames them.
 */

export interface IconOptions {
  /** Width and height, relative to the text (default `1em`). */
  size?: string;
  /** Stroke width in the 24-unit grid (default 2). */
  strokeWidth?: number;
  /** `class` of the `<svg>`. */
  className?: string;
  /** `part` of the `<svg>`, for a documented CSS part. */
  part?: string;
}

/** One decorative icon drawn inline. */
export function icon(drawing: SVGTemplateResult, options: IconOptions = {}): TemplateResult {
  const size = options.size ?? '1em';
  return html`<svg class=${ifDefined(options.className)} part=${ifDefined(options.part)} viewBox="0 0 24 24" width=${size}
    height=${size} fill="none" stroke="currentColor" stroke-width=${options.strokeWidth ?? 2} stroke-linecap="round"
    stroke-linejoin="round" aria-hidden="true" focusable="false">${drawing}</svg>`;
}

/**
 * Many drawings once, as `<symbol>`s that an `<svg><use href="#id"></use></svg>` draws: one sprite
 * per shadow root instead of a copy of each drawing in every use (the catalogue draws 150
 * channel badges).
 */
export function iconSprite(drawings: Readonly<Record<string, SVGTemplateResult>>, idOf: (name: string) => string): TemplateResult {
  return html`<svg class="icon-sprite" aria-hidden="true" focusable="false" width="0" height="0">
    ${Object.entries(drawings).map(
      ([name, drawing]) => svg`<symbol id=${idOf(name)} viewBox="0 0 24 24" fill="none" stroke="currentColor"
        stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${drawing}</symbol>`,
    )}
  </svg>`;
}
