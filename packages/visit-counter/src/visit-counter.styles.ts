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

  /*
   * Each number in a box of its own width: every digit equally wide, room for nine characters (1.234.567) and the
   * number at its right edge, so that a count going up by one or by a digit moves nothing on the page.
   */
  dd {
    flex: none;
    min-width: 9ch;
    margin: 0;
    text-align: end;
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
