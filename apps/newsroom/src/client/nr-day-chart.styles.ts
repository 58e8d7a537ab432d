import { css, unsafeCSS } from 'lit';
import { COLOR_BORDER, COLOR_TEXT, COLOR_TEXT_MUTED, FOCUS_RING, RADIUS, SPACE } from '@agency-portal/core';

/**
 * The series' colours: each has at least 4.5:1 contrast on white, so a line reads as well as text. The first two
 * (red and dark blue) stay apart for every kind of colour blindness; even so, colour is never the only cue: every
 * series after the first has its own dash pattern, and on short periods its own marker shape.
 */
export const dayChartStyles = css`
  :host {
    display: block;
    color: ${unsafeCSS(COLOR_TEXT)};
    --_c0: var(--nr-day-chart-color-1, #b3131b);
    --_c1: var(--nr-day-chart-color-2, #1d4f91);
    --_c2: var(--nr-day-chart-color-3, #1e6b34);
    --_c3: var(--nr-day-chart-color-4, #6b4c00);
  }
  figure {
    margin: 0;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .grid line {
    stroke: ${unsafeCSS(COLOR_BORDER)};
    stroke-width: 1;
  }
  .axis line {
    stroke: ${unsafeCSS(COLOR_TEXT_MUTED)};
  }
  text {
    fill: ${unsafeCSS(COLOR_TEXT_MUTED)};
    font-size: 12px;
    font-family: inherit;
  }
  .series {
    fill: none;
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .marker {
    stroke: #fff;
    stroke-width: 1;
  }
  .s0 {
    stroke: var(--_c0);
    color: var(--_c0);
  }
  .s1 {
    stroke: var(--_c1);
    color: var(--_c1);
    stroke-dasharray: 8 5;
  }
  .s2 {
    stroke: var(--_c2);
    color: var(--_c2);
    stroke-dasharray: 2 4;
  }
  .s3 {
    stroke: var(--_c3);
    color: var(--_c3);
    stroke-dasharray: 10 4 2 4;
  }
  .marker.s0,
  .marker.s1,
  .marker.s2,
  .marker.s3 {
    fill: currentColor;
    stroke: #fff;
    stroke-dasharray: none;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: ${unsafeCSS(SPACE)} 1.5rem;
    list-style: none;
    margin: ${unsafeCSS(SPACE)} 0 0;
    padding: 0;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .legend svg {
    width: 2.5rem;
    height: 1rem;
  }
  .empty {
    color: ${unsafeCSS(COLOR_TEXT_MUTED)};
  }
  details {
    margin-top: ${unsafeCSS(SPACE)};
  }
  summary {
    cursor: pointer;
    padding: 0.25rem 0;
    min-height: 1.5rem;
  }
  summary:focus-visible {
    ${unsafeCSS(FOCUS_RING)};
  }
  .table {
    max-height: 24rem;
    overflow: auto;
    border: 1px solid ${unsafeCSS(COLOR_BORDER)};
    border-radius: ${unsafeCSS(RADIUS)};
    margin-top: ${unsafeCSS(SPACE)};
  }
  .table:focus-visible {
    ${unsafeCSS(FOCUS_RING)};
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding: 0.5rem;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid ${unsafeCSS(COLOR_BORDER)};
    text-align: right;
  }
  th:first-child {
    text-align: left;
  }
  thead th {
    position: sticky;
    top: 0;
    background: #fff;
  }
  tfoot th,
  tfoot td {
    font-weight: 600;
  }
`;
