import { define } from '@agency-portal/core';
import { NrArticleList } from './nr-article-list.js';

define('nr-article-list', NrArticleList);

declare global {
  interface HTMLElementTagNameMap {
    'nr-article-list': NrArticleList;
  }
}
