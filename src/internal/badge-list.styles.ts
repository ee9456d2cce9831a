import { css } from 'lit';
import { token } from '../styles/tokens.js';

/** Styles of `renderBadgeList()`, for any shadow root that draws badge lists. */
export const badgeListStyles = css`
  .list[data-size='s'] {
    font-size: ${token('font-size-small')};
  }

  .list[data-size='l'] {
    font-size: ${token('font-size-large')};
  }

  /* Inline blocks, not flex: 50 lists of flex items inside an auto-layout table made the
     catalogue's first render twice as slow (table sizing lays each flex container out often). */
  .list {
    display: block;
    margin: 0;
    margin-block-end: calc(-1 * var(--si-channel-badges-gap, ${token('space-s')}));
    padding: 0;
    list-style: none;
  }

  .badge {
    display: inline-block;
    margin-block-end: var(--si-channel-badges-gap, ${token('space-s')});
    margin-inline-end: var(--si-channel-badges-gap, ${token('space-s')});
    max-inline-size: 100%;
    border: ${token('border-width')} solid var(--si-channel-badges-border-color, ${token('color-primary')});
    border-radius: var(--si-channel-badges-radius, ${token('radius-pill')});
    background: var(--si-channel-badges-bg, ${token('color-primary-subtle')});
    color: var(--si-channel-badges-color, ${token('color-primary')});
    line-height: ${token('line-height-tight')};
  }

  .badge[part~='badge-other'] {
    border-color: var(--si-channel-badges-neutral-border-color, ${token('color-border')});
    background: var(--si-channel-badges-neutral-bg, ${token('color-surface-muted')});
    color: var(--si-channel-badges-neutral-color, ${token('color-text')});
  }

  .content,
  .link {
    display: inline-block;
    padding-block: ${token('space-2xs')};
    padding-inline: ${token('space-s')};
    border-radius: inherit;
  }

  .link {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .link:hover {
    text-decoration-thickness: 2px;
  }

  /* 适老化: a linked badge is a 44 × 44 px target at least. */
  :host([data-si-applied-theme~='elder']) .link {
    display: inline-flex;
    align-items: center;
    min-block-size: max(${token('target-size')}, 44px);
    min-inline-size: 44px;
  }

  .icon {
    display: inline-block;
    margin-inline-end: ${token('space-xs')};
    vertical-align: -0.125em;
  }

  /* The badge's icon is sized here, not by width/height attributes written into every badge. */
  .badge .icon {
    inline-size: 1em;
    block-size: 1em;
  }

  .icon-sprite {
    position: absolute;
    inline-size: 0;
    block-size: 0;
    overflow: hidden;
  }

  .label {
    overflow-wrap: anywhere;
  }

  @media (forced-colors: active) {
    .badge,
    .badge[part~='badge-other'] {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }

    .link {
      color: LinkText;
    }
  }

  @media print {
    .badge {
      background: none;
    }
  }
`;
