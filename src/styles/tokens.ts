import { unsafeCSS, type CSSResult } from 'lit';

/** The kinds of value a token holds, named as in the W3C Design Tokens format (DTCG). */
export type TokenType = 'color' | 'dimension' | 'fontFamily' | 'fontWeight' | 'number' | 'duration' | 'shadow';

/** The groups tokens are listed in (the docs page, `dist/tokens.json`). */
export type TokenGroup = 'color' | 'typography' | 'space' | 'radius' | 'border' | 'focus' | 'size' | 'elevation' | 'motion';

export interface TokenDefinition {
  /** The default: a CSS value (colours are `#rrggbb` or `#rrggbbaa`). */
  readonly value: string;
  readonly type: TokenType;
  readonly group: TokenGroup;
  /** What the token is for, shown in the docs and exported to design tools. */
  readonly description: string;
}

/**
 * The global design tokens' defaults: each is the CSS custom property `--si-<name>`
 * (`tokens['color-primary']` → `'#1b4f8f'`). With {@link tokenDefinitions} below, this is the
 * single source the components (through `token()`), the themes (`themes.ts`), the docs page and
 * `dist/tokens.json` for design tools are all built from. The values are apart from the
 * descriptions so that the components' code carries only the values (the descriptions are
 * ≈1 KB gzip that no page shows).
 *
 * Sizes are in `em` on purpose: the components scale with the font size of the page around
 * them. Every colour pair the components draw passes WCAG AA (4.5:1 for text) in the default
 * theme; `test/styles/themes.test.ts` measures it.
 */
export const tokens = {
  // Colour
  'color-text': '#1f2329',
  'color-text-muted': '#4e5969',
  'color-surface': '#ffffff',
  'color-surface-muted': '#f2f3f5',
  'color-border': '#7e8593',
  'color-primary': '#1b4f8f',
  'color-primary-subtle': '#e8f0fa',
  'color-on-primary': '#ffffff',
  'color-link': '#0b4a9e',
  'color-focus': '#c4510a',
  'color-success': '#17663a',
  'color-warning': '#8a4500',
  'color-danger': '#b02a1e',
  'color-highlight': '#fff8e1',
  'color-mark': '#ffe58a',
  'color-skeleton': '#eceff3',

  // Typography
  'font-family': '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, sans-serif',
  'font-size-body': '1rem',
  'font-size-min': '14px',
  'font-size-small': '0.875em',
  'font-size-large': '1.125em',
  'font-size-heading': '1.25em',
  'font-weight-normal': '400',
  'font-weight-bold': '700',
  'line-height': '1.6',
  'line-height-tight': '1.4',

  // Space
  'space-2xs': '0.125em',
  'space-xs': '0.25em',
  'space-s': '0.5em',
  'space-m': '0.75em',
  'space-l': '1em',
  'space-xl': '1.5em',

  // Radius
  'radius-s': '0.25em',
  'radius-m': '0.5em',
  'radius-pill': '999em',

  // Border
  'border-width': '1px',
  'border-width-accent': '0.25em',

  // Focus
  'focus-ring-width': '3px',
  'focus-ring-offset': '2px',

  // Size
  'target-size': '2.5em',
  'target-size-min': '24px',

  // Elevation
  'elevation-1': '0 1px 2px 0 #1f23291f',
  'elevation-2': '0 2px 8px 0 #1f232929',

  // Motion
  'motion-duration': '150ms',
} as const;

export type TokenName = keyof typeof tokens;

/** Each token's group, DTCG type and what it is for (shown in the docs and exported to design tools). */
const about: { readonly [K in TokenName]: readonly [group: TokenGroup, type: TokenType, description: string] } = {
  // Colour
  'color-text': ['color', 'color', 'Body text.'],
  'color-text-muted': ['color', 'color', 'Secondary text: labels, notes, the legal basis.'],
  'color-surface': ['color', 'color', 'Background of tables, cards and controls.'],
  'color-surface-muted': ['color', 'color', 'Background of the toolbar and of notes.'],
  'color-border': ['color', 'color', 'Borders of tables, cards and controls: ≥ 3:1 on the surface, the muted toolbar and the primary tint (WCAG 1.4.11).'],
  'color-primary': ['color', 'color', 'The portal colour: table header, ticks, badges, primary buttons.'],
  'color-primary-subtle': ['color', 'color', 'A light tint of the primary colour: group cells, badge backgrounds.'],
  'color-on-primary': ['color', 'color', 'Text on the primary colour.'],
  'color-link': ['color', 'color', 'Links and disclosure summaries.'],
  'color-focus': ['color', 'color', 'The keyboard focus ring and the highlighted row outline.'],
  'color-success': ['color', 'color', 'Positive status (按时公开).'],
  'color-warning': ['color', 'color', 'Warning status (今日到期, 逾期…公开).'],
  'color-danger': ['color', 'color', 'Negative status (已逾期) and errors.'],
  'color-highlight': ['color', 'color', 'Background of the row a link points to.'],
  'color-mark': ['color', 'color', 'Background of search matches.'],
  'color-skeleton': ['color', 'color', 'The loading placeholder (decorative).'],

  // Typography
  'font-family': ['typography', 'fontFamily', 'The UI font stack: the CJK system fonts of Windows, macOS and Linux.'],
  'font-size-body': ['typography', 'dimension', 'Base size of block components (the catalogue; all components in elder mode).'],
  'font-size-min': ['typography', 'dimension', 'The smallest text size a component draws, whatever the page sets.'],
  'font-size-small': ['typography', 'dimension', 'Small text: filter labels, small badges.'],
  'font-size-large': ['typography', 'dimension', 'Large text: card headings, large badges.'],
  'font-size-heading': ['typography', 'dimension', 'Headings: the table caption.'],
  'font-weight-normal': ['typography', 'fontWeight', 'Regular text.'],
  'font-weight-bold': ['typography', 'fontWeight', 'Headers, labels and statuses.'],
  'line-height': ['typography', 'number', 'Line height of running text.'],
  'line-height-tight': ['typography', 'number', 'Line height of one-line elements (badges).'],

  // Space
  'space-2xs': ['space', 'dimension', 'Hairline gaps.'],
  'space-xs': ['space', 'dimension', 'Between an icon and its text.'],
  'space-s': ['space', 'dimension', 'Cell padding, gaps between badges.'],
  'space-m': ['space', 'dimension', 'Padding of the toolbar and cards.'],
  'space-l': ['space', 'dimension', 'Padding of messages.'],
  'space-xl': ['space', 'dimension', 'Between sections.'],

  // Radius
  'radius-s': ['radius', 'dimension', 'Controls, statuses.'],
  'radius-m': ['radius', 'dimension', 'Cards, the toolbar, messages.'],
  'radius-pill': ['radius', 'dimension', 'Badges.'],

  // Border
  'border-width': ['border', 'dimension', 'Borders of tables, cards and controls.'],
  'border-width-accent': ['border', 'dimension', 'The coloured edge of statuses, notes and errors.'],

  // Focus
  'focus-ring-width': ['focus', 'dimension', 'Width of the keyboard focus ring.'],
  'focus-ring-offset': ['focus', 'dimension', 'Gap between an element and its focus ring.'],

  // Size
  'target-size': ['size', 'dimension', 'Minimum height of buttons, inputs and selects (elder: ≥ 44 px).'],
  'target-size-min': ['size', 'dimension', 'The smallest box of any target, links in text included: 24 × 24 px (WCAG 2.5.8); elder 44 × 44 px (适老化).'],

  // Elevation
  'elevation-1': ['elevation', 'shadow', 'Cards.'],
  'elevation-2': ['elevation', 'shadow', 'Raised surfaces (item cards, pop-overs).'],

  // Motion
  'motion-duration': ['motion', 'duration', 'Length of transitions (0 when the person prefers reduced motion).'],
};

/**
 * Every token with its default, type, group and description, in definition order: for the docs,
 * `dist/tokens.json` (src/styles/dtcg.ts) and the tests. Pure, so a bundle that does not read it
 * leaves it (and the descriptions) out.
 */
export const tokenDefinitions: { readonly [K in TokenName]: TokenDefinition } = /* @__PURE__ */ (() =>
  Object.fromEntries(
    Object.entries(about).map(([name, [group, type, description]]) => [name, { value: tokens[name as TokenName], type, group, description }]),
  ) as { readonly [K in TokenName]: TokenDefinition })();

/** The token names, in definition order. */
export const tokenNames = /* @__PURE__ */ Object.keys(tokens) as TokenName[];

/** `var(--si-<name>, <default>)` for use inside a component's `css` template. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--si-${name},${tokens[name]})`);
}
