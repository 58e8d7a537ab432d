import { define } from '@agency-portal/core';
import { ApAdStrip } from './ad-strip.js';

define('ap-ad-strip', ApAdStrip);

declare global {
  interface HTMLElementTagNameMap {
    'ap-ad-strip': ApAdStrip;
  }
}
