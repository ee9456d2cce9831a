import { unsafeCSS, type CSSResult } from 'lit';
import type { TokenName } from './tokens.js';

/**
 * The named themes. `default` is the token defaults themselves; every other theme changes
 * some tokens. A page picks themes with `data-si-theme` on any ancestor of the elements (or on
 * one element): `data-si-theme="red"`, `data-si-theme="elder high-contrast"`.
 */
export const THEME_NAMES = ['default', 'red', 'blue', 'elder', 'high-contrast'] as const;

export type ThemeName = (typeof THEME_NAMES)[number];

export interface ThemeDefinition {
  /** Names for a theme switcher, in the three UI languages. */
  readonly label: { readonly 'zh-CN': string; readonly 'zh-TW': string; readonly en: string };
  /** What the theme is for and what it changes. */
  readonly description: string;
  /** The lowest text contrast the theme guarantees (measured by `test/styles/themes.test.ts`). */
  readonly minContrast: number;
  /** The tokens the theme changes; all others keep their defaults. */
  readonly tokens: Readonly<Partial<Record<TokenName, string>>>;
}

const highContrastTokens = {
  'color-text': '#000000',
  'color-text-muted': '#262626',
  'color-surface': '#ffffff',
  'color-surface-muted': '#ffffff',
  'color-border': '#000000',
  'color-primary': '#002d62',
  'color-primary-subtle': '#eef3fb',
  'color-on-primary': '#ffffff',
  'color-link': '#002f7a',
  'color-focus': '#b33c00',
  'color-success': '#0a4d22',
  'color-warning': '#5c2d00',
  'color-danger': '#8a0f0f',
  'color-highlight': '#fff5cc',
  'color-mark': '#ffe14d',
  'color-skeleton': '#d9d9d9',
  'border-width': '2px',
  'focus-ring-width': '4px',
  'focus-ring-offset': '3px',
  'elevation-1': 'none',
  'elevation-2': 'none',
} as const satisfies Partial<Record<TokenName, string>>;

const redTokens = {
  'color-primary': '#b3121b',
  'color-primary-subtle': '#fdeeee',
  'color-link': '#9e1a1a',
  'color-focus': '#0b4a9e',
} as const satisfies Partial<Record<TokenName, string>>;

const blueTokens = {
  'color-primary': '#0d5bb5',
  'color-primary-subtle': '#e7f0fb',
  'color-link': '#0f4fa8',
} as const satisfies Partial<Record<TokenName, string>>;

const elderTokens = {
  'font-size-body': '1.25rem',
  'font-size-min': '18px',
  'font-size-small': '1em',
  'font-size-large': '1.2em',
  'font-size-heading': '1.5em',
  'line-height': '1.75',
  'line-height-tight': '1.5',
  'target-size': '2.75em',
  'target-size-min': '44px',
  'focus-ring-width': '4px',
  'focus-ring-offset': '3px',
  'color-text-muted': '#3d4451',
  'color-border': '#6b7280',
  'radius-s': '0.125em',
  'radius-m': '0.25em',
  'elevation-1': 'none',
  'elevation-2': 'none',
  'motion-duration': '0ms',
} as const satisfies Partial<Record<TokenName, string>>;

export const themes: { readonly [K in ThemeName]: ThemeDefinition } = {
  default: {
    label: { 'zh-CN': '默认', 'zh-TW': '預設', en: 'Default' },
    description: 'A sober government palette (dark blue on white); every text passes WCAG AA (4.5:1).',
    minContrast: 4.5,
    tokens: {},
  },
  red: {
    label: { 'zh-CN': '红色', 'zh-TW': '紅色', en: 'Red' },
    description: 'For portals in the red of Party and government sites; text passes WCAG AA.',
    minContrast: 4.5,
    tokens: redTokens,
  },
  blue: {
    label: { 'zh-CN': '蓝色', 'zh-TW': '藍色', en: 'Blue' },
    description: 'For portals in a brighter government blue; text passes WCAG AA.',
    minContrast: 4.5,
    tokens: blueTokens,
  },
  elder: {
    label: { 'zh-CN': '适老化（大字）', 'zh-TW': '適老化（大字）', en: 'Elder (large text)' },
    description:
      '适老化 mode: body text at least 18 px (1.25rem), larger headings, line height 1.75, targets of at least 44 × 44 px, a thicker focus ring, darker secondary text, and simplified chrome: no shadows, no motion, squarer corners.',
    minContrast: 4.5,
    tokens: elderTokens,
  },
  'high-contrast': {
    label: { 'zh-CN': '高对比度', 'zh-TW': '高對比度', en: 'High contrast' },
    description:
      'Black on white with dark accents: every text at least 7:1 (WCAG AAA), 2 px borders, a 4 px focus ring, no tints behind text in the toolbar and no shadows. Also applied automatically when the system asks for more contrast (prefers-contrast: more).',
    minContrast: 7,
    tokens: highContrastTokens,
  },
};

/** The attribute the theme controller reflects the resolved theme names into (space-separated). */
export const APPLIED_THEME_ATTRIBUTE = 'data-si-applied-theme';

/**
 * Set beside it when the theme comes from outside an enclosing si-* element: that element
 * already sets the theme's tokens, and this one inherits them (and any overrides a site put on
 * the enclosing element) instead of setting them again.
 */
export const INHERITED_THEME_ATTRIBUTE = 'data-si-theme-inherited';

const OWN = `:not([${INHERITED_THEME_ATTRIBUTE}])`;

function declarations(values: Readonly<Partial<Record<TokenName, string>>>): string {
  return Object.entries(values)
    .map(([name, value]) => `--si-${name}:${value};`)
    .join('');
}

/**
 * The theme rules for every shadow root, generated from {@link themes}. The order matters:
 * later themes win where two combined themes set the same token, so `high-contrast` (last)
 * keeps its colours in `elder high-contrast` and `red high-contrast`.
 *
 * A theme sets tokens on `:host`, so it wins over values a page sets on an ancestor (`:root`),
 * while values set on the element itself (its `style`, or a page rule selecting it) still win
 * over the theme. `prefers-contrast: more` adds the high-contrast tokens to any theme.
 */
function themeCss(): string {
  // The tokens of each theme, not `themes` itself: its labels and descriptions (for switchers,
  // docs and design tools) stay out of the components' code.
  const themeTokens: Readonly<Record<Exclude<ThemeName, 'default'>, Readonly<Partial<Record<TokenName, string>>>>> = {
    red: redTokens,
    blue: blueTokens,
    elder: elderTokens,
    'high-contrast': highContrastTokens,
  };
  const rules = THEME_NAMES.filter((name) => name !== 'default').map(
    (name) => `:host([${APPLIED_THEME_ATTRIBUTE}~="${name}"]${OWN}){${declarations(themeTokens[name])}}`,
  );
  rules.push(`@media (prefers-contrast:more){:host(${OWN}),:host([${APPLIED_THEME_ATTRIBUTE}]${OWN}){${declarations(highContrastTokens)}}}`);
  return rules.join('');
}

export const themeStyles: CSSResult = unsafeCSS(themeCss());
