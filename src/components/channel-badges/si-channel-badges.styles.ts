import { css } from 'lit';

export const channelBadgesStyles = css`
  :host {
    display: block;
  }
`;
