import { define } from '@agency-portal/core';
// The event types (HTMLElementEventMap): importing this file alone brings the tag's and its events' types.
import './events.js';
import { ApLoginBox } from './login-box.js';

define('ap-login-box', ApLoginBox);

declare global {
  interface HTMLElementTagNameMap {
    'ap-login-box': ApLoginBox;
  }
}
