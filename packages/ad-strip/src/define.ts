import { define } from '@agency-portal/core';
// The event types (HTMLElementEventMap): importing this file alone brings the tag's and its events' types.
import './events.js';
import { ApAdStrip } from './ad-strip.js';

define('ap-ad-strip', ApAdStrip);

declare global {
  interface HTMLElementTagNameMap {
    'ap-ad-strip': ApAdStrip;
  }
}
