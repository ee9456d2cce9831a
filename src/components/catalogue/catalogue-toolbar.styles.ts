import { css } from 'lit';
import { token } from '../../styles/tokens.js';

/**
 * The toolbar: the search box first and full width, then the count (and on narrow widths the
 * 筛选 button), then the filters with 清除筛选 and the secondary export. On a narrow element
 * (`data-narrow`: the width that shows cards) the filters fold behind the 筛选 button.
 */
export const catalogueToolbarStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: ${token('space-s')} ${token('space-m')};
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
    flex: 1 1 100%;
  }

  .field label {
    font-size: var(--_small);
    font-weight: bold;
  }

  .field-note {
    margin: 0;
    font-size: var(--_small);
    color: ${token('color-text-muted')};
  }

  .toolbar-summary,
  .filters,
  .toolbar-end {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-s')} ${token('space-m')};
    flex: 1 1 100%;
  }

  .filters {
    align-items: start;
  }

  .toolbar-end {
    justify-content: end;
  }

  .count {
    margin-inline-end: auto;
    font-weight: bold;
  }

  .filters-toggle {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-xs')};
  }

  .filters-toggle[aria-expanded='true'] {
    background: ${token('color-primary-subtle')};
    border-color: ${token('color-primary')};
  }

  .toolbar[data-narrow] .filters:not([data-open]) {
    display: none;
  }

  .toolbar[data-narrow] .filters .field {
    flex-basis: 100%;
  }

  .toolbar[data-narrow] .toolbar-end {
    justify-content: start;
  }
`;
