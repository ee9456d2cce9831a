import { css } from 'lit';
import { token } from './tokens.js';

/**
 * Styles every component starts from.
 *
 * Government CMS pages commonly set 宋体 12pt, `line-height`, `letter-spacing` and a 2em
 * `text-indent` on every `div`/`td`; those inherit into shadow DOM, so they are reset at
 * `:host`. The font size is left to inherit so the host page's base size scales us.
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
    font-weight: normal;
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

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
    }
  }
`;

/** The focus ring every interactive part uses; visible in every theme and in forced colours. */
export const focusRingStyles = css`
  :focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    outline-offset: ${token('focus-ring-offset')};
  }
`;
