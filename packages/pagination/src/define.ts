import { define } from '@agency-portal/core';
import { ApPagination } from './pagination.js';

define('ap-pagination', ApPagination);

declare global {
  interface HTMLElementTagNameMap {
    'ap-pagination': ApPagination;
  }
}
