import { css } from 'lit';

export const styles = css`
  /* No box of its own: the page lays out the widgets inside as if it were not there. */
  :host {
    display: contents;
  }
`;
