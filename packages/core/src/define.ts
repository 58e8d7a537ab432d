import { define } from './define-element.js';
import { ApPortal } from './portal.js';

define('ap-portal', ApPortal);

declare global {
  interface HTMLElementTagNameMap {
    'ap-portal': ApPortal;
  }
}
