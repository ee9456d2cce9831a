import { svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { icon } from '../../internal/icons.js';
import type { DeadlineStatus } from '../../calendar/deadline.js';

/** How a status is coloured; the text and the icon's shape carry the meaning on their own. */
export type DeadlineTone = 'neutral' | 'info' | 'ok' | 'warning' | 'danger';

export const STATUS_TONES: Record<DeadlineStatus, DeadlineTone> = {
  rule: 'neutral',
  remaining: 'info',
  'on-time': 'ok',
  'due-today': 'warning',
  late: 'warning',
  overdue: 'danger',
  invalid: 'danger',
};

// 24×24 outline icons drawn with currentColor; each status has its own shape.
const ICON_PATHS: Record<DeadlineStatus, SVGTemplateResult> = {
  // calendar
  rule: svg`<rect x="3.5" y="5" width="17" height="15.5" rx="1.5"/><path d="M3.5 10h17M8 3v4M16 3v4"/>`,
  // hourglass
  remaining: svg`<path d="M6 3h12M6 21h12M7 3c0 5 10 5 10 9s-10 4-10 9M17 3c0 5-10 5-10 9s10 4 10 9"/>`,
  // check in a circle
  'on-time': svg`<circle cx="12" cy="12" r="9"/><path d="M8 12.5l2.8 2.8L16.5 9"/>`,
  // alarm clock
  'due-today': svg`<circle cx="12" cy="13" r="7.5"/><path d="M12 9v4.5l2.5 1.5M4 5l3-2.5M20 5l-3-2.5"/>`,
  // clock with a late mark
  late: svg`<circle cx="11" cy="12" r="8"/><path d="M11 7.5V12l3 2M20.5 3.5v5M20.5 11v.01"/>`,
  // warning triangle
  overdue: svg`<path d="M12 3.5L2.5 20h19L12 3.5z"/><path d="M12 10v4.5M12 17.5v.01"/>`,
  // cross in a circle
  invalid: svg`<circle cx="12" cy="12" r="9"/><path d="M9 9l6 6M15 9l-6 6"/>`,
};

/** The decorative icon of a status; the status text next to it carries the meaning. */
export function statusIcon(status: DeadlineStatus): TemplateResult {
  return icon(ICON_PATHS[status], { size: '1.25em' });
}
