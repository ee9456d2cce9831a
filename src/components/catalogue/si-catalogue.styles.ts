import { css } from 'lit';
import { token } from '../../styles/tokens.js';
import { catalogueCardsStyles } from './catalogue-cards.styles.js';
import { cataloguePrintStyles } from './catalogue-print.styles.js';
import { catalogueTableStyles } from './catalogue-table.styles.js';
import { catalogueToolbarStyles } from './catalogue-toolbar.styles.js';

const baseStyles = css`
  :host {
    display: block;
    /* In a flex or grid layout the element may be narrower than its table, which then scrolls
       inside its region (or becomes cards) instead of widening the page. */
    min-inline-size: 0;
    /* Never below --si-font-size-min (14px; 18px in the elder theme), even under a CMS theme's
       html { font-size: 62.5% }, like the other components. */
    font-size: max(var(--si-catalogue-font-size, ${token('font-size-body')}), ${token('font-size-min')});
    --_small: max(${token('font-size-small')}, ${token('font-size-min')});
  }

  .width-probe {
    block-size: 0;
    overflow: hidden;
  }

  /* Skip link: shown only while focused; its target, the end of the catalogue, is never shown
     (kept in the flow, not absolutely positioned, so focusing it does not scroll elsewhere). */
  .skip-link:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .skip-link:focus {
    display: inline-flex;
    align-items: center;
    min-block-size: ${token('target-size')};
    margin-block-end: ${token('space-s')};
    padding-inline: ${token('space-m')};
    border: ${token('border-width')} solid currentColor;
    border-radius: ${token('radius-s')};
    background: ${token('color-surface')};
  }

  /* Read by screen readers and focusable from script, never seen. */
  .catalogue-end,
  .top-marker {
    display: block;
    inline-size: 1px;
    block-size: 1px;
    margin-block-start: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Inputs and buttons, everywhere */
  input,
  select,
  button {
    font: inherit;
    color: inherit;
    min-block-size: ${token('target-size')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-s')};
    background: ${token('color-surface')};
    padding-inline: ${token('space-s')};
  }

  input {
    inline-size: 100%;
  }

  button {
    cursor: pointer;
    padding-inline: ${token('space-m')};
  }

  button.primary {
    background: ${token('color-primary')};
    border-color: ${token('color-primary')};
    color: ${token('color-on-primary')};
  }

  /* Line icons in buttons (the 筛选 and 详情 chevrons), drawn with the text colour. */
  .line-icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  /* Shared by the table and the cards */
  tbody tr:target,
  tbody tr.highlighted,
  .card.highlighted {
    outline: 3px solid ${token('color-focus')};
    outline-offset: -3px;
    background: var(--si-catalogue-highlight-bg, ${token('color-highlight')});
  }

  /* The sticky 序号 and 二级事项 cells carry their row's highlight. */
  tbody tr.highlighted :is(.cell-seq, .cell-name) {
    background: inherit;
  }

  .content-list,
  .basis-list {
    margin: 0;
    padding-inline-start: 1.2em;
  }

  .content-list li + li,
  .basis-list li + li {
    margin-block-start: ${token('space-2xs')};
  }

  .tick {
    font-size: 1.25em;
    color: var(--si-catalogue-tick-color, ${token('color-primary')});
  }

  mark {
    background: var(--si-catalogue-mark-bg, ${token('color-mark')});
    color: inherit;
    padding: 0;
  }

  a {
    color: ${token('color-link')};
  }

  /* A name that looks like text with a dotted underline. Reset property by property, not with
     "all: unset": that would also remove the shared :focus-visible ring declared before it. */
  .item-button {
    display: inline;
    min-block-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: ${token('radius-s')};
    background: none;
    font: inherit;
    color: inherit;
    text-align: start;
    cursor: pointer;
    text-decoration: underline dotted;
    text-underline-offset: 0.25em;
  }

  /* Item names as targets: a box of at least target-size-min (24 px; 44 px in the elder theme),
     whose text still wraps inside it. */
  .cell-name a,
  .cell-name .item-button,
  .card-heading a,
  .card-heading .item-button {
    /* inline-block, not flex: search marks inside a name must stay inline, or the accessible
       name breaks into words (企业 社会保险 登记). */
    display: inline-block;
    min-block-size: ${token('target-size-min')};
    min-inline-size: ${token('target-size-min')};
    max-inline-size: 100%;
  }

  /* States */
  .message {
    padding: ${token('space-l')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-m')};
    background: ${token('color-surface')};
    /* URLs in error messages and the static-table notice wrap on a phone. */
    overflow-wrap: anywhere;
  }

  .message.notice {
    margin-block-end: ${token('space-s')};
  }

  .message.error {
    border-color: var(--si-catalogue-error-color, ${token('color-danger')});
    border-inline-start-width: 0.375em;
  }

  .message p {
    margin: 0 0 ${token('space-s')};
    font-size: 1em;
  }

  .message ul {
    margin: 0 0 ${token('space-s')};
    font-family: ui-monospace, monospace;
    font-size: var(--_small);
  }

  .skeleton-row {
    block-size: 2.5em;
    margin-block: ${token('space-s')};
    border-radius: ${token('radius-s')};
    background: linear-gradient(90deg, ${token('color-skeleton')} 25%, ${token('color-surface-muted')} 50%, ${token('color-skeleton')} 75%);
    background-size: 200% 100%;
    animation: shimmer 1.4s linear infinite;
  }

  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }

  ::slotted([slot='detail']) {
    display: block;
    margin-block-start: ${token('space-m')};
  }

  .more {
    display: flex;
    justify-content: center;
    padding: ${token('space-m')};
  }

  /* 适老化 (simplified chrome): a still placeholder instead of a shimmer. */
  :host([data-si-applied-theme~='elder']) .skeleton-row {
    animation: none;
  }

  @media (forced-colors: active) {
    thead th {
      border-color: CanvasText;
    }

    mark {
      background: Highlight;
      color: HighlightText;
    }

    tbody tr.highlighted,
    .card.highlighted {
      outline-color: Highlight;
    }

    .back-to-top button,
    .group-jump,
    .card-toggle {
      border: 2px solid ButtonText;
    }
  }
`;

/** Every style of `<si-catalogue>` but the search aids': base, toolbar, table, cards, print. */
export const catalogueStyles = [baseStyles, catalogueToolbarStyles, catalogueTableStyles, catalogueCardsStyles, cataloguePrintStyles];
