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

const t = (group: TokenGroup, type: TokenType, value: string, description: string): TokenDefinition => ({
  value,
  type,
  group,
  description,
});

/**
 * The global design tokens: each is the CSS custom property `--si-<name>`. This object is the
 * single source the components (through `token()`), the themes (`themes.ts`), the docs page
 * and `dist/tokens.json` for design tools are all built from.
 *
 * Sizes are in `em` on purpose: the components scale with the font size of the page around
 * them. Every colour pair the components draw passes WCAG AA (4.5:1 for text) in the default
 * theme; `test/styles/themes.test.ts` measures it.
 */
export const tokenDefinitions = {
  // Colour
  'color-text': t('color', 'color', '#1f2329', 'Body text.'),
  'color-text-muted': t('color', 'color', '#4e5969', 'Secondary text: labels, notes, the legal basis.'),
  'color-surface': t('color', 'color', '#ffffff', 'Background of tables, cards and controls.'),
  'color-surface-muted': t('color', 'color', '#f2f3f5', 'Background of the toolbar and of notes.'),
  'color-border': t(
    'color',
    'color',
    '#7e8593',
    'Borders of tables, cards and controls: ≥ 3:1 on the surface, the muted toolbar and the primary tint (WCAG 1.4.11).',
  ),
  'color-primary': t('color', 'color', '#1b4f8f', 'The portal colour: table header, ticks, badges, primary buttons.'),
  'color-primary-subtle': t('color', 'color', '#e8f0fa', 'A light tint of the primary colour: group cells, badge backgrounds.'),
  'color-on-primary': t('color', 'color', '#ffffff', 'Text on the primary colour.'),
  'color-link': t('color', 'color', '#0b4a9e', 'Links and disclosure summaries.'),
  'color-focus': t('color', 'color', '#c4510a', 'The keyboard focus ring and the highlighted row outline.'),
  'color-success': t('color', 'color', '#17663a', 'Positive status (按时公开).'),
  'color-warning': t('color', 'color', '#8a4500', 'Warning status (今日到期, 逾期…公开).'),
  'color-danger': t('color', 'color', '#b02a1e', 'Negative status (已逾期) and errors.'),
  'color-highlight': t('color', 'color', '#fff8e1', 'Background of the row a link points to.'),
  'color-mark': t('color', 'color', '#ffe58a', 'Background of search matches.'),
  'color-skeleton': t('color', 'color', '#eceff3', 'The loading placeholder (decorative).'),

  // Typography
  'font-family': t(
    'typography',
    'fontFamily',
    '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, sans-serif',
    'The UI font stack: the CJK system fonts of Windows, macOS and Linux.',
  ),
  'font-size-body': t('typography', 'dimension', '1rem', 'Base size of block components (the catalogue; all components in elder mode).'),
  'font-size-min': t('typography', 'dimension', '14px', 'The smallest text size a component draws, whatever the page sets.'),
  'font-size-small': t('typography', 'dimension', '0.875em', 'Small text: filter labels, small badges.'),
  'font-size-large': t('typography', 'dimension', '1.125em', 'Large text: card headings, large badges.'),
  'font-size-heading': t('typography', 'dimension', '1.25em', 'Headings: the table caption.'),
  'font-weight-normal': t('typography', 'fontWeight', '400', 'Regular text.'),
  'font-weight-bold': t('typography', 'fontWeight', '700', 'Headers, labels and statuses.'),
  'line-height': t('typography', 'number', '1.6', 'Line height of running text.'),
  'line-height-tight': t('typography', 'number', '1.4', 'Line height of one-line elements (badges).'),

  // Space
  'space-2xs': t('space', 'dimension', '0.125em', 'Hairline gaps.'),
  'space-xs': t('space', 'dimension', '0.25em', 'Between an icon and its text.'),
  'space-s': t('space', 'dimension', '0.5em', 'Cell padding, gaps between badges.'),
  'space-m': t('space', 'dimension', '0.75em', 'Padding of the toolbar and cards.'),
  'space-l': t('space', 'dimension', '1em', 'Padding of messages.'),
  'space-xl': t('space', 'dimension', '1.5em', 'Between sections.'),

  // Radius
  'radius-s': t('radius', 'dimension', '0.25em', 'Controls, statuses.'),
  'radius-m': t('radius', 'dimension', '0.5em', 'Cards, the toolbar, messages.'),
  'radius-pill': t('radius', 'dimension', '999em', 'Badges.'),

  // Border
  'border-width': t('border', 'dimension', '1px', 'Borders of tables, cards and controls.'),
  'border-width-accent': t('border', 'dimension', '0.25em', 'The coloured edge of statuses, notes and errors.'),

  // Focus
  'focus-ring-width': t('focus', 'dimension', '3px', 'Width of the keyboard focus ring.'),
  'focus-ring-offset': t('focus', 'dimension', '2px', 'Gap between an element and its focus ring.'),

  // Size
  'target-size': t('size', 'dimension', '2.5em', 'Minimum height of buttons, inputs and selects (elder: ≥ 44 px).'),
  'target-size-min': t(
    'size',
    'dimension',
    '24px',
    'The smallest box of any target, links in text included: 24 × 24 px (WCAG 2.5.8); elder 44 × 44 px (适老化).',
  ),

  // Elevation
  'elevation-1': t('elevation', 'shadow', '0 1px 2px 0 #1f23291f', 'Cards.'),
  'elevation-2': t('elevation', 'shadow', '0 2px 8px 0 #1f232929', 'Raised surfaces (item cards, pop-overs).'),

  // Motion
  'motion-duration': t('motion', 'duration', '150ms', 'Length of transitions (0 when the person prefers reduced motion).'),
} as const satisfies Record<string, TokenDefinition>;

export type TokenName = keyof typeof tokenDefinitions;

/** Every token's default value by name (`tokens['color-primary']` → `'#1b4f8f'`). */
export const tokens: { readonly [K in TokenName]: (typeof tokenDefinitions)[K]['value'] } = Object.fromEntries(
  Object.entries(tokenDefinitions).map(([name, definition]) => [name, definition.value]),
) as { readonly [K in TokenName]: (typeof tokenDefinitions)[K]['value'] };

/** The token names, in definition order. */
export const tokenNames = Object.keys(tokenDefinitions) as TokenName[];

/** `var(--si-<name>, <default>)` for use inside a component's `css` template. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--si-${name}, ${tokens[name]})`);
}
