import { THEME_NAMES, themes } from './themes.js';
import { tokenDefinitions, tokenNames, type TokenDefinition, type TokenGroup, type TokenName, type TokenType } from './tokens.js';

/**
 * The tokens in the W3C Design Tokens Format Module (DTCG, 2025.10) for design tools:
 * `dist/tokens.json` is `JSON.stringify(toDtcg(), null, 2)`, written by
 * `scripts/build-tokens.js` from the same `tokens.ts` the components use.
 *
 * Every token keeps its CSS name (`color-primary` ↔ `--si-color-primary`) inside a group
 * (`color`, `typography`, …). DTCG dimensions know only `px` and `rem`; the components size in
 * `em` of the text around them, which a design tool sees as `rem` (1em = 1rem at the
 * component's root). The exact CSS value is kept under `$extensions["si-catalogue"].css`.
 * Themes are in the `theme` group, each listing only the tokens it changes, by the same names.
 */

export const DTCG_EXTENSION = 'si-catalogue';

export interface DtcgToken {
  $type: TokenType;
  $value: unknown;
  $description?: string;
  $extensions: { [DTCG_EXTENSION]: { css: string; property: string } };
}

export type DtcgGroup = { $description?: string } & { [name: string]: DtcgToken | DtcgGroup | string | undefined };

function hexColor(css: string): { colorSpace: 'srgb'; components: [number, number, number]; alpha?: number; hex: string } {
  const match = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(css);
  if (match === null) throw new Error(`not a #rrggbb or #rrggbbaa colour: ${css}`);
  const hex = match[1]!.toLowerCase();
  const components = [0, 2, 4].map((i) => Math.round((parseInt(hex.slice(i, i + 2), 16) / 255) * 10000) / 10000) as [number, number, number];
  const color: { colorSpace: 'srgb'; components: [number, number, number]; alpha?: number; hex: string } = {
    colorSpace: 'srgb',
    components,
    hex: `#${hex}`,
  };
  if (match[2] !== undefined) color.alpha = Math.round((parseInt(match[2], 16) / 255) * 100) / 100;
  return color;
}

function dimension(css: string): { value: number; unit: 'px' | 'rem' } {
  const match = /^(-?\d*\.?\d+)(px|rem|em)$/.exec(css);
  if (match === null) throw new Error(`not a px, rem or em dimension: ${css}`);
  return { value: Number(match[1]), unit: match[2] === 'px' ? 'px' : 'rem' };
}

function duration(css: string): { value: number; unit: 'ms' } {
  const match = /^(\d*\.?\d+)(ms|s)$/.exec(css);
  if (match === null) throw new Error(`not a duration: ${css}`);
  return { value: match[2] === 's' ? Number(match[1]) * 1000 : Number(match[1]), unit: 'ms' };
}

function shadow(css: string): unknown {
  if (css === 'none') {
    const zero = { value: 0, unit: 'px' };
    return { color: hexColor('#00000000'), offsetX: zero, offsetY: zero, blur: zero, spread: zero };
  }
  const parts = css.trim().split(/\s+/);
  if (parts.length !== 5) throw new Error(`expected "x y blur spread #colour": ${css}`);
  const [offsetX, offsetY, blur, spread, color] = parts as [string, string, string, string, string];
  const length = (value: string) => (value === '0' ? { value: 0, unit: 'px' } : dimension(value));
  return { color: hexColor(color), offsetX: length(offsetX), offsetY: length(offsetY), blur: length(blur), spread: length(spread) };
}

function fontFamily(css: string): string[] {
  return css.split(',').map((name) => name.trim().replace(/^"(.*)"$/, '$1'));
}

/** A CSS token value as a DTCG `$value` of its type. */
function dtcgValue(type: TokenType, css: string): unknown {
  switch (type) {
    case 'color':
      return hexColor(css);
    case 'dimension':
      return dimension(css);
    case 'fontFamily':
      return fontFamily(css);
    case 'fontWeight':
    case 'number':
      return Number(css);
    case 'duration':
      return duration(css);
    case 'shadow':
      return shadow(css);
  }
}

function dtcgToken(name: TokenName, definition: TokenDefinition, css: string, description?: string): DtcgToken {
  const token: DtcgToken = {
    $type: definition.type,
    $value: dtcgValue(definition.type, css),
    $extensions: { [DTCG_EXTENSION]: { css, property: `--si-${name}` } },
  };
  if (description !== undefined) token.$description = description;
  return token;
}

const GROUP_DESCRIPTIONS: Record<TokenGroup, string> = {
  color: 'Colours. Text pairs pass WCAG AA (4.5:1) in the default theme.',
  typography: 'Font family, sizes, weights and line heights.',
  space: 'Spacing, in em of the component text.',
  radius: 'Corner radii.',
  border: 'Border widths.',
  focus: 'The keyboard focus ring.',
  size: 'Minimum sizes of interactive targets.',
  elevation: 'Shadows.',
  motion: 'Transition timing.',
};

/** The DTCG document: the default tokens by group, then each theme's changes under `theme`. */
export function toDtcg(): DtcgGroup {
  const document: DtcgGroup = {
    $description:
      'Design tokens of si-catalogue (社会保险领域基层政务公开标准目录 web components). Each token is the CSS custom property --si-<name>; generated from src/styles/tokens.ts and themes.ts.',
  };
  for (const name of tokenNames) {
    const definition = tokenDefinitions[name];
    const group = (document[definition.group] ??= { $description: GROUP_DESCRIPTIONS[definition.group] }) as DtcgGroup;
    group[name] = dtcgToken(name, definition, definition.value, definition.description);
  }
  const themeGroup: DtcgGroup = {
    $description: 'Themes chosen with data-si-theme; each lists only the tokens it changes, by the same names.',
  };
  for (const themeName of THEME_NAMES) {
    const theme = themes[themeName];
    const group: DtcgGroup = { $description: theme.description };
    for (const [name, css] of Object.entries(theme.tokens) as [TokenName, string][]) {
      group[name] = dtcgToken(name, tokenDefinitions[name], css);
    }
    themeGroup[themeName] = group;
  }
  document.theme = themeGroup;
  return document;
}
