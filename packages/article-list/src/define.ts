import { define } from '@agency-portal/core';
import { ApArticleList } from './article-list.js';

define('ap-article-list', ApArticleList);

declare global {
  interface HTMLElementTagNameMap {
    'ap-article-list': ApArticleList;
  }
}
