import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The global design tokens: each is the CSS custom property `--si-<name>` with this
 * default. Components read them through `token()`, so a host page can set any of them
 * at `:root` or on one element. This object is the single source the docs and the
 * design-tool export are generated from.
 */
export const tokens = {
  'font-family':
    '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, sans-serif',
  'font-size-body': '1rem',
  'font-size-small': '0.875em',
  'font-size-large': '1.125em',
  'line-height': '1.6',
  'color-text': '#1f2329',
  'color-text-muted': '#4e5969',
  'color-surface': '#ffffff',
  'color-surface-muted': '#f2f3f5',
  'color-border': '#8a919f',
  'color-primary': '#1b4f8f',
  'color-primary-subtle': '#e8f0fa',
  'color-on-primary': '#ffffff',
  'color-link': '#0b4a9e',
  'color-focus': '#c4510a',
  'space-2xs': '0.125em',
  'space-xs': '0.25em',
  'space-s': '0.5em',
  'space-m': '0.75em',
  'space-l': '1em',
  'radius-s': '0.25em',
  'radius-m': '0.5em',
  'radius-pill': '999em',
  'border-width': '1px',
  'focus-ring-width': '3px',
  'focus-ring-offset': '2px',
} as const;

export type TokenName = keyof typeof tokens;

/** `var(--si-<name>, <default>)` for use inside a component's `css` template. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--si-${name}, ${tokens[name]})`);
}
