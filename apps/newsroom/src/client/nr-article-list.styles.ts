import { css, unsafeCSS } from 'lit';
import { COLOR_BORDER, COLOR_PRIMARY, COLOR_TEXT_MUTED, FOCUS_RING, RADIUS, SPACE } from '@agency-portal/core';

/** On top of formStyles (the table, and its cards on a phone). */
export const articleListStyles = css`
  :host {
    display: block;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: ${unsafeCSS(SPACE)};
    align-items: end;
    margin-bottom: 1rem;
  }
  .bar label {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .bar .grow {
    flex: 1 1 16rem;
  }
  input,
  select {
    font: inherit;
    padding: 0.4rem;
    border: 1px solid ${unsafeCSS(COLOR_BORDER)};
    border-radius: ${unsafeCSS(RADIUS)};
    min-height: 2.5rem;
    box-sizing: border-box;
  }
  .hint,
  .count {
    color: ${unsafeCSS(COLOR_TEXT_MUTED)};
    font-size: 0.9rem;
  }
  a.new {
    display: inline-flex;
    align-items: center;
    min-height: 2.5rem;
    padding: 0 1rem;
    border-radius: ${unsafeCSS(RADIUS)};
    background: ${unsafeCSS(COLOR_PRIMARY)};
    color: #fff;
    text-decoration: none;
    font-weight: 600;
  }
  a:focus-visible,
  input:focus-visible,
  select:focus-visible,
  button:focus-visible {
    ${unsafeCSS(FOCUS_RING)};
  }
  td {
    vertical-align: top;
  }
  td a {
    color: inherit;
    font-weight: 600;
  }
  .en {
    display: inline-block;
    margin-left: 0.25rem;
    padding: 0 0.3rem;
    border-radius: ${unsafeCSS(RADIUS)};
    font-size: 0.75rem;
    font-weight: 600;
    color: ${unsafeCSS(COLOR_PRIMARY)};
    border: 1px solid currentColor;
    vertical-align: middle;
  }
  .state {
    display: inline-block;
    padding: 0.1rem 0.5rem;
    border-radius: 999px;
    font-size: 0.85rem;
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  .state-published {
    color: #1e6b34;
  }
  .state-scheduled {
    color: #7a4d00;
  }
  .state-draft {
    color: ${unsafeCSS(COLOR_TEXT_MUTED)};
  }
  .state-deleted {
    color: #a40e14;
  }
  ap-pagination {
    margin-top: 1rem;
  }
  /* On a phone the table is a list of cards (forms.styles.ts), each cell labelled. */
  @container (max-width: 40rem) {
    td[data-label]::before {
      content: attr(data-label) ': ';
      color: ${unsafeCSS(COLOR_TEXT_MUTED)};
    }
  }
`;
