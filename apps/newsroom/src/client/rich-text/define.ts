import { define } from '@agency-portal/core';
import { NrRichText } from './nr-rich-text.js';

define('nr-rich-text', NrRichText);

declare global {
  interface HTMLElementTagNameMap {
    'nr-rich-text': NrRichText;
  }
}
