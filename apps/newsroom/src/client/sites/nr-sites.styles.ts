import { css, unsafeCSS } from 'lit';
import { COLOR_BORDER, COLOR_SURFACE, COLOR_TEXT_MUTED, RADIUS, SPACE } from '@agency-portal/core';
import { formStyles, tableCards } from '../forms.styles.js';

/** What the screen and its form share. */
const shared = css`
  /* The cards' display: block would otherwise show a closed details row. */
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .problem .detail {
    font-size: 0.9rem;
    color: ${unsafeCSS(COLOR_TEXT_MUTED)};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  button.danger {
    color: #a40e14;
    border-color: #a40e14;
  }
  h2:focus {
    outline: none;
  }
`;

/** The member sites screen: its list (a table, cards on narrow screens), the details and the confirmation. */
export const sitesStyles = [
  formStyles,
  shared,
  css`
    /* The cards follow the screen's own width (a phone, or a narrow column), not the window's. */
    :host {
      container-type: inline-size;
    }
    p {
      margin: 0 0 0.5rem;
    }
    .status:empty {
      display: none;
    }
    .status {
      color: #1e6b34;
      font-weight: 600;
    }
    .problem {
      margin-bottom: 1rem;
    }
    table.sites {
      font-size: 0.95rem;
    }
    th[scope='row'] {
      font-weight: 600;
    }
    td,
    th {
      overflow-wrap: anywhere;
    }
    tbody.disabled th,
    tbody.disabled td {
      background: ${unsafeCSS(COLOR_SURFACE)};
    }
    ul.plain {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .state {
      border-radius: 999px;
      padding: 0 0.5rem;
      border: 1px solid currentColor;
      white-space: nowrap;
    }
    .state.on {
      color: #1e6b34;
    }
    .state.off {
      color: #a40e14;
    }
    .details-row td {
      border-bottom: 2px solid ${unsafeCSS(COLOR_BORDER)};
    }
    .details-row h3 {
      font-size: 1rem;
      margin: 0 0 0.5rem;
    }
    dl.settings {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: 0.5rem 1.5rem;
      margin: 0 0 0.5rem;
    }
    dl.settings dt {
      font-size: 0.9rem;
      color: ${unsafeCSS(COLOR_TEXT_MUTED)};
    }
    dl.settings dd {
      margin: 0;
    }
    dialog.confirm {
      border: 1px solid ${unsafeCSS(COLOR_BORDER)};
      border-radius: ${unsafeCSS(RADIUS)};
      max-width: min(30rem, calc(100vw - 2rem));
      box-sizing: border-box;
    }
    dialog.confirm h3 {
      margin-top: 0;
      font-size: 1.1rem;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.4);
    }
    /* Nine columns do not fit below about 60rem: each site becomes a card, each cell a labelled line. */
    @container (max-width: 60rem) {
      ${tableCards}
      tbody {
        border: 1px solid ${unsafeCSS(COLOR_BORDER)};
        border-radius: ${unsafeCSS(RADIUS)};
        padding: 0.5rem 0.75rem;
        margin-bottom: ${unsafeCSS(SPACE)};
      }
      tr,
      th,
      td,
      .details-row td {
        border: none;
        padding: 0.15rem 0;
      }
      th[scope='row'] {
        font-size: 1.05rem;
      }
      td[data-label]::before {
        content: attr(data-label) ': ';
        font-weight: 600;
      }
      td[data-label] ul.plain,
      td[data-label] ul.plain li {
        display: inline;
      }
      td[data-label] ul.plain li + li::before {
        content: ', ';
      }
    }
  `,
];

/** The add and edit form. */
export const siteFormStyles = [
  formStyles,
  shared,
  css`
    form {
      flex-direction: column;
      align-items: stretch;
      max-width: 40rem;
      border: 1px solid ${unsafeCSS(COLOR_BORDER)};
      border-radius: ${unsafeCSS(RADIUS)};
      padding: 1rem;
    }
    h3 {
      margin: 0;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      flex: 1 1 14rem;
      min-width: 0;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: ${unsafeCSS(SPACE)} 1rem;
    }
    .error {
      color: #a40e14;
      font-size: 0.9rem;
    }
    .error:empty {
      display: none;
    }
    fieldset {
      border: 1px solid ${unsafeCSS(COLOR_BORDER)};
      border-radius: ${unsafeCSS(RADIUS)};
      margin: 0;
      min-width: 0;
    }
    legend {
      font-weight: 600;
    }
    fieldset ul {
      list-style: none;
      margin: 0 0 0.5rem;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
    .origin-row {
      display: flex;
      gap: 0.25rem;
    }
    .origin-row input {
      flex: 1;
      min-width: 0;
    }
    .remove-origin {
      min-width: 2.5rem;
    }
    input[aria-invalid='true'] {
      border-color: #a40e14;
      border-width: 2px;
    }
    input,
    select {
      width: 100%;
    }
    .look label.check {
      flex-direction: row;
      align-items: center;
      gap: 0.5rem;
    }
    .look input[type='checkbox'] {
      width: 1.25rem;
      height: 1.25rem;
      min-height: 0;
      margin: 0;
    }
    .color-row {
      display: flex;
      gap: 0.25rem;
    }
    .color-row .picker {
      flex: none;
      width: 3rem;
      min-height: 2.5rem;
      padding: 0.125rem;
    }
    .contrast {
      display: flex;
      flex-direction: column;
      margin: 0.5rem 0;
    }
    .contrast .low {
      color: #a40e14;
      font-weight: 600;
    }
    .current {
      display: grid;
      gap: 0.25rem;
      margin: 0;
    }
    .current dt {
      font-weight: 600;
      display: inline;
    }
    .current dd {
      display: inline;
      margin: 0 0 0 0.5rem;
      overflow-wrap: anywhere;
    }
    .problem h4 {
      margin: 0.5rem 0 0.25rem;
      font-size: 1rem;
    }
  `,
];
