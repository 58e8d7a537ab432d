export interface SlideChangeDetail {
  /** The slide now shown, from 0. */
  index: number;
  previousIndex: number;
  /** `rotation` when the automatic slide show moved on; `user` for the buttons, the picker, keys and swipes. */
  cause: 'rotation' | 'user';
}

/** Fired when another slide is shown. */
export class ApSlideChangeEvent extends CustomEvent<SlideChangeDetail> {
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
  static readonly eventName = 'ap-rotation-change';

  constructor(detail: RotationChangeDetail) {
    super(ApRotationChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

// ap-load and ap-error, as every widget that loads one list with core's loadJson fires them; ap-views-sent, as every
// widget that counts views with core's ViewCounter fires it.
export { ApListLoadEvent as ApLoadEvent, ApListErrorEvent as ApErrorEvent } from '@agency-portal/core/load-json.js';
export { ApViewsSentEvent } from '@agency-portal/core/view-counter.js';
export type { ViewDetail } from '@agency-portal/core/view-counter.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'ap-slide-change': ApSlideChangeEvent;
    'ap-rotation-change': ApRotationChangeEvent;
  }
}
