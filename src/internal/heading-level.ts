import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';

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

/** Real h1–h6, chosen from a fixed list (never from input), for `lit/static-html.js` templates. */
const HEADING_TAGS: Record<HeadingLevel, StaticValue> = {
  1: literal`h1`,
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** The tag of a real heading of `level` (clamped): `` staticHtml`<${headingTag(3)}>…</${headingTag(3)}>` ``. */
export function headingTag(level: unknown): StaticValue {
  return HEADING_TAGS[headingLevel(level)];
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
 * `headingLevel()`), never a `role="heading"` `<div>`. Real headings are what screen readers'
 * heading navigation, reader modes and search engines read most reliably, and the dynamic tag
 * costs nothing extra: `lit/static-html.js` is already in the bundle for it. Each element's styles
 * reset the user-agent heading margins and sizes (its `.class` rules set them).
 */
export function renderHeading(level: unknown, content: unknown, { id, className, part, lang }: HeadingOptions = {}): TemplateResult {
  const tag = headingTag(level);
  return staticHtml`<${tag} id=${ifDefined(id)} class=${ifDefined(className)} part=${ifDefined(part)} lang=${ifDefined(lang)}>${content}</${tag}>`;
}
