import { ApListErrorEvent, ApListLoadEvent, type ListErrorDetail, type ListLoadDetail } from '@agency-portal/core';

/** Fired when the partners from `src` have loaded (not for `initialData`, which is there from the start). */
export class ApAdStripLoadEvent extends ApListLoadEvent {
  /** The event's name, as listeners give it to `addEventListener`. */
  static readonly eventName = 'ap-ad-strip-load';

  constructor(detail: ListLoadDetail) {
    super(ApAdStripLoadEvent.eventName, detail);
  }
}

/**
 * Fired when the partners could not be loaded; the slotted links stay. Unless a listener cancels it, the widget
 * also logs the details as a console warning.
 */
export class ApAdStripErrorEvent extends ApListErrorEvent {
  /** The event's name, as listeners give it to `addEventListener`. */
  static readonly eventName = 'ap-ad-strip-error';

  constructor(detail: ListErrorDetail) {
    super(ApAdStripErrorEvent.eventName, detail);
  }
}

// ap-views-sent has one type wherever it is fired: core's ViewCounter fires it.
export { ApViewsSentEvent } from '@agency-portal/core';
export type { ViewDetail } from '@agency-portal/core';

declare global {
  interface GlobalEventHandlersEventMap {
    'ap-ad-strip-load': ApAdStripLoadEvent;
    'ap-ad-strip-error': ApAdStripErrorEvent;
  }
  interface HTMLElementEventMap {
    'ap-ad-strip-load': ApAdStripLoadEvent;
    'ap-ad-strip-error': ApAdStripErrorEvent;
  }
}
