import { define } from '@agency-portal/core';
import { ApLoginBox } from './login-box.js';

define('ap-login-box', ApLoginBox);

declare global {
  interface HTMLElementTagNameMap {
    'ap-login-box': ApLoginBox;
  }
}
