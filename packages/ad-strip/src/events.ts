import type { LoadError } from '@agency-portal/core';

/** Fired when the partners from `src` have loaded; `detail.count` is how many are shown. */
export class ApLoadEvent extends CustomEvent<{ count: number }> {
  static readonly eventName = 'ap-load';

  constructor(detail: { count: number }) {
    super(ApLoadEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** Fired when the partners could not be loaded; the slotted links stay. Cancel it to keep the console quiet. */
export class ApErrorEvent extends CustomEvent<{ error: LoadError }> {
  static readonly eventName = 'ap-error';

  constructor(detail: { error: LoadError }) {
    super(ApErrorEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

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
