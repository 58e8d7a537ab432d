import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-family: var(--ap-font-family, inherit);
    font-size: var(--ap-pagination-font-size, var(--ap-font-size, 1rem));
    color: var(--ap-pagination-color, var(--ap-color-primary, #b3131b));
  }

  ul {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ap-pagination-gap, var(--ap-space, 0.5rem));
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* Pages, previous and next: 2.75em square at least, a comfortable target for a finger. */
  a,
  button {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 2.75em;
    min-height: 2.75em;
    padding: 0 0.75em;
    border: 1px solid var(--ap-pagination-border-color, var(--ap-color-border, #c9ced6));
    border-radius: var(--ap-pagination-radius, var(--ap-radius, 4px));
    background: var(--ap-pagination-background, var(--ap-color-surface, #fff));
    color: inherit;
    font: inherit;
    line-height: 1;
    text-decoration: none;
    cursor: pointer;
  }

  :is(a, button):not([aria-current], [aria-disabled]):hover {
    border-color: currentcolor;
    text-decoration: underline;
  }

  [aria-current='page'] {
    border-color: var(--ap-pagination-current-background, var(--ap-color-primary, #b3131b));
    background: var(--ap-pagination-current-background, var(--ap-color-primary, #b3131b));
    color: var(--ap-pagination-current-color, var(--ap-color-on-primary, #fff));
    font-weight: 700;
    cursor: default;
  }

  /* Previous on the first page and next on the last: shown, so the layout does not jump, but plainly off. */
  [aria-disabled='true'] {
    border-color: transparent;
    background: transparent;
    color: var(--ap-color-text-muted, #555d66);
    cursor: not-allowed;
  }

  [part~='ellipsis'] {
    min-width: 1.5em;
    text-align: center;
    color: var(--ap-color-text-muted, #555d66);
  }

  /* Forced colours drop backgrounds: a thicker border keeps the current page apart. */
  @media (forced-colors: active) {
    [aria-current='page'] {
      border: 2px solid CanvasText;
    }
  }
`;
