import { define } from '@agency-portal/core';
// The event types (HTMLElementEventMap): importing this file alone brings the tag's and its events' types.
import './events.js';
import { ApVisitCounter } from './visit-counter.js';

define('ap-visit-counter', ApVisitCounter);

declare global {
  interface HTMLElementTagNameMap {
    'ap-visit-counter': ApVisitCounter;
  }
}
