import { define } from '@agency-portal/core';
import { ApBannerCarousel } from './banner-carousel.js';

define('ap-banner-carousel', ApBannerCarousel);

declare global {
  interface HTMLElementTagNameMap {
    'ap-banner-carousel': ApBannerCarousel;
  }
}
