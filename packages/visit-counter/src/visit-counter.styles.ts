import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--ap-visit-counter-gap, var(--ap-space, 0.5rem));

    display: block;
    font-family: var(--ap-font-family, inherit);
    font-size: var(--ap-font-size, 1rem);
    line-height: 1.5;
    color: var(--ap-visit-counter-color, var(--ap-color-text, #1f2328));
  }

  dl,
  p {
    margin: 0;
  }

  /* Each counter: its label on the left, its number on the right. */
  [part~='item'] {
    display: flex;
    justify-content: space-between;
    gap: var(--_gap);
    padding: var(--_gap) 0;
    border-bottom: 1px solid var(--ap-visit-counter-border-color, var(--ap-color-border, #c9ced6));
  }

  dd {
    margin: 0;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    color: var(--ap-visit-counter-value-color, var(--ap-color-primary, #b3131b));
  }

  /* Loading: a grey block where each number will be, pulsing unless the reader asked for less motion. */
  .skeleton {
    display: inline-block;
    width: 3em;
    height: 1em;
    vertical-align: middle;
    background: var(--ap-color-border, #c9ced6);
    animation: pulse 1.5s infinite;
  }

  @keyframes pulse {
    50% {
      opacity: 0.4;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }

  details {
    margin-top: var(--_gap);
    color: var(--ap-color-text-muted, #555d66);
    font-size: 0.875em;
  }

  summary {
    cursor: pointer;
  }

  ul {
    margin: calc(var(--ap-space, 0.5rem) / 2) 0 0;
    padding-left: 1.25em;
  }

  button {
    font: inherit;
    cursor: pointer;
  }
`;
