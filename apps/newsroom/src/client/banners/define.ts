// The banners screen (carousel banners and partners): a chunk of its own, loaded when /quan-tri/quang-cao is opened.
import { define } from '@agency-portal/core';
import { NrBanners } from './nr-banners.js';

define('nr-banners', NrBanners);

declare global {
  interface HTMLElementTagNameMap {
    'nr-banners': NrBanners;
  }
}
