import { css } from 'lit';
import { token } from '../../styles/tokens.js';

/** The search help text, 常用查询 chips, the order switch and the no-match message. */
export const catalogueSearchStyles = css`
  .search-help {
    margin: 0;
    font-size: ${token('font-size-small')};
    color: ${token('color-text-muted')};
  }

  .search-aids {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${token('space-s')};
    margin-block-end: ${token('space-m')};
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-xs')};
  }

  .chips ul {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-xs')};
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .chip {
    border-radius: 999px;
    padding-inline: ${token('space-s')};
  }

  .chip[aria-pressed='true'] {
    background: ${token('color-primary')};
    border-color: ${token('color-primary')};
    color: ${token('color-on-primary')};
  }

  .order {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-s')};
  }

  .order-note {
    color: ${token('color-text-muted')};
  }

  .closest {
    margin-block: 0 ${token('space-s')};
    padding-inline-start: 1.5em;
  }

  .link-button {
    min-block-size: ${token('target-size')};
    padding-inline: 0;
    border: none;
    background: none;
    color: ${token('color-link')};
    text-decoration: underline;
    text-align: start;
  }

  @media (forced-colors: active) {
    .chip[aria-pressed='true'] {
      border: 2px solid Highlight;
    }
  }
`;
