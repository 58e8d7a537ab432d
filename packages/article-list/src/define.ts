import { define } from '@agency-portal/core';
// The event types (HTMLElementEventMap): importing this file alone brings the tag's and its events' types.
import './events.js';
import { ApArticleList } from './article-list.js';

define('ap-article-list', ApArticleList);

declare global {
  interface HTMLElementTagNameMap {
    'ap-article-list': ApArticleList;
  }
}
