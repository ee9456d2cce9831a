import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const channelBadgesStyles = css`
  :host {
    display: block;
  }

  :host([size='s']) .list {
    font-size: ${token('font-size-small')};
  }

  :host([size='l']) .list {
    font-size: ${token('font-size-large')};
  }

  .list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--si-channel-badges-gap, ${token('space-s')});
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .badge {
    display: inline-flex;
    align-items: center;
    max-inline-size: 100%;
    border: ${token('border-width')} solid var(--si-channel-badges-border-color, ${token('color-primary')});
    border-radius: var(--si-channel-badges-radius, ${token('radius-pill')});
    background: var(--si-channel-badges-bg, ${token('color-primary-subtle')});
    color: var(--si-channel-badges-color, ${token('color-primary')});
    line-height: 1.4;
  }

  .badge[data-kind='other'] {
    border-color: var(--si-channel-badges-neutral-border-color, ${token('color-border')});
    background: var(--si-channel-badges-neutral-bg, ${token('color-surface-muted')});
    color: var(--si-channel-badges-neutral-color, ${token('color-text')});
  }

  .content,
  .link {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-xs')};
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

  .icon {
    flex: none;
    display: inline-flex;
  }

  .label {
    overflow-wrap: anywhere;
  }

  @media (forced-colors: active) {
    .badge,
    .badge[data-kind='other'] {
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
