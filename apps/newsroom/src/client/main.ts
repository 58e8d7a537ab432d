// The newsroom page's script: the page's stylesheet and <nr-app> with the article list; the editor's chunk is
// loaded by <nr-app> when an article is opened.
import './newsroom.css';
import { define } from '@agency-portal/core';
import { NrApp } from './nr-app.js';

define('nr-app', NrApp);

declare global {
  interface HTMLElementTagNameMap {
    'nr-app': NrApp;
  }
}
