import { css } from 'lit';
import { token } from '../../styles/tokens.js';

/*
 * Sizes are in em of the card's font size, which defaults to 1rem (16px unless the reader
 * enlarged it), so the card follows browser text zoom and never inherits a CMS's 12pt body.
 * Small text never drops below --si-font-size-min (14px; 18px in the elder theme). Colours all have at least 4.5:1 contrast on their
 * backgrounds; meaning is always carried by text, never by colour alone.
 */
export const itemCardStyles = css`
  :host {
    display: block;
    font-size: max(var(--si-item-card-font-size, ${token('font-size-body')}), ${token('font-size-min')});
    --_muted: var(--si-item-card-muted-color, ${token('color-text-muted')});
    --_border: var(--si-item-card-border-color, ${token('color-border')});
    --_gap: var(--si-item-card-gap, ${token('space-m')});
    --_small: max(${token('font-size-small')}, ${token('font-size-min')});
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    padding: var(--si-item-card-padding, ${token('space-l')});
    border: ${token('border-width')} solid var(--_border);
    border-block-start: ${token('border-width-accent')} solid var(--si-item-card-accent-color, ${token('color-primary')});
    border-radius: var(--si-item-card-radius, ${token('radius-m')});
    background: var(--si-item-card-bg, ${token('color-surface')});
    color: var(--si-item-card-color, ${token('color-text')});
    box-shadow: var(--si-item-card-shadow, ${token('elevation-1')});
    overflow-wrap: anywhere;
  }

  .card[data-variant='compact'] {
    --_gap: var(--si-item-card-gap, ${token('space-s')});
    padding: var(--si-item-card-padding, ${token('space-m')});
  }

  p,
  ul,
  dl,
  dd,
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
  }

  [hidden] {
    display: none !important;
  }

  /*
   * Heading: the eyebrow (序号 · 一级事项) above the item name, both inside the heading. The
   * heading keeps the card's size so the eyebrow's small text is relative to the body text.
   */
  .heading {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2xs')};
    font-size: inherit;
    font-weight: ${token('font-weight-normal')};
    line-height: ${token('line-height-tight')};
    color: var(--si-item-card-heading-color, ${token('color-text')});
  }

  .name {
    font-size: var(--si-item-card-heading-size, ${token('font-size-heading')});
    font-weight: ${token('font-weight-bold')};
  }

  .card[data-variant='compact'] .name {
    font-size: var(--si-item-card-heading-size, ${token('font-size-large')});
  }

  .eyebrow {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: ${token('space-xs')};
    font-size: var(--_small);
    color: var(--_muted);
  }

  .link,
  .item-button {
    color: var(--si-item-card-link-color, ${token('color-link')});
    text-decoration: underline;
    text-underline-offset: 0.2em;
    border-radius: ${token('radius-s')};
  }

  .link:hover,
  .item-button:hover {
    text-decoration-thickness: 2px;
  }

  /* The name is a target of at least target-size-min (24 px; elder 44 px), its text wrapping inside. */
  .link,
  .item-button {
    /* inline-block, not flex: search marks inside a name must stay inline, or the accessible
       name breaks into words (企业 社会保险 登记). */
    display: inline-block;
    min-block-size: ${token('target-size-min')};
    min-inline-size: ${token('target-size-min')};
    max-inline-size: 100%;
  }

  .item-button {
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .local {
    align-self: flex-start;
    padding-inline: ${token('space-s')};
    border: ${token('border-width')} dashed var(--_border);
    border-radius: ${token('radius-pill')};
    font-size: var(--_small);
  }

  /* Labelled fields (variant="full"): label beside value, stacked when narrow. */
  .fields {
    display: flex;
    flex-direction: column;
    gap: ${token('space-s')};
  }

  .field {
    display: flex;
    flex-wrap: wrap;
    column-gap: ${token('space-m')};
    row-gap: ${token('space-2xs')};
  }

  .field dt {
    flex: 0 0 7em;
    font-weight: ${token('font-weight-bold')};
    color: var(--_muted);
  }

  .field dd {
    flex: 1 1 16em;
    min-inline-size: 0;
  }

  .list {
    padding-inline-start: 1.25em;
  }

  .list li + li {
    margin-block-start: ${token('space-2xs')};
  }

  /* Compact: 公开内容 as one wrapped line of entries. */
  .inline-list {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2xs')} ${token('space-s')};
    padding: 0;
    list-style: none;
  }

  .separator {
    color: var(--_muted);
  }

  .inline-label {
    font-weight: ${token('font-weight-bold')};
    color: var(--_muted);
  }

  /* Chips: 公开对象 / 公开方式 / 公开层级, each a label and its value in words. */
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-s')};
    padding: 0;
    list-style: none;
    font-size: var(--_small);
  }

  .chip {
    display: inline-flex;
    max-inline-size: 100%;
    border: ${token('border-width')} solid var(--si-item-card-chip-border-color, var(--_border));
    border-radius: var(--si-item-card-chip-radius, ${token('radius-pill')});
    background: var(--si-item-card-chip-bg, ${token('color-surface-muted')});
    color: var(--si-item-card-chip-color, ${token('color-text')});
    line-height: ${token('line-height-tight')};
    overflow: hidden;
  }

  .chip-label,
  .chip-value {
    padding-block: ${token('space-2xs')};
    padding-inline: ${token('space-s')};
  }

  .chip-label {
    border-inline-end: ${token('border-width')} solid var(--si-item-card-chip-border-color, var(--_border));
    background: var(--si-item-card-chip-label-bg, ${token('color-surface')});
    font-weight: ${token('font-weight-bold')};
  }

  .chip[data-empty] .chip-value {
    font-style: italic;
    color: var(--_muted);
  }

  .deadline-text {
    margin: 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-s')};
  }

  /* A link or button the page puts in the actions slot gets the theme's target size too
     (44 × 44 px in the elder theme); the page's own styles still win where they set one. */
  ::slotted([slot='actions']) {
    display: inline-flex;
    align-items: center;
    min-block-size: ${token('target-size-min')};
    min-inline-size: ${token('target-size-min')};
  }

  .footer {
    padding-block-start: ${token('space-s')};
    border-block-start: ${token('border-width')} solid var(--_border);
    font-size: var(--_small);
    color: var(--_muted);
  }

  /* An item that cannot be shown: a visible message, never an empty box. */
  .message {
    display: flex;
    flex-direction: column;
    gap: ${token('space-xs')};
    padding: ${token('space-m')};
    border: ${token('border-width')} solid var(--_border);
    border-inline-start: ${token('border-width-accent')} solid var(--si-item-card-message-color, ${token('color-danger')});
    border-radius: var(--si-item-card-radius, ${token('radius-m')});
    background: var(--si-item-card-message-bg, ${token('color-surface-muted')});
    color: ${token('color-text')};
  }

  .message-title {
    font-weight: ${token('font-weight-bold')};
  }

  .message-icon {
    display: inline-flex;
    vertical-align: -0.15em;
    margin-inline-end: ${token('space-xs')};
    color: var(--si-item-card-message-color, ${token('color-danger')});
  }

  @media (forced-colors: active) {
    .card,
    .message,
    .chip,
    .chip-label,
    .footer,
    .local {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }

    .link {
      color: LinkText;
    }

    .item-button {
      color: ButtonText;
    }

    .message-icon {
      color: CanvasText;
    }
  }

  @media print {
    .card,
    .chip,
    .chip-label,
    .message {
      background: none;
    }
  }
`;
