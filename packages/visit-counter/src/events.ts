import type { VisitCounterError } from './error.js';
import type { VisitSummary } from './summary.js';

/** Fired when the counters are shown: after the first load and after every live update. */
export class ApUpdateEvent extends CustomEvent<{ summary: VisitSummary }> {
  static readonly eventName = 'ap-update';

  constructor(detail: { summary: VisitSummary }) {
    super(ApUpdateEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/**
 * Fired when the counters could not be loaded; the widget shows a generic message with a retry button.
 * Unless a listener cancels it, the widget also logs the details as a console warning.
 */
export class ApErrorEvent extends CustomEvent<{ error: VisitCounterError }> {
  static readonly eventName = 'ap-error';

  constructor(detail: { error: VisitCounterError }) {
    super(ApErrorEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
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
export class ApTrackEvent extends CustomEvent<TrackDetail> {
  static readonly eventName = 'ap-track';

  constructor(detail: TrackDetail) {
    super(ApTrackEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ap-update': ApUpdateEvent;
    'ap-error': ApErrorEvent;
    'ap-track': ApTrackEvent;
  }
}
