/**
 * Showing a matched string with its matches in `<mark>`.
 *
 * The string only ever goes into Lit text bindings, which set text, never markup: catalogue data
 * contains `<城乡养老保险制度衔接暂行办法>`, and run-time catalogues are not trusted.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TextRange } from './normalise.js';
import { lastEntry } from '../internal/last-entry.js';

/**
 * The ranges clipped to the text, sorted, and with overlapping or touching ones merged, so any
 * list of ranges (also one built by hand) gives well-formed, non-nested marks.
 */
export function tidyRanges(text: string, ranges: readonly TextRange[]): TextRange[] {
  const clipped = ranges
    .map(({ start, end }) => ({ start: Math.max(0, Math.min(start, text.length)), end: Math.max(0, Math.min(end, text.length)) }))
    .filter(({ start, end }) => start < end)
    .sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of clipped) {
    const last = lastEntry(merged);
    if (last !== undefined && range.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    else merged.push(range);
  }
  return merged;
}

/**
 * `text` with each range wrapped in `<mark>`; the text as a plain string when there is nothing to
 * mark, so unmatched cells render exactly as without search.
 */
export function highlight(text: string, ranges: readonly TextRange[]): TemplateResult | string {
  const marked = tidyRanges(text, ranges);
  if (marked.length === 0) return text;
  const parts: (string | TemplateResult)[] = [];
  let at = 0;
  for (const { start, end } of marked) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(html`<mark>${text.slice(start, end)}</mark>`);
    at = end;
  }
  return html`${parts}${at < text.length ? text.slice(at) : nothing}`;
}
