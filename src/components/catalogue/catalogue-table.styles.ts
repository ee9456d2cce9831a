import { css } from 'lit';
import { token } from '../../styles/tokens.js';

/**
 * The table. Its columns are sized in em so that all fourteen fit in 48em of the element (the
 * width below which `view="auto"` shows cards), ticks in narrow columns under upright headers: a
 * desktop column of 800 px shows every column without sideways scrolling, and the header rows
 * stick to the top of the page while the rows scroll past (`--si-catalogue-sticky-top` leaves
 * room for a portal's own fixed header). Narrower (a forced `view="table"`), the region becomes
 * a box one screen tall that scrolls both ways: its horizontal scrollbar is on screen, the
 * headers stick to its top and 序号 and 二级事项 to its start.
 */
export const catalogueTableStyles = css`
  .table-wrap {
    container-type: inline-size;
  }

  .region {
    /* Contains the absolutely positioned screen-reader texts, which would otherwise widen the page. */
    position: relative;
    overflow: auto;
    max-inline-size: 100%;
    max-block-size: calc(100vh - var(--si-catalogue-sticky-top, 0px));
    /* The visible height on phones, whose browser bars come and go (older browsers keep vh). */
    max-block-size: calc(100dvh - var(--si-catalogue-sticky-top, 0px));
    border: ${token('border-width')} solid var(--si-catalogue-border-color, ${token('color-border')});
  }

  @container (min-width: 48em) {
    .region {
      overflow: visible;
      max-block-size: none;
      border: none;
    }
  }

  /* Fixed layout with column widths in em: the browser sizes columns once from these instead
     of measuring every cell, which was most of the first render's cost. Separate borders:
     collapsed borders do not move with sticky header cells. */
  table {
    inline-size: 100%;
    table-layout: fixed;
    border-collapse: separate;
    border-spacing: 0;
    background: ${token('color-surface')};
    border-block-start: ${token('border-width')} solid var(--si-catalogue-border-color, ${token('color-border')});
    border-inline-start: ${token('border-width')} solid var(--si-catalogue-border-color, ${token('color-border')});
  }

  .col-seq {
    inline-size: 2.25em;
  }

  .col-group {
    inline-size: 4em;
  }

  .col-name {
    inline-size: 5.75em;
  }

  .col-list {
    inline-size: 7.75em;
  }

  .col-basis {
    inline-size: 6.75em;
  }

  .col-deadline {
    inline-size: 4.25em;
  }

  .col-text {
    inline-size: 4em;
  }

  .col-channels {
    inline-size: 4.75em;
  }

  .col-tick {
    inline-size: 1.5em;
  }

  /* Start-aligned: in a narrow scrolling region a centred title would sit off-screen. */
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
    padding: 0.375em 0.3em;
    border-inline-end: ${token('border-width')} solid var(--si-catalogue-border-color, ${token('color-border')});
    border-block-end: ${token('border-width')} solid var(--si-catalogue-border-color, ${token('color-border')});
    vertical-align: top;
    text-align: start;
    font-weight: normal;
  }

  /* Long URLs and unbroken words wrap inside their fixed-width column instead of running into the next. */
  td,
  th {
    overflow-wrap: anywhere;
  }

  thead {
    position: sticky;
    inset-block-start: var(--si-catalogue-sticky-top, 0px);
    z-index: 2;
  }

  thead th {
    background: var(--si-catalogue-header-bg, ${token('color-primary')});
    color: var(--si-catalogue-header-color, ${token('color-on-primary')});
    font-weight: bold;
    text-align: center;
    vertical-align: middle;
    border-color: var(--si-catalogue-header-border-color, ${token('color-surface')});
    padding-inline: 0.25em;
  }

  /* 全社会, 特定群众, 主动…: upright characters in a column, as Chinese tables print them. */
  thead .head-tick {
    writing-mode: vertical-rl;
    text-orientation: mixed;
    /* The column is 1.5em: one line of upright characters at the 1.5 line height 适老化 asks for. */
    line-height: 1.5;
    padding-block: 0;
    padding-inline: 0.2em;
    /* Logical sizes turn with the writing mode: this is its height, for 依申请公开 in one column. */
    inline-size: 5.6em;
  }

  .cell-seq,
  .cell-tick {
    text-align: center;
    padding-inline: 0;
    white-space: nowrap;
  }

  .cell-group {
    font-weight: bold;
    background: var(--si-catalogue-group-bg, ${token('color-primary-subtle')});
  }

  .cell-name {
    font-weight: bold;
  }

  /* While the region scrolls sideways, 序号 and 二级事项 stay at its start. */
  .cell-seq,
  .head-seq,
  .cell-name,
  .head-name {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
  }

  .cell-seq,
  .cell-name {
    background: ${token('color-surface')};
  }

  .with-seq .cell-name,
  .with-seq .head-name {
    inset-inline-start: 2.25em;
  }

  /* Citations, the deadline wording, the subject and the channels in small type: the narrow
     columns then need fewer lines. */
  .cell-basis,
  .cell-deadline,
  .cell-text,
  .cell-channels {
    font-size: var(--_small);
  }

  /* In a narrow column the channels read as a list of lines, each with its icon, not as pills. */
  .cell-channels .list,
  .cell-channels .list[data-size='s'] {
    margin: 0;
    font-size: inherit;
  }

  .cell-channels .badge {
    display: block;
    margin: 0 0 ${token('space-2xs')};
    border: none;
    background: none;
  }

  .cell-channels .content {
    padding: 0;
  }

  .tick {
    font-size: 1.1em;
  }
`;
