import { css } from 'lit';

export const channelBadgesStyles = css`
  :host {
    display: block;
  }
`;

/** @deprecated Moved to `src/internal/badge-list.styles.ts`; re-exported for branches in flight. */
export { badgeListStyles } from '../../internal/badge-list.styles.js';
