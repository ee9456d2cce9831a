import { css, unsafeCSS } from 'lit';
import { APPLIED_THEME_ATTRIBUTE, INHERITED_THEME_ATTRIBUTE } from './themes.js';
import { token } from './tokens.js';

/** `:host` in the elder theme, unless an enclosing si-* element already applies it. */
const elderHost = unsafeCSS(`:host([${APPLIED_THEME_ATTRIBUTE}~="elder"]:not([${INHERITED_THEME_ATTRIBUTE}]))`);

/**
 * Styles every component starts from, including the `.visually-hidden` utility class.
 *
 * Government CMS pages commonly set 宋体 12pt, `line-height`, `letter-spacing` and a 2em
 * `text-indent` on every `div`/`td`; those inherit into shadow DOM, so they are reset at
 * `:host`. The font size is left to inherit so the host page's base size scales us, except in
 * the elder theme, which sets at least 18 px.
 */
export const hostStyles = css`
  :host {
    box-sizing: border-box;
    font-family: ${token('font-family')};
    line-height: ${token('line-height')};
    color: ${token('color-text')};
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    font-style: normal;
    font-weight: ${token('font-weight-normal')};
    font-variant: normal;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  /* Text for screen readers only: kept in the accessibility tree, not drawn. */
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  ::placeholder {
    color: ${token('color-text-muted')};
    opacity: 1;
  }

  /* 适老化: large text and generous lines in every element, whatever the page sets. */
  ${elderHost} {
    font-size: max(${token('font-size-body')}, ${token('font-size-min')});
    line-height: max(${token('line-height')}, 1.5);
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --si-motion-duration: 0ms;
    }

    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
      animation-iteration-count: 1 !important;
    }
  }

  @media (forced-colors: active) {
    :host {
      --si-elevation-1: none;
      --si-elevation-2: none;
    }
  }
`;

/** The focus ring every interactive part uses; visible in every theme and in forced colours. */
export const focusRingStyles = css`
  :focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    outline-offset: ${token('focus-ring-offset')};
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
