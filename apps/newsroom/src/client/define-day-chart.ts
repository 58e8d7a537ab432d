// Registers <nr-day-chart>. A view that shows a chart imports this file, so the chart comes with whichever view
// uses it first (the traffic view; banner and partner counts next).
import { define } from '@agency-portal/core';
import { NrDayChart } from './nr-day-chart.js';

define('nr-day-chart', NrDayChart);

declare global {
  interface HTMLElementTagNameMap {
    'nr-day-chart': NrDayChart;
  }
}
