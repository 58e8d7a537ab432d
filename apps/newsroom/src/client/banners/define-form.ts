import { define } from '@agency-portal/core';
import { NrBannerForm } from './nr-banner-form.js';

define('nr-banner-form', NrBannerForm);

declare global {
  interface HTMLElementTagNameMap {
    'nr-banner-form': NrBannerForm;
  }
}
