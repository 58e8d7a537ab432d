import { css, unsafeCSS } from 'lit';
import { COLOR_BORDER, COLOR_SURFACE, COLOR_TEXT_MUTED, FOCUS_RING, RADIUS, SPACE } from '@agency-portal/core';
import { fieldsetBox } from './forms.styles.js';

export const coverPictureStyles = [
  fieldsetBox,
  css`
  :host {
    display: block;
  }
  fieldset {
    gap: ${unsafeCSS(SPACE)};
  }
  p {
    margin: 0;
  }
  .hint {
    font-weight: normal;
    color: ${unsafeCSS(COLOR_TEXT_MUTED)};
    font-size: 0.9rem;
  }
  .body {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: flex-start;
  }
  /* A card-sized thumbnail; the whole width of a phone. */
  .thumb {
    display: block;
    width: 12rem;
    max-width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: ${unsafeCSS(RADIUS)};
    background: ${unsafeCSS(COLOR_SURFACE)};
  }
  .none {
    width: 12rem;
    max-width: 100%;
    padding: 1rem;
    box-sizing: border-box;
    border: 1px dashed ${unsafeCSS(COLOR_BORDER)};
    border-radius: ${unsafeCSS(RADIUS)};
    color: ${unsafeCSS(COLOR_TEXT_MUTED)};
  }
  .controls {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: ${unsafeCSS(SPACE)};
    flex: 1 1 16rem;
    min-width: 0;
    justify-items: start;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    font-weight: 600;
    max-width: 100%;
  }
  input {
    font: inherit;
    font-weight: normal;
    min-height: 2.5rem;
    box-sizing: border-box;
    max-width: 100%;
  }
  input[name='cover-alt'] {
    width: 100%;
    padding: 0.5rem;
    border: 1px solid ${unsafeCSS(COLOR_BORDER)};
    border-radius: ${unsafeCSS(RADIUS)};
  }
  input[name='cover-alt'][readonly] {
    background: ${unsafeCSS(COLOR_SURFACE)};
  }
  input[aria-invalid='true'] {
    border: 2px solid #a40e14;
  }
  button {
    font: inherit;
    min-height: 2.5rem;
    padding: 0 1rem;
    border: 1px solid currentColor;
    border-radius: ${unsafeCSS(RADIUS)};
    background: ${unsafeCSS(COLOR_SURFACE)};
    color: #a40e14;
    cursor: pointer;
  }
  button:disabled,
  input:disabled {
    opacity: 0.5;
    cursor: default;
  }
  input:focus-visible,
  button:focus-visible {
    ${unsafeCSS(FOCUS_RING)};
  }
  .problem {
    color: #a40e14;
    font-weight: 600;
  }
  .alt {
    width: 100%;
  }
`,
];
