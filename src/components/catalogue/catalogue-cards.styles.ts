import { css } from 'lit';
import { token } from '../../styles/tokens.js';

/**
 * The compact cards, the group index above them, and the back-to-top control. A card is its
 * name and one summary line until its details are opened.
 */
export const catalogueCardsStyles = css`
  .cards-host {
    container-type: inline-size;
  }

  .cards-title {
    margin: 0 0 ${token('space-s')};
    font-size: var(--si-catalogue-caption-size, ${token('font-size-heading')});
    text-align: center;
    text-wrap: balance;
  }

  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: ${token('space-s')};
  }

  .card {
    position: relative;
    border: ${token('border-width')} solid var(--si-catalogue-border-color, ${token('color-border')});
    border-radius: ${token('radius-m')};
    padding: ${token('space-s')} ${token('space-m')};
    background: ${token('color-surface')};
    box-shadow: var(--si-catalogue-card-shadow, ${token('elevation-1')});
    /* A jump from the group index puts the card below a portal's fixed header, if any. */
    scroll-margin-block-start: var(--si-catalogue-sticky-top, 0px);
  }

  .card:focus {
    outline: none;
  }

  .card:focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    outline-offset: 2px;
  }

  .card-heading {
    margin: 0;
    font-size: ${token('font-size-large')};
    font-weight: bold;
    line-height: ${token('line-height-tight')};
  }

  .card-group {
    display: block;
    font-size: var(--_small);
    color: ${token('color-text-muted')};
    font-weight: normal;
  }

  .card-summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-s')};
    margin-block-start: ${token('space-2xs')};
  }

  .card-channels {
    display: flex;
    gap: ${token('space-s')};
    margin: 0;
    padding: 0;
    list-style: none;
    color: ${token('color-primary')};
  }

  .card-channels li {
    display: inline-flex;
  }

  .card-summary .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  .card-level {
    padding-inline: ${token('space-s')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: 999px;
    font-size: var(--_small);
  }

  .card-toggle {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-xs')};
    margin-inline-start: auto;
    padding-inline: ${token('space-s')};
  }

  .card-toggle[aria-expanded='true'] .line-icon {
    transform: rotate(180deg);
  }

  .card-details:not([hidden]) {
    display: grid;
    grid-template-columns: minmax(5em, max-content) 1fr;
    gap: ${token('space-xs')} ${token('space-m')};
    margin: ${token('space-s')} 0 ${token('space-2xs')};
    padding-block-start: ${token('space-s')};
    border-block-start: ${token('border-width')} solid var(--si-catalogue-border-color, ${token('color-border')});
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
    .card-details:not([hidden]) {
      grid-template-columns: 1fr;
    }
  }

  /* The group index (laid out like the 常用查询 chips): one tap to a 一级事项's first card. */
  .group-index {
    margin-block-end: ${token('space-m')};
  }

  .chip.group-jump {
    /* A pill on one line, a rounded box when a long name wraps (elder theme). */
    border-radius: 1.25em;
    font-size: var(--_small);
    text-align: start;
  }

  /* Where back-to-top lands (hidden like .catalogue-end). */
  .top-marker {
    margin-block: 0 -1px;
    scroll-margin-block-start: var(--si-catalogue-sticky-top, 0px);
  }

  /* A zero-height strip at the end of the catalogue that sticks to the bottom of the view while
     the catalogue scrolls past; the button rises above it, at the start: the cards' controls
     (详情) are at their end, where it would cover them. */
  .back-to-top {
    position: sticky;
    inset-block-end: ${token('space-m')};
    z-index: 3;
    display: flex;
    justify-content: start;
    block-size: 0;
    pointer-events: none;
  }

  .back-to-top[hidden] {
    display: none;
  }

  .back-to-top button {
    pointer-events: auto;
    transform: translateY(-100%);
    background: ${token('color-primary')};
    border-color: ${token('color-primary')};
    color: ${token('color-on-primary')};
    box-shadow: var(--si-catalogue-card-shadow, ${token('elevation-1')});
  }
`;
