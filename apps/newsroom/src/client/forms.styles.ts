import { css, unsafeCSS } from 'lit';
import { COLOR_BORDER, COLOR_PRIMARY, COLOR_SURFACE, COLOR_TEXT_MUTED, FOCUS_RING, RADIUS, SPACE } from '@agency-portal/core';

/**
 * A table read as cards, one a row, each cell on its own line (the column headings kept for screen readers only): for
 * a narrow screen (`formStyles`), or a narrow column where a screen is a container of its own.
 */
export const tableCards = css`
  thead {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  table,
  tbody,
  tr,
  th,
  td {
    display: block;
  }
  tr {
    border-bottom: 1px solid ${unsafeCSS(COLOR_BORDER)};
    padding: 0.5rem 0;
  }
  th,
  td {
    border: none;
    padding: 0.15rem 0;
    /* A long address or name breaks rather than pushing the card wider than the screen. */
    overflow-wrap: anywhere;
  }
`;

/**
 * A group of fields in a box of its own (the cover picture, an article's English version): one column never wider
 * than the box, so a file picker or a long hint wraps on a phone. Each component sets its own gap.
 */
export const fieldsetBox = css`
  fieldset {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    margin: 0;
    padding: ${unsafeCSS(SPACE)} 1rem 1rem;
    border: 1px solid ${unsafeCSS(COLOR_BORDER)};
    border-radius: ${unsafeCSS(RADIUS)};
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
`;

/**
 * What the newsroom's smaller forms and tables share (the account screens and the password form). Each screen is a
 * container: its narrow layout follows its own width (a phone's screen, or a narrow column), not the window's.
 */
export const formStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  form {
    display: flex;
    flex-wrap: wrap;
    gap: ${unsafeCSS(SPACE)} 1rem;
    align-items: end;
    margin-bottom: 1rem;
  }
  form.column {
    flex-direction: column;
    align-items: stretch;
    max-width: 28rem;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    /* In a row of fields, a label may shrink below its select's longest option, down to its box. */
    min-width: 0;
    max-width: 100%;
    font-weight: 600;
  }
  .hint {
    font-weight: normal;
    color: ${unsafeCSS(COLOR_TEXT_MUTED)};
    font-size: 0.9rem;
  }
  input,
  select,
  button {
    font: inherit;
    min-height: 2.5rem;
    box-sizing: border-box;
    border: 1px solid ${unsafeCSS(COLOR_BORDER)};
    border-radius: ${unsafeCSS(RADIUS)};
    padding: 0 0.5rem;
  }
  input,
  select {
    font-weight: normal;
    /* A select is as wide as its longest option (a long site name): never wider than its box. */
    max-width: 100%;
  }
  button {
    background: ${unsafeCSS(COLOR_SURFACE)};
    color: inherit;
    cursor: pointer;
    padding: 0 0.75rem;
  }
  button.primary {
    background: ${unsafeCSS(COLOR_PRIMARY)};
    border-color: ${unsafeCSS(COLOR_PRIMARY)};
    color: #fff;
    font-weight: 600;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  input:focus-visible,
  select:focus-visible,
  button:focus-visible {
    ${unsafeCSS(FOCUS_RING)};
  }
  .problem {
    border: 2px solid #a40e14;
    border-radius: ${unsafeCSS(RADIUS)};
    padding: ${unsafeCSS(SPACE)};
  }
  .notice {
    border: 2px solid #1e6b34;
    border-radius: ${unsafeCSS(RADIUS)};
    padding: ${unsafeCSS(SPACE)};
  }
  .secret {
    font-family: ui-monospace, monospace;
    font-size: 1.1rem;
    user-select: all;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    text-align: left;
    padding: 0.5rem;
    border-bottom: 1px solid ${unsafeCSS(COLOR_BORDER)};
    vertical-align: middle;
  }
  td .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  @container (max-width: 40rem) {
    ${tableCards}
  }
`;
