import { define } from '@agency-portal/core';
// The event types (HTMLElementEventMap): importing this file alone brings the tag's and its events' types.
import './events.js';
import { ApPagination } from './pagination.js';

define('ap-pagination', ApPagination);

declare global {
  interface HTMLElementTagNameMap {
    'ap-pagination': ApPagination;
  }
}
