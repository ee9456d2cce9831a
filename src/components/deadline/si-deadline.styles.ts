import { css } from 'lit';
import { token } from '../../styles/tokens.js';

/*
 * Every status colour has at least 6.3:1 contrast on white and on the muted surface; the
 * status is also told by its text and by the icon's shape, never by colour alone.
 */
export const deadlineStyles = css`
  :host {
    display: block;
    /* Never smaller than 14px (elder: 18px), even inside a page that sets 12px. */
    font-size: max(1em, ${token('font-size-min')});
    --_gap: var(--si-deadline-gap, ${token('space-s')});
    --_radius: var(--si-deadline-radius, ${token('radius-s')});
  }

  .deadline {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    --_tone: ${token('color-text')};
  }

  .deadline[data-tone='info'] {
    --_tone: var(--si-deadline-info-color, ${token('color-primary')});
  }

  .deadline[data-tone='ok'] {
    --_tone: var(--si-deadline-ok-color, ${token('color-success')});
  }

  .deadline[data-tone='warning'] {
    --_tone: var(--si-deadline-warning-color, ${token('color-warning')});
  }

  .deadline[data-tone='danger'] {
    --_tone: var(--si-deadline-danger-color, ${token('color-danger')});
  }

  p,
  ul,
  dl,
  dd {
    margin: 0;
  }

  .rule {
    display: flex;
    align-items: flex-start;
    gap: ${token('space-xs')};
  }

  .basis,
  .explanation {
    color: ${token('color-text-muted')};
  }

  .icon {
    flex: none;
    display: inline-flex;
    align-items: center;
    block-size: calc(1em * ${token('line-height')});
  }

  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap) ${token('space-l')};
  }

  .status {
    display: inline-flex;
    align-items: flex-start;
    gap: ${token('space-xs')};
    inline-size: fit-content;
    max-inline-size: 100%;
    padding-block: ${token('space-2xs')};
    padding-inline: ${token('space-s')};
    border: ${token('border-width')} solid currentColor;
    border-inline-start-width: ${token('border-width-accent')};
    border-radius: var(--_radius);
    background: var(--si-deadline-status-bg, ${token('color-surface')});
    color: var(--_tone);
    font-weight: bold;
  }

  /* Label beside date while both fit, the date below its label when they do not (320 px in
     the elder theme, or with WCAG 1.4.12 text spacing): never a column wider than the screen. */
  .dates {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2xs')};
  }

  .dates > div {
    display: flex;
    flex-wrap: wrap;
    column-gap: ${token('space-m')};
  }

  .dates dt {
    flex: 0 0 9.5em;
    max-inline-size: 100%;
  }

  /* The same bases on every row, so the rows all sit side by side or all stack, never a mix. */
  .dates dd {
    flex: 1 1 8em;
    min-inline-size: 0;
  }

  .dates dt {
    color: ${token('color-text-muted')};
  }

  .label {
    color: ${token('color-text-muted')};
  }

  .dates .label {
    display: none;
  }

  .mark {
    display: inline-block;
    padding-inline: ${token('space-xs')};
    border: ${token('border-width')} dashed currentColor;
    border-radius: var(--_radius);
    font-weight: bold;
  }

  .note,
  .error {
    padding-block: ${token('space-s')};
    padding-inline: ${token('space-m')};
    border-inline-start: ${token('border-width-accent')} solid var(--_tone);
    border-radius: var(--_radius);
    background: var(--si-deadline-note-bg, ${token('color-surface-muted')});
  }

  .note {
    border-inline-start-color: ${token('color-border')};
  }

  .error {
    color: ${token('color-text')};
  }

  .error-heading {
    display: flex;
    align-items: flex-start;
    gap: ${token('space-xs')};
    color: var(--_tone);
    font-weight: bold;
  }

  .error ul,
  .explanation ul {
    padding-inline-start: 1.5em;
  }

  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }

  .details {
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: var(--_radius);
  }

  summary {
    display: flex;
    align-items: center;
    gap: ${token('space-xs')};
    /* A 44px touch target (适老化). */
    min-block-size: max(${token('target-size')}, 44px);
    padding-inline: ${token('space-m')};
    border-radius: var(--_radius);
    color: ${token('color-link')};
    cursor: pointer;
    list-style: none;
  }

  summary::-webkit-details-marker {
    display: none;
  }

  summary::before {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-block-end: 0.15em solid currentColor;
    border-inline-end: 0.15em solid currentColor;
    transform: rotate(-45deg);
    transition: transform ${token('motion-duration')};
  }

  .details[open] summary::before {
    transform: rotate(45deg);
  }

  summary:hover {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .explanation {
    display: flex;
    flex-direction: column;
    gap: ${token('space-xs')};
    padding-block: 0 ${token('space-m')};
    padding-inline: ${token('space-m')};
  }

  time {
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .status,
    .mark,
    .details {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }

    .note,
    .error {
      border: ${token('border-width')} solid CanvasText;
      border-inline-start-width: ${token('border-width-accent')};
      background: Canvas;
      color: CanvasText;
    }

    .error-heading,
    .basis,
    .explanation,
    .dates dt,
    .label {
      color: CanvasText;
    }

    summary {
      color: LinkText;
    }

    summary::before {
      forced-color-adjust: none;
      border-color: LinkText;
    }
  }

  @media print {
    .status,
    .note,
    .error {
      background: none;
    }

    summary::before {
      display: none;
    }
  }
`;
