// The member sites screen: a chunk of its own, loaded when /quan-tri/trang-thanh-vien is opened.
import { define } from '@agency-portal/core';
import { NrSites } from './nr-sites.js';

define('nr-sites', NrSites);

declare global {
  interface HTMLElementTagNameMap {
    'nr-sites': NrSites;
  }
}
