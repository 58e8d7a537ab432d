import type { VisitCounterError } from './error.js';
import type { VisitSummary } from './summary.js';

export interface VisitCounterUpdateDetail {
  /** The server's summary, as shown. */
  summary: VisitSummary;
}

/** Fired when the counters are shown: after the first load and after every live update. */
export class ApVisitCounterUpdateEvent extends CustomEvent<VisitCounterUpdateDetail> {
  /** The event's name, as listeners give it to `addEventListener`. */
  static readonly eventName = 'ap-visit-counter-update';

  constructor(detail: VisitCounterUpdateDetail) {
    super(ApVisitCounterUpdateEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface VisitCounterErrorDetail {
  /** What went wrong: `status` (0 without a response), `code` and `message`. */
  error: VisitCounterError;
}

/**
 * Fired when the counters could not be loaded; the widget shows a generic message with a retry button.
 * Unless a listener cancels it, the widget also logs the details as a console warning.
 */
export class ApVisitCounterErrorEvent extends CustomEvent<VisitCounterErrorDetail> {
  /** The event's name, as listeners give it to `addEventListener`. */
  static readonly eventName = 'ap-visit-counter-error';

  constructor(detail: VisitCounterErrorDetail) {
    super(ApVisitCounterErrorEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

export interface TrackDetail {
  /** `pageview` once per page, `heartbeat` about every minute while the page is visible. */
  type: 'pageview' | 'heartbeat';
  /** The URL the beacon went to. */
  url: string;
  /** The JSON body sent. */
  body: string;
  /** What `navigator.sendBeacon` answered: true when the browser queued the beacon. */
  queued: boolean;
}

/** Fired after a beacon was handed to the browser (with `track`). */
export class ApVisitCounterTrackEvent extends CustomEvent<TrackDetail> {
  /** The event's name, as listeners give it to `addEventListener`. */
  static readonly eventName = 'ap-visit-counter-track';

  constructor(detail: TrackDetail) {
    super(ApVisitCounterTrackEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ap-visit-counter-update': ApVisitCounterUpdateEvent;
    'ap-visit-counter-error': ApVisitCounterErrorEvent;
    'ap-visit-counter-track': ApVisitCounterTrackEvent;
  }
  interface HTMLElementEventMap {
    'ap-visit-counter-update': ApVisitCounterUpdateEvent;
    'ap-visit-counter-error': ApVisitCounterErrorEvent;
    'ap-visit-counter-track': ApVisitCounterTrackEvent;
  }
}
