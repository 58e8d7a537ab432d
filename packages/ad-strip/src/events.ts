// ap-load and ap-error, as every widget that loads one list with core's loadJson fires them.
export { ApListLoadEvent as ApLoadEvent, ApListErrorEvent as ApErrorEvent } from '@agency-portal/core';

export interface ViewDetail {
  /** The partner ids sent in this batch: each came at least half into view for the first time on this page. */
  ids: number[];
}

/** Fired when a batch of views has been sent to the server (which does not count bots). */
export class ApViewsSentEvent extends CustomEvent<ViewDetail> {
  static readonly eventName = 'ap-views-sent';

  constructor(detail: ViewDetail) {
    super(ApViewsSentEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ap-views-sent': ApViewsSentEvent;
  }
}
