import { APPLIED_THEME_ATTRIBUTE, INHERITED_THEME_ATTRIBUTE, THEME_NAMES, type ThemeName } from '../styles/themes.js';
import { AncestorAttributesController, closestAcrossShadows } from './ancestors.js';
import { devWarn } from './warn.js';

/** The attribute a page sets on any ancestor (or the element) to choose themes. */
const THEME_ATTRIBUTE = 'data-si-theme';

const known = new Set<string>(THEME_NAMES);

/** The known theme names in a `data-si-theme` value, in order, without `default` or repeats. */
export function parseThemes(value: string | null | undefined): ThemeName[] {
  const names: ThemeName[] = [];
  for (const name of (value ?? '').toLowerCase().split(/[\s,]+/)) {
    if (name === '' || name === 'default') continue;
    if (!known.has(name)) {
      devWarn(`unknown theme "${name}" in data-si-theme; known themes: ${THEME_NAMES.join(', ')}.`);
      continue;
    }
    if (!names.includes(name as ThemeName)) names.push(name as ThemeName);
  }
  return names;
}

/** Whether an element is an si-* element of any copy of this library. */
function isSiElement(element: Element): boolean {
  return (element.constructor as { siVersion?: unknown }).siVersion !== undefined;
}

/**
 * Applies the theme of the nearest `[data-si-theme]` (the element itself or any ancestor,
 * across shadow roots) inside the element's shadow root, and follows changes.
 *
 * It reflects the theme names into `data-si-applied-theme` on the host, which the shared
 * theme rules select with `:host([data-si-applied-theme~="…"])`: no stylesheet is ever added
 * to the page. When the theme comes from outside an enclosing si-* element (a badge inside the
 * catalogue), it also sets `data-si-theme-inherited`, so the inner element inherits the tokens
 * the outer one set instead of setting them again.
 *
 * It never asks the host to render again: the themes are applied by those host attributes and
 * the stylesheets alone, and no template reads them (`themes` and `has()` are for code that
 * needs to know, read when it runs).
 */
export class ThemeController extends AncestorAttributesController {
  /** The themes in effect, in the order given; empty for the default theme. */
  themes: readonly ThemeName[] = [];

  /** Whether a theme is in effect (`has('elder')`). */
  has(theme: ThemeName): boolean {
    return this.themes.includes(theme);
  }

  protected readonly refresh = (): void => {
    const source = closestAcrossShadows(this.host, `[${THEME_ATTRIBUTE}]`);
    const themes = parseThemes(source?.getAttribute(THEME_ATTRIBUTE));
    const inherited = source !== null && source !== this.host && this.enclosingSiElementBelow(source);
    const value = themes.join(' ');
    const host = this.host;
    if (value === '') host.removeAttribute(APPLIED_THEME_ATTRIBUTE);
    else if (host.getAttribute(APPLIED_THEME_ATTRIBUTE) !== value) host.setAttribute(APPLIED_THEME_ATTRIBUTE, value);
    host.toggleAttribute(INHERITED_THEME_ATTRIBUTE, inherited && value !== '');
    this.themes = themes;
  };

  /**
   * Whether the shadow-root boundaries between the host and `source` include an si-* element's
   * (the host is inside that element's shadow root, and the theme comes from the element or
   * from outside it).
   */
  private enclosingSiElementBelow(source: Element): boolean {
    const sourceRoot = source.getRootNode();
    let root = this.host.getRootNode();
    while (root instanceof ShadowRoot && root !== sourceRoot) {
      if (isSiElement(root.host)) return true;
      root = root.host.getRootNode();
    }
    return false;
  }
}
