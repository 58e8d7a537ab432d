import { css } from 'lit';
import { focusRing, token } from '@agency-portal/core';

export const styles = css`
  :host {
    display: block;
    font-family: ${token('font-family')};
    font-size: var(--ap-pagination-font-size, ${token('font-size')});
    color: var(--ap-pagination-color, ${token('color-primary')});
  }

  :host([hidden]) {
    display: none;
  }

  ul {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ap-pagination-gap, ${token('space')});
    margin: 0;
    padding: 0;
    list-style: none;
  }

  a,
  button {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 2.75em;
    min-height: 2.75em;
    padding: 0 0.75em;
    border: 1px solid var(--ap-pagination-border-color, ${token('color-border')});
    border-radius: var(--ap-pagination-radius, ${token('radius')});
    background: var(--ap-pagination-background, ${token('color-surface')});
    color: inherit;
    font: inherit;
    line-height: 1;
    text-decoration: none;
    cursor: pointer;
  }

  a:hover,
  button:hover {
    border-color: currentColor;
    text-decoration: underline;
  }

  a:focus-visible,
  button:focus-visible {
    ${focusRing}
  }

  [aria-current='page'] {
    border-color: var(--ap-pagination-current-background, ${token('color-primary')});
    background: var(--ap-pagination-current-background, ${token('color-primary')});
    color: var(--ap-pagination-current-color, ${token('color-on-primary')});
    font-weight: 700;
    cursor: default;
  }

  [aria-current='page']:hover {
    text-decoration: none;
  }

  [aria-disabled='true'] {
    border-color: transparent;
    background: transparent;
    color: ${token('color-text-muted')};
    cursor: not-allowed;
    text-decoration: none;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .ellipsis {
    min-width: 1.5em;
    text-align: center;
    color: ${token('color-text-muted')};
  }

  @media (forced-colors: active) {
    [aria-current='page'] {
      border: 2px solid CanvasText;
    }
  }
`;
