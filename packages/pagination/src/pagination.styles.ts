import { css } from 'lit';

export const styles = css`
  /* The element is the container its narrow layout answers to (below): its own width, not the viewport's. */
  :host {
    display: block;
    container-type: inline-size;
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
    position: relative;
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

  /* Previous and next show their words; the arrows are for narrow containers. */
  .arrow,
  .narrow {
    display: none;
  }

  /*
   * A narrow container (a phone, a sidebar): the first, current and last pages only, and arrows for previous and
   * next. The words stay in the accessibility tree, so the arrows keep their names.
   */
  @container (width < 480px) {
    .wide {
      display: none;
    }

    .narrow,
    .arrow {
      display: block;
    }

    .words {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
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
