import { ApListErrorEvent, ApListLoadEvent, type ListErrorDetail, type ListLoadDetail } from '@agency-portal/core/load-json.js';

export interface SlideChangeDetail {
  /** The slide now shown, from 0. */
  index: number;
  previousIndex: number;
  /** `rotation` when the automatic slide show moved on; `user` for the buttons, the picker, keys and swipes. */
  cause: 'rotation' | 'user';
}

/** Fired when another slide is shown. */
export class ApSlideChangeEvent extends CustomEvent<SlideChangeDetail> {
  /** The event's name, as listeners give it to `addEventListener`. */
  static readonly eventName = 'ap-slide-change';

  constructor(detail: SlideChangeDetail) {
    super(ApSlideChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface RotationChangeDetail {
  /** Whether the automatic slide show is on (it may still be paused while hovered, hidden or off-screen). */
  playing: boolean;
}

/** Fired when the automatic slide show is turned on or off: by its button, or off when keyboard focus enters the carousel. */
export class ApRotationChangeEvent extends CustomEvent<RotationChangeDetail> {
  /** The event's name, as listeners give it to `addEventListener`. */
  static readonly eventName = 'ap-rotation-change';

  constructor(detail: RotationChangeDetail) {
    super(ApRotationChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** Fired when the banners from `src` have loaded (not for `initialData`, which is there from the start). */
export class ApBannerCarouselLoadEvent extends ApListLoadEvent {
  /** The event's name, as listeners give it to `addEventListener`. */
  static readonly eventName = 'ap-banner-carousel-load';

  constructor(detail: ListLoadDetail) {
    super(ApBannerCarouselLoadEvent.eventName, detail);
  }
}

/**
 * Fired when the banners could not be loaded; the children stay shown. Unless a listener cancels it, the widget
 * also logs the details as a console warning.
 */
export class ApBannerCarouselErrorEvent extends ApListErrorEvent {
  /** The event's name, as listeners give it to `addEventListener`. */
  static readonly eventName = 'ap-banner-carousel-error';

  constructor(detail: ListErrorDetail) {
    super(ApBannerCarouselErrorEvent.eventName, detail);
  }
}

// ap-views-sent has one type wherever it is fired: core's ViewCounter fires it.
export { ApViewsSentEvent } from '@agency-portal/core/view-counter.js';
export type { ViewDetail } from '@agency-portal/core/view-counter.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'ap-slide-change': ApSlideChangeEvent;
    'ap-rotation-change': ApRotationChangeEvent;
    'ap-banner-carousel-load': ApBannerCarouselLoadEvent;
    'ap-banner-carousel-error': ApBannerCarouselErrorEvent;
  }
  interface HTMLElementEventMap {
    'ap-slide-change': ApSlideChangeEvent;
    'ap-rotation-change': ApRotationChangeEvent;
    'ap-banner-carousel-load': ApBannerCarouselLoadEvent;
    'ap-banner-carousel-error': ApBannerCarouselErrorEvent;
  }
}
