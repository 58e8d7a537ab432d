// Registers the member sites' usage components, for the sites screen that shows them.
import { define } from '@agency-portal/core';
import { NrSiteUsage } from './nr-site-usage.js';
import { NrUnregisteredOrigins } from './nr-unregistered-origins.js';

define('nr-site-usage', NrSiteUsage);
define('nr-unregistered-origins', NrUnregisteredOrigins);

declare global {
  interface HTMLElementTagNameMap {
    'nr-site-usage': NrSiteUsage;
    'nr-unregistered-origins': NrUnregisteredOrigins;
  }
}
