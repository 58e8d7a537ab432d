import { define } from '@agency-portal/core';
// The event types (HTMLElementEventMap): importing this file alone brings the tag's and its events' types.
import './events.js';
import { ApBannerCarousel } from './banner-carousel.js';

define('ap-banner-carousel', ApBannerCarousel);

declare global {
  interface HTMLElementTagNameMap {
    'ap-banner-carousel': ApBannerCarousel;
  }
}
