export { ApBannerCarousel } from './banner-carousel.js';
export { isBannerList } from './banners.js';
export type { BannerList, BannerSlide } from './banners.js';
export {
  ApBannerCarouselErrorEvent,
  ApBannerCarouselLoadEvent,
  ApRotationChangeEvent,
  ApSlideChangeEvent,
  ApViewsSentEvent,
} from './events.js';
export type { RotationChangeDetail, SlideChangeDetail, ViewDetail } from './events.js';
export { RotationController } from './rotation-controller.js';
export type { RotationOptions } from './rotation-controller.js';
export { bannerCarouselStrings } from './strings.js';
export type { BannerCarouselStrings } from './strings.js';
export type { ListErrorDetail, ListLoadDetail, LoadError } from '@agency-portal/core';
