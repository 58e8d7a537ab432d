import { css, unsafeCSS } from 'lit';
import {
  COLOR_BORDER,
  COLOR_FOCUS,
  COLOR_PRIMARY,
  COLOR_SURFACE,
  COLOR_TEXT,
  COLOR_TEXT_MUTED,
  FOCUS_RING,
  RADIUS,
  SPACE,
} from '@agency-portal/core';

export const richTextStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    border: 1px solid ${unsafeCSS(COLOR_BORDER)};
    border-radius: ${unsafeCSS(RADIUS)};
    background: ${unsafeCSS(COLOR_SURFACE)};
    color: ${unsafeCSS(COLOR_TEXT)};
  }
  [role='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    padding: ${unsafeCSS(SPACE)};
    border-bottom: 1px solid ${unsafeCSS(COLOR_BORDER)};
    position: sticky;
    top: 0;
    background: inherit;
    z-index: 1;
  }
  [role='toolbar'] button {
    font: inherit;
    min-width: 2.5rem;
    min-height: 2.5rem;
    padding: 0 0.5rem;
    border: 1px solid ${unsafeCSS(COLOR_BORDER)};
    border-radius: ${unsafeCSS(RADIUS)};
    background: ${unsafeCSS(COLOR_SURFACE)};
    color: inherit;
    cursor: pointer;
  }
  [role='toolbar'] svg {
    vertical-align: middle;
  }
  [role='toolbar'] button[aria-pressed='true'] {
    background: ${unsafeCSS(COLOR_PRIMARY)};
    border-color: ${unsafeCSS(COLOR_PRIMARY)};
    color: #fff;
  }
  [role='toolbar'] button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [role='separator'] {
    width: 1px;
    align-self: stretch;
    background: ${unsafeCSS(COLOR_BORDER)};
    margin: 0 0.25rem;
  }
  button:focus-visible,
  input:focus-visible {
    ${unsafeCSS(FOCUS_RING)};
  }
  .panel {
    display: flex;
    flex-wrap: wrap;
    gap: ${unsafeCSS(SPACE)};
    align-items: end;
    padding: ${unsafeCSS(SPACE)};
    border-bottom: 1px solid ${unsafeCSS(COLOR_BORDER)};
  }
  .panel label {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    flex: 1 1 14rem;
  }
  .panel input {
    font: inherit;
    padding: 0.4rem;
    border: 1px solid ${unsafeCSS(COLOR_BORDER)};
    border-radius: ${unsafeCSS(RADIUS)};
  }
  .panel button {
    font: inherit;
    min-height: 2.5rem;
    padding: 0 0.75rem;
  }
  .hint {
    color: ${unsafeCSS(COLOR_TEXT_MUTED)};
    font-size: 0.9rem;
    font-weight: normal;
  }
  .problem {
    color: #a40e14;
    flex-basis: 100%;
    margin: 0;
  }
  /* ProseMirror's own rules (its prosemirror.css), which the editor needs to place the caret and keep spaces. */
  .ProseMirror {
    position: relative;
    /* A table wider than the editor (many columns of figures, on a phone) scrolls sideways inside the text box, which
       takes focus, so the keyboard reaches it too. */
    overflow-x: auto;
    word-wrap: break-word;
    white-space: pre-wrap;
    white-space: break-spaces;
    font-variant-ligatures: none;
    font-feature-settings: 'liga' 0;
    min-height: 16rem;
    padding: 0.75rem 1rem;
    line-height: 1.6;
    outline: none;
  }
  .ProseMirror:focus-visible {
    outline: 3px solid ${unsafeCSS(COLOR_FOCUS)};
    outline-offset: -3px;
  }
  .ProseMirror pre {
    white-space: pre-wrap;
  }
  .ProseMirror li {
    position: relative;
  }
  .ProseMirror-hideselection *::selection {
    background: transparent;
  }
  .ProseMirror-selectednode {
    outline: 2px solid ${unsafeCSS(COLOR_FOCUS)};
  }
  .ProseMirror-gapcursor {
    display: none;
    pointer-events: none;
    position: absolute;
  }
  .ProseMirror-gapcursor:after {
    content: '';
    display: block;
    position: absolute;
    top: -2px;
    width: 20px;
    border-top: 1px solid black;
  }
  .ProseMirror-focused .ProseMirror-gapcursor {
    display: block;
  }
  /* The article's look, close to the page's. */
  .ProseMirror h2 {
    font-size: 1.35rem;
  }
  .ProseMirror h3 {
    font-size: 1.15rem;
  }
  .ProseMirror blockquote {
    margin-left: 0;
    padding-left: 1rem;
    border-left: 4px solid ${unsafeCSS(COLOR_BORDER)};
    color: ${unsafeCSS(COLOR_TEXT_MUTED)};
  }
  .ProseMirror table {
    border-collapse: collapse;
    margin: 1rem 0;
    width: 100%;
  }
  .ProseMirror th,
  .ProseMirror td {
    border: 1px solid ${unsafeCSS(COLOR_BORDER)};
    padding: 0.35rem 0.5rem;
    vertical-align: top;
  }
  .ProseMirror .selectedCell {
    background: #fdf3d0;
  }
  .ProseMirror figure {
    margin: 1rem 0;
  }
  .ProseMirror figure img {
    max-width: 100%;
    height: auto;
    display: block;
  }
  .ProseMirror figcaption {
    font-size: 0.9rem;
    color: ${unsafeCSS(COLOR_TEXT_MUTED)};
    padding-top: 0.25rem;
  }
  .ProseMirror a {
    color: ${unsafeCSS(COLOR_PRIMARY)};
  }
  @container (max-width: 40rem) {
    .ProseMirror {
      padding: 0.5rem;
    }
  }
`;
