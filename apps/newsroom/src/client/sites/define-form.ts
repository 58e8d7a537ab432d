import { define } from '@agency-portal/core';
import { NrSiteForm } from './nr-site-form.js';

define('nr-site-form', NrSiteForm);

declare global {
  interface HTMLElementTagNameMap {
    'nr-site-form': NrSiteForm;
  }
}
