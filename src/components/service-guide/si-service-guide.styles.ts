import { css } from 'lit';
import { token } from '../../styles/tokens.js';

/** Small text never goes below --si-font-size-min (14px; 18px in the elder theme). */
const small = css`max(${token('font-size-small')}, ${token('font-size-min')})`;

export const serviceGuideStyles = css`
  :host {
    display: block;
    font-size: max(var(--si-service-guide-font-size, ${token('font-size-body')}), ${token('font-size-min')});
  }

  .guide {
    display: flex;
    flex-direction: column;
    gap: var(--si-service-guide-gap, ${token('space-s')});
  }

  p,
  ul,
  ol,
  dl,
  dd {
    margin: 0;
  }

  .text {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  /* Every link is a target of at least target-size-min (24 px; 44 px in the elder theme). */
  a {
    /* inline-block, not flex: search marks inside a name must stay inline, or the accessible
       name breaks into words (企业 社会保险 登记). */
    display: inline-block;
    min-block-size: ${token('target-size-min')};
    min-inline-size: ${token('target-size-min')};
    max-inline-size: 100%;
    color: ${token('color-link')};
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  a:hover {
    text-decoration-thickness: 2px;
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }

  /* Header */
  .header {
    display: flex;
    flex-direction: column;
    gap: ${token('space-xs')};
    padding: ${token('space-m')} ${token('space-l')};
    border: ${token('border-width')} solid var(--si-service-guide-border-color, ${token('color-border')});
    border-radius: var(--si-service-guide-radius, ${token('radius-m')});
    background: var(--si-service-guide-header-bg, ${token('color-primary-subtle')});
  }

  .title {
    margin: 0;
    font-size: var(--si-service-guide-title-size, 1.375em);
    font-weight: bold;
    line-height: ${token('line-height-tight')};
    color: var(--si-service-guide-title-color, ${token('color-primary')});
    overflow-wrap: anywhere;
  }

  .group,
  .deadline-text {
    font-size: ${small};
    color: ${token('color-text-muted')};
  }

  .label {
    font-weight: bold;
  }

  si-deadline {
    font-size: ${small};
  }

  /* Messages */
  .message {
    padding: ${token('space-m')} ${token('space-l')};
    border: ${token('border-width')} solid var(--si-service-guide-border-color, ${token('color-border')});
    border-radius: var(--si-service-guide-radius, ${token('radius-m')});
    background: ${token('color-surface-muted')};
  }

  .message.error {
    border-inline-start: ${token('border-width-accent')} solid var(--si-service-guide-error-color, ${token('color-danger')});
    background: ${token('color-surface')};
  }

  .message.error ul {
    margin-block: ${token('space-xs')};
    padding-inline-start: 1.5em;
  }

  .message code {
    font-family: inherit;
    overflow-wrap: anywhere;
  }

  /* Toolbar buttons */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: ${token('space-s')};
  }

  .toolbar button,
  .retry {
    min-block-size: max(${token('target-size')}, 44px);
    padding-inline: ${token('space-m')};
    border: ${token('border-width')} solid ${token('color-primary')};
    border-radius: ${token('radius-s')};
    background: ${token('color-surface')};
    color: ${token('color-primary')};
  }

  .toolbar button:hover,
  .retry:hover {
    background: ${token('color-primary-subtle')};
  }

  .retry {
    margin-block-start: ${token('space-s')};
  }

  /* Sections */
  .sections {
    display: flex;
    flex-direction: column;
    gap: var(--si-service-guide-gap, ${token('space-s')});
  }

  .section {
    border: ${token('border-width')} solid var(--si-service-guide-border-color, ${token('color-border')});
    border-radius: var(--si-service-guide-radius, ${token('radius-m')});
    scroll-margin-block-start: ${token('space-l')};
  }

  .section-heading {
    margin: 0;
    font-size: 1.0625em;
    font-weight: bold;
  }

  .toggle {
    display: flex;
    align-items: center;
    gap: ${token('space-s')};
    inline-size: 100%;
    min-block-size: max(${token('target-size')}, 44px);
    padding: ${token('space-s')} ${token('space-l')};
    border: 0;
    border-radius: inherit;
    background: var(--si-service-guide-toggle-bg, ${token('color-surface')});
    font-weight: inherit;
    text-align: start;
  }

  .toggle:hover {
    background: var(--si-service-guide-toggle-hover-bg, ${token('color-surface-muted')});
  }

  .chevron {
    flex: none;
    transition: transform 0.15s ease;
  }

  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }

  .missing-mark {
    color: var(--si-service-guide-missing-color, ${token('color-danger')});
    font-weight: normal;
  }

  .panel {
    display: flex;
    flex-direction: column;
    gap: ${token('space-s')};
    padding: ${token('space-s')} ${token('space-l')} ${token('space-m')};
    border-block-start: ${token('border-width')} solid var(--si-service-guide-border-color, ${token('color-border')});
  }

  .panel[hidden] {
    display: none;
  }

  .list,
  .steps,
  .materials {
    padding-inline-start: 1.5em;
  }

  .list > li + li,
  .steps > li + li,
  .materials > li + li {
    margin-block-start: ${token('space-xs')};
  }

  .material-name {
    font-weight: bold;
  }

  .pairs {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2xs')};
  }

  .pairs > div {
    display: flex;
    flex-wrap: wrap;
    column-gap: ${token('space-s')};
  }

  .pairs dt {
    font-weight: bold;
  }

  .pairs dt::after {
    content: '：';
  }

  /* A Chinese full-width colon only in a Chinese interface (the language follows the host's). */
  .pairs dt:not(:lang(zh))::after {
    content: ': ';
  }

  .origin,
  .missing-note {
    font-size: ${small};
    color: ${token('color-text-muted')};
  }

  .faq {
    display: flex;
    flex-direction: column;
    gap: ${token('space-m')};
  }

  .faq dt {
    font-weight: bold;
  }

  .faq-mark {
    font-weight: bold;
  }

  /* Editor checklist */
  .checklist {
    display: flex;
    flex-direction: column;
    gap: ${token('space-s')};
    padding: ${token('space-m')} ${token('space-l')};
    border: 2px dashed var(--si-service-guide-border-color, ${token('color-border')});
    border-radius: var(--si-service-guide-radius, ${token('radius-m')});
  }

  .checklist-heading {
    margin: 0;
    font-size: 1.125em;
    font-weight: bold;
  }

  .checklist-group-heading {
    margin: 0;
    font-size: inherit;
    font-weight: bold;
  }

  .checks {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2xs')};
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .check {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: ${token('space-xs')};
  }

  .status-icon {
    flex: none;
    align-self: center;
  }

  .check[data-present='true'] .status-icon {
    color: var(--si-service-guide-present-color, ${token('color-success')});
  }

  .check[data-present='false'] .status-icon,
  .check[data-present='false'] .check-status {
    color: var(--si-service-guide-missing-color, ${token('color-danger')});
  }

  .check-label {
    overflow-wrap: anywhere;
  }

  .check-label::after {
    content: '：';
  }

  /* A Chinese full-width colon only in a Chinese interface (the language follows the host's). */
  .check-label:not(:lang(zh))::after {
    content: ': ';
  }

  .check-status {
    font-weight: bold;
  }

  .check-detail {
    font-size: ${small};
    color: ${token('color-text-muted')};
  }

  @media (forced-colors: active) {
    .header,
    .section,
    .message,
    .checklist {
      border-color: CanvasText;
      background: Canvas;
    }

    .toggle,
    .toolbar button,
    .retry {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }

    .title,
    .missing-mark,
    .check .status-icon,
    .check .check-status {
      color: CanvasText;
    }

    a {
      color: LinkText;
    }
  }

  @media print {
    .toolbar,
    .retry,
    .chevron {
      display: none;
    }

    .panel[hidden] {
      display: flex;
    }

    .header,
    .toggle {
      background: none;
    }

    .section-heading {
      break-after: avoid-page;
    }
  }
`;
