// The embed builder (/quan-tri/ma-nhung): a chunk of its own, loaded when the screen is first opened.
import { define } from '@agency-portal/core';
import { NrEmbedBuilder } from './nr-embed-builder.js';

define('nr-embed-builder', NrEmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'nr-embed-builder': NrEmbedBuilder;
  }
}
