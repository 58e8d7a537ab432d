import { css, unsafeCSS } from 'lit';
import { COLOR_BORDER, COLOR_SURFACE, FOCUS_RING, RADIUS, SPACE } from '@agency-portal/core';

/** The embed builder: options beside the preview on a wide screen, one column on a phone; the snippet's code boxes. */
export const embedStyles = css`
  :host {
    display: block;
  }
  fieldset {
    border: none;
    margin: 0;
    padding: 0;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: 1rem;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.5rem;
  }
  .choice {
    gap: 0.25rem;
  }
  label.inline {
    flex-direction: row;
    align-items: center;
    gap: 0.5rem;
    font-weight: normal;
    flex-wrap: wrap;
  }
  label.inline .hint {
    flex-basis: 100%;
  }
  input[type='radio'],
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    min-height: 0;
    margin: 0;
  }
  .fixed {
    margin: 0;
    font-weight: 600;
    align-self: center;
  }
  .notice:empty {
    display: none;
  }
  .workspace {
    display: grid;
    gap: 1.5rem;
    grid-template-columns: minmax(0, 1fr);
    margin-bottom: 1.5rem;
  }
  @media (min-width: 60rem) {
    .workspace {
      grid-template-columns: minmax(0, 20rem) minmax(0, 1fr);
    }
  }
  .preview-box h3 {
    margin-top: 0;
  }
  .preview {
    display: block;
    width: 100%;
    height: 32rem;
    border: 1px solid ${unsafeCSS(COLOR_BORDER)};
    border-radius: ${unsafeCSS(RADIUS)};
    background: #fff;
  }
  .code {
    box-sizing: border-box;
    width: 100%;
    margin: 0;
    padding: ${unsafeCSS(SPACE)};
    font-family: ui-monospace, 'DejaVu Sans Mono', Consolas, monospace;
    font-size: 0.875rem;
    background: ${unsafeCSS(COLOR_SURFACE)};
    border: 1px solid ${unsafeCSS(COLOR_BORDER)};
    border-radius: ${unsafeCSS(RADIUS)};
  }
  textarea.code {
    resize: vertical;
  }
  pre.code {
    overflow-x: auto;
  }
  .code:focus-visible {
    ${unsafeCSS(FOCUS_RING)};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${unsafeCSS(SPACE)} 1rem;
  }
`;
