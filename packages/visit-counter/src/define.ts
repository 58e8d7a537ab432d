import { define } from '@agency-portal/core';
import { ApVisitCounter } from './visit-counter.js';

define('ap-visit-counter', ApVisitCounter);

declare global {
  interface HTMLElementTagNameMap {
    'ap-visit-counter': ApVisitCounter;
  }
}
