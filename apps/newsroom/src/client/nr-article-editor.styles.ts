import { css, unsafeCSS } from 'lit';
import { COLOR_BORDER, COLOR_PRIMARY, COLOR_SURFACE, COLOR_TEXT_MUTED, FOCUS_RING, RADIUS, SPACE } from '@agency-portal/core';
import { fieldsetBox } from './forms.styles.js';

export const articleEditorStyles = [
  fieldsetBox,
  css`
  :host {
    display: block;
  }
  form {
    display: grid;
    /* One column no wider than the form: a wide table in the text scrolls in its own box instead of widening it. */
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
  }
  label,
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
  }
  .row > * {
    flex: 1 1 14rem;
  }
  input,
  select,
  textarea {
    font: inherit;
    font-weight: normal;
    padding: 0.5rem;
    border: 1px solid ${unsafeCSS(COLOR_BORDER)};
    border-radius: ${unsafeCSS(RADIUS)};
    min-height: 2.5rem;
    box-sizing: border-box;
    width: 100%;
  }
  input[name='title'] {
    font-size: 1.25rem;
  }
  textarea {
    min-height: 5rem;
    resize: vertical;
  }
  /* The English version: its own box after the Vietnamese body. */
  fieldset {
    gap: 1rem;
  }
  fieldset .hint {
    margin: 0;
  }
  label.check {
    flex-direction: row;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.5rem;
    cursor: pointer;
  }
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    min-height: 0;
    margin: 0;
    padding: 0;
    flex: none;
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border: 2px solid #a40e14;
  }
  .error {
    color: #a40e14;
    font-weight: normal;
    font-size: 0.9rem;
  }
  .error:empty {
    display: none;
  }
  .hint {
    font-weight: normal;
    color: ${unsafeCSS(COLOR_TEXT_MUTED)};
    font-size: 0.9rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${unsafeCSS(SPACE)};
    align-items: center;
    position: sticky;
    bottom: 0;
    padding: ${unsafeCSS(SPACE)} 0;
    background: ${unsafeCSS(COLOR_SURFACE)};
    border-top: 1px solid ${unsafeCSS(COLOR_BORDER)};
  }
  button,
  .actions a {
    font: inherit;
    min-height: 2.5rem;
    padding: 0 1rem;
    border: 1px solid ${unsafeCSS(COLOR_BORDER)};
    border-radius: ${unsafeCSS(RADIUS)};
    background: ${unsafeCSS(COLOR_SURFACE)};
    color: inherit;
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
  button.primary {
    background: ${unsafeCSS(COLOR_PRIMARY)};
    border-color: ${unsafeCSS(COLOR_PRIMARY)};
    color: #fff;
    font-weight: 600;
  }
  button.danger {
    color: #a40e14;
    border-color: currentColor;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  a:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  button:focus-visible {
    ${unsafeCSS(FOCUS_RING)};
  }
  .state {
    margin: 0;
    color: ${unsafeCSS(COLOR_TEXT_MUTED)};
  }
  .problem {
    border: 2px solid #a40e14;
    border-radius: ${unsafeCSS(RADIUS)};
    padding: ${unsafeCSS(SPACE)};
    margin: 0;
  }
  .problem button {
    margin-top: ${unsafeCSS(SPACE)};
  }
  .status {
    margin: 0;
    color: ${unsafeCSS(COLOR_TEXT_MUTED)};
    flex-basis: 100%;
  }
`,
];
