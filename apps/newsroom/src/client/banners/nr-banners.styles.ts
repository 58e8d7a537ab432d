import { css, unsafeCSS } from 'lit';
import { COLOR_BORDER, COLOR_PRIMARY, COLOR_SURFACE, COLOR_TEXT_MUTED, FOCUS_RING, RADIUS, SPACE } from '@agency-portal/core';
import { formStyles } from '../forms.styles.js';

/** The banners screen: its tabs. */
export const bannersStyles = css`
  :host {
    display: block;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-bottom: 2px solid ${unsafeCSS(COLOR_BORDER)};
    margin-bottom: 1rem;
  }
  [role='tab'] {
    font: inherit;
    min-height: 2.75rem;
    padding: 0 1rem;
    border: 1px solid transparent;
    border-bottom: none;
    border-radius: ${unsafeCSS(RADIUS)} ${unsafeCSS(RADIUS)} 0 0;
    background: none;
    color: inherit;
    cursor: pointer;
    margin-bottom: -2px;
  }
  [role='tab'][aria-selected='true'] {
    border-color: ${unsafeCSS(COLOR_BORDER)};
    border-bottom: 3px solid ${unsafeCSS(COLOR_PRIMARY)};
    background: #fff;
    font-weight: 700;
  }
  [role='tab']:focus-visible,
  [role='tabpanel']:focus-visible {
    ${unsafeCSS(FOCUS_RING)};
  }
`;

/** One list of the banners screen: its rows, their handles and buttons, the figures and the confirmation. */
export const bannerListStyles = [
  formStyles,
  css`
    p {
      margin: 0 0 0.5rem;
    }
    .status:empty {
      display: none;
    }
    .set-picker {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.25rem 1rem;
    }
    .set-picker label {
      margin: 0;
    }
    .status {
      color: #1e6b34;
      font-weight: 600;
    }
    .problem .detail,
    .detail {
      font-size: 0.9rem;
      color: ${unsafeCSS(COLOR_TEXT_MUTED)};
    }
    ol.items {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li.item {
      display: grid;
      grid-template-columns: auto auto 8rem 1fr auto;
      gap: ${unsafeCSS(SPACE)} 0.75rem;
      align-items: center;
      padding: 0.5rem;
      border-bottom: 1px solid ${unsafeCSS(COLOR_BORDER)};
      background: #fff;
    }
    li.item[data-dragging] {
      background: ${unsafeCSS(COLOR_SURFACE)};
      outline: 2px dashed ${unsafeCSS(COLOR_PRIMARY)};
      position: relative;
      z-index: 1;
    }
    li.item[data-state='ended'] .thumb {
      opacity: 0.6;
    }
    .handle {
      display: grid;
      place-items: center;
      width: 2.75rem;
      height: 2.75rem;
      cursor: grab;
      touch-action: none;
      user-select: none;
      -webkit-user-select: none;
      color: ${unsafeCSS(COLOR_TEXT_MUTED)};
      border-radius: ${unsafeCSS(RADIUS)};
    }
    .handle:hover {
      background: ${unsafeCSS(COLOR_SURFACE)};
    }
    li.item[data-dragging] .handle {
      cursor: grabbing;
    }
    .position {
      font-weight: 700;
      min-width: 1.5rem;
      text-align: right;
    }
    .thumb {
      width: 8rem;
      height: auto;
      max-height: 5rem;
      object-fit: contain;
      background: ${unsafeCSS(COLOR_SURFACE)};
      border-radius: ${unsafeCSS(RADIUS)};
    }
    .main {
      min-width: 0;
    }
    .name {
      font-size: 1rem;
      margin: 0 0 0.25rem;
    }
    .link {
      overflow-wrap: anywhere;
      font-size: 0.9rem;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      align-items: center;
      font-size: 0.9rem;
    }
    .state,
    .flag {
      border-radius: 999px;
      padding: 0 0.5rem;
      border: 1px solid currentColor;
    }
    .state.shown {
      color: #1e6b34;
    }
    .state.scheduled {
      color: #8a4b00;
    }
    .state.ended {
      color: ${unsafeCSS(COLOR_TEXT_MUTED)};
    }
    .flag {
      color: #1f2328;
      background: ${unsafeCSS(COLOR_SURFACE)};
    }
    .flag.paid {
      color: #7a1f5c;
    }
    .counts {
      font-size: 0.9rem;
      color: ${unsafeCSS(COLOR_TEXT_MUTED)};
      margin: 0.25rem 0 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      justify-content: flex-end;
    }
    button[aria-disabled='true'] {
      opacity: 0.5;
      cursor: default;
    }
    button.danger {
      color: #a40e14;
      border-color: #a40e14;
    }
    .figures-panel {
      grid-column: 1 / -1;
      border: 1px solid ${unsafeCSS(COLOR_BORDER)};
      border-radius: ${unsafeCSS(RADIUS)};
      padding: 0.5rem 0.75rem;
    }
    .figures-panel h4 {
      margin: 0 0 0.5rem;
      font-size: 1rem;
    }
    .figures-panel dl {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 2rem;
      margin: 0 0 0.5rem;
    }
    .figures-panel dt {
      font-size: 0.9rem;
      color: ${unsafeCSS(COLOR_TEXT_MUTED)};
    }
    .figures-panel dd {
      margin: 0;
      font-size: 1.25rem;
      font-weight: 700;
    }
    dialog.confirm {
      border: 1px solid ${unsafeCSS(COLOR_BORDER)};
      border-radius: ${unsafeCSS(RADIUS)};
      max-width: min(30rem, calc(100vw - 2rem));
    }
    dialog.confirm .actions {
      justify-content: flex-start;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.4);
    }
    @container (max-width: 40rem) {
      li.item {
        grid-template-columns: auto auto 1fr;
      }
      .thumb {
        width: 6rem;
      }
      .main,
      .actions {
        grid-column: 1 / -1;
      }
      .actions {
        justify-content: flex-start;
      }
    }
  `,
];

/** The add and edit form, in its dialog. */
export const bannerFormStyles = [
  formStyles,
  css`
    dialog {
      border: 1px solid ${unsafeCSS(COLOR_BORDER)};
      border-radius: ${unsafeCSS(RADIUS)};
      width: min(40rem, calc(100vw - 2rem));
      max-height: calc(100dvh - 2rem);
      box-sizing: border-box;
      padding: 1rem;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.4);
    }
    h3 {
      margin-top: 0;
    }
    form {
      flex-direction: column;
      align-items: stretch;
    }
    fieldset {
      border: 1px solid ${unsafeCSS(COLOR_BORDER)};
      border-radius: ${unsafeCSS(RADIUS)};
      display: flex;
      flex-direction: column;
      gap: ${unsafeCSS(SPACE)};
      margin: 0;
    }
    legend {
      font-weight: 600;
    }
    .preview {
      margin: 0;
    }
    .preview img {
      max-width: 100%;
      max-height: 8rem;
      width: auto;
      height: auto;
      background: ${unsafeCSS(COLOR_SURFACE)};
    }
    .check {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0 0.5rem;
      align-items: center;
    }
    .check input {
      min-height: auto;
      width: 1.25rem;
      height: 1.25rem;
    }
    .check .hint {
      grid-column: 2;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: ${unsafeCSS(SPACE)} 1rem;
    }
    .row label {
      flex: 1 1 14rem;
    }
    .error {
      color: #a40e14;
      font-size: 0.9rem;
    }
    .error:empty {
      display: none;
    }
    input[aria-invalid='true'] {
      border-color: #a40e14;
      border-width: 2px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .detail {
      font-size: 0.9rem;
      color: ${unsafeCSS(COLOR_TEXT_MUTED)};
    }
    .problem p {
      margin: 0.25rem 0;
    }
  `,
];
