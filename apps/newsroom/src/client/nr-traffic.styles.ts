import { css, unsafeCSS } from 'lit';
import { COLOR_BORDER, COLOR_PRIMARY, COLOR_SURFACE, COLOR_TEXT_MUTED, FOCUS_RING, RADIUS, SPACE } from '@agency-portal/core';

/** On top of formStyles: the period as segmented buttons, the totals, and the tables (cards on a phone). */
export const trafficStyles = css`
  fieldset {
    border: none;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.25rem;
  }
  .periods {
    display: flex;
    flex-wrap: wrap;
  }
  .periods legend {
    width: 100%;
  }
  /* Native radio buttons (arrow keys move the choice), drawn as one row of buttons. */
  .segment {
    position: relative;
    flex-direction: row;
    align-items: center;
    min-height: 2.5rem;
    padding: 0 0.9rem;
    border: 1px solid ${unsafeCSS(COLOR_BORDER)};
    background: ${unsafeCSS(COLOR_SURFACE)};
    font-weight: normal;
    cursor: pointer;
  }
  .segment + .segment {
    margin-left: -1px;
  }
  .segment:first-of-type {
    border-radius: ${unsafeCSS(RADIUS)} 0 0 ${unsafeCSS(RADIUS)};
  }
  .segment:last-of-type {
    border-radius: 0 ${unsafeCSS(RADIUS)} ${unsafeCSS(RADIUS)} 0;
  }
  .segment input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
    min-height: 0;
  }
  .segment.checked {
    background: ${unsafeCSS(COLOR_PRIMARY)};
    border-color: ${unsafeCSS(COLOR_PRIMARY)};
    color: #fff;
    font-weight: 600;
    z-index: 1;
  }
  .segment:focus-within {
    ${unsafeCSS(FOCUS_RING)};
    z-index: 2;
  }
  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: ${unsafeCSS(SPACE)} 2rem;
    margin: 0 0 1rem;
  }
  .totals dt {
    color: ${unsafeCSS(COLOR_TEXT_MUTED)};
    font-size: 0.9rem;
  }
  .totals dd {
    margin: 0;
    font-size: 1.75rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .result[aria-busy='true'] {
    opacity: 0.6;
  }
  .empty {
    color: ${unsafeCSS(COLOR_TEXT_MUTED)};
  }
  nr-day-chart {
    margin-bottom: 1.5rem;
  }
  table {
    margin-bottom: 1rem;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding: 0.5rem 0;
  }
  .number {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .top td a {
    color: inherit;
    font-weight: 600;
  }
  a:focus-visible {
    ${unsafeCSS(FOCUS_RING)};
  }
  h3 {
    margin-bottom: 0.25rem;
  }
  /* On a phone the tables are lists of cards (forms.styles.ts), each number labelled. */
  @container (max-width: 40rem) {
    td[data-label]::before {
      content: attr(data-label) ': ';
      color: ${unsafeCSS(COLOR_TEXT_MUTED)};
    }
    .number {
      text-align: left;
    }
    .segment {
      padding: 0 0.75rem;
    }
    .sites th {
      display: block;
      text-align: left;
      border: none;
      padding: 0.15rem 0;
    }
  }
  /* A member site's page address can be long: it wraps rather than widening the table on a phone. */
  .path {
    overflow-wrap: anywhere;
  }
`;
