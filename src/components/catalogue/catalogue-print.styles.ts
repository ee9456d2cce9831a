import { css } from 'lit';

/**
 * Paper: the full table on A4 portrait with every column on the page (compact 8.5pt type, the
 * columns' em widths then fit 180 mm), the header rows repeated on each page, no row cut in two,
 * and the title with the date of printing on top. Screen-only controls are left out; open cards
 * and closed ones alike print their details.
 */
const rules = css`
  .toolbar,
  .search-aids,
  .group-index,
  .back-to-top,
  .card-toggle,
  .skip-link,
  .more,
  .no-print {
    display: none !important;
  }

  .print-only {
    display: block !important;
  }

  .print-date {
    margin: 0 0 0.5em;
    font-size: 9pt;
  }

  .region {
    overflow: visible !important;
    max-block-size: none !important;
    border: none !important;
  }

  table {
    font-size: 8.5pt !important;
  }

  /* One size on paper: the screen's small type has a 14 px floor, too large here. */
  .cell-basis,
  .cell-deadline,
  .cell-text,
  .cell-channels {
    font-size: 1em;
  }

  thead {
    position: static;
    display: table-header-group;
  }

  .cell-seq,
  .head-seq,
  .cell-name,
  .head-name {
    position: static;
  }

  /* Each cell unbroken, so a row moves to the next page whole (break-inside on the rows does
     not do it: Chrome then moves the first row of a group, with its spanning 一级事项 cell, away
     from a page it would fit on). */
  td,
  th[scope='row'],
  .card {
    break-inside: avoid;
  }

  caption {
    padding: 0 0 0.25em;
    font-size: 13pt;
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

  .card-details[hidden] {
    display: grid !important;
    content-visibility: visible !important;
  }
`;

export const cataloguePrintStyles = css`
  .print-only {
    display: none;
  }

  @media print {
    ${rules}
  }

  /* The print layout on screen, for previews (Storybook): data-si-print-preview on the element
     (CSS nesting: each rule applies inside it). */
  :host([data-si-print-preview]) {
    ${rules}
  }
`;
