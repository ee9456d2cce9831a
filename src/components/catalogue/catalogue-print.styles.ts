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

  tr,
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
