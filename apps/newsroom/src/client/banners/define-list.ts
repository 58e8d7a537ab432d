import { define } from '@agency-portal/core';
import { NrBannerList } from './nr-banner-list.js';

define('nr-banner-list', NrBannerList);

declare global {
  interface HTMLElementTagNameMap {
    'nr-banner-list': NrBannerList;
  }
}
