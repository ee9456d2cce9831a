import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const catalogueStyles = css`
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

  .catalogue-end {
    display: block;
    inline-size: 1px;
    block-size: 1px;
    margin-block-start: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Toolbar */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: ${token('space-m')};
    margin-block-end: ${token('space-m')};
    padding: ${token('space-m')};
    border: ${token('border-width')} solid var(--si-catalogue-border-color, ${token('color-border')});
    border-radius: ${token('radius-m')};
    background: var(--si-catalogue-toolbar-bg, ${token('color-surface-muted')});
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2xs')};
    min-inline-size: 10em;
    flex: 1 1 10em;
  }

  .field.search {
    flex: 3 1 16em;
  }

  .field label {
    font-size: var(--_small);
    font-weight: bold;
  }

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

  .toolbar-end {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-s')};
    flex: 1 1 100%;
  }

  .count {
    margin-inline-end: auto;
    font-weight: bold;
  }

  /* Table */
  .region {
    /* Contains the absolutely positioned screen-reader texts, which would otherwise widen the page. */
    position: relative;
    overflow-x: auto;
    max-inline-size: 100%;
    border: ${token('border-width')} solid var(--si-catalogue-border-color, ${token('color-border')});
  }

  /* Fixed layout with column widths in em: the browser sizes columns once from these instead
     of measuring every cell, which was most of the first render's cost. */
  table {
    inline-size: 100%;
    table-layout: fixed;
    border-collapse: collapse;
    background: ${token('color-surface')};
  }

  .col-seq {
    inline-size: 3.25em;
  }

  .col-group {
    inline-size: 5.5em;
  }

  .col-name {
    inline-size: 8em;
  }

  .col-list {
    inline-size: 11em;
  }

  .col-basis {
    inline-size: 12.5em;
  }

  .col-deadline {
    inline-size: 7.5em;
  }

  .col-text {
    inline-size: 6.5em;
  }

  .col-channels {
    inline-size: 9.5em;
  }

  .col-tick {
    inline-size: 4.5em;
  }

  /* Start-aligned: the table is often wider than its scrolling region, and a centred title
     would sit off-screen. */
  caption {
    caption-side: top;
    padding: ${token('space-m')};
    font-size: var(--si-catalogue-caption-size, ${token('font-size-heading')});
    font-weight: bold;
    text-align: start;
    color: var(--si-catalogue-caption-color, ${token('color-text')});
  }

  th,
  td {
    padding: ${token('space-s')};
    border: ${token('border-width')} solid var(--si-catalogue-border-color, ${token('color-border')});
    vertical-align: top;
    text-align: start;
    font-weight: normal;
  }

  /* Long URLs and unbroken words wrap inside their fixed-width column instead of running into the next. */
  td {
    overflow-wrap: anywhere;
  }

  thead th {
    background: var(--si-catalogue-header-bg, ${token('color-primary')});
    color: var(--si-catalogue-header-color, ${token('color-on-primary')});
    font-weight: bold;
    text-align: center;
    vertical-align: middle;
    border-color: var(--si-catalogue-header-border-color, ${token('color-surface')});
  }

  .cell-seq,
  .cell-tick {
    text-align: center;
    white-space: nowrap;
  }

  .cell-group {
    font-weight: bold;
    background: var(--si-catalogue-group-bg, ${token('color-primary-subtle')});
  }

  .cell-name {
    font-weight: bold;
  }






  tbody tr:target,
  tbody tr.highlighted,
  .card.highlighted {
    outline: 3px solid ${token('color-focus')};
    outline-offset: -3px;
    background: var(--si-catalogue-highlight-bg, ${token('color-highlight')});
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

  /* Cards */
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: ${token('space-m')};
  }

  .cards-title {
    margin: 0 0 ${token('space-m')};
    font-size: var(--si-catalogue-caption-size, ${token('font-size-heading')});
    text-align: center;
  }

  .card {
    position: relative;
    border: ${token('border-width')} solid var(--si-catalogue-border-color, ${token('color-border')});
    border-radius: ${token('radius-m')};
    padding: ${token('space-m')};
    background: ${token('color-surface')};
    box-shadow: var(--si-catalogue-card-shadow, ${token('elevation-1')});
  }

  .card-heading {
    margin: 0 0 ${token('space-s')};
    font-size: ${token('font-size-large')};
    font-weight: bold;
  }

  .card-group {
    display: block;
    font-size: var(--_small);
    color: ${token('color-text-muted')};
    font-weight: normal;
  }

  .card dl {
    display: grid;
    grid-template-columns: minmax(5em, max-content) 1fr;
    gap: ${token('space-xs')} ${token('space-m')};
    margin: 0;
  }

  .card dt {
    font-weight: bold;
    color: ${token('color-text-muted')};
  }

  .card dd {
    margin: 0;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  @container (max-width: 24em) {
    .card dl {
      grid-template-columns: 1fr;
    }
  }

  .cards-host {
    container-type: inline-size;
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
  }

  @media print {
    .toolbar,
    .more,
    .no-print {
      display: none !important;
    }

    .region {
      overflow: visible;
      border: none;
    }

    thead {
      display: table-header-group;
    }

    tr,
    .card {
      break-inside: avoid;
    }

    thead th {
      background: none;
      color: black;
      border-color: black;
    }

    th,
    td {
      border-color: black;
    }
  }
`;
