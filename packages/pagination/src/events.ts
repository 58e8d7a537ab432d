export interface PageChangeDetail {
  /** The page asked for. */
  page: number;
  /** The page shown before. */
  previousPage: number;
}

/**
 * Fired when the user picks a page (a number, previous or next), before the page changes. Cancel it to
 * keep the current page (and, in link mode, stop the navigation). Fired, not cancelable, when the page
 * changes through the browser's back and forward buttons with `sync-url`.
 */
export class ApPageChangeEvent extends CustomEvent<PageChangeDetail> {
  /** The event's name, as listeners give it to `addEventListener`. */
  static readonly eventName = 'ap-page-change';

  constructor(detail: PageChangeDetail, { cancelable = true } = {}) {
    super(ApPageChangeEvent.eventName, { detail, bubbles: true, composed: true, cancelable });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ap-page-change': ApPageChangeEvent;
  }
  interface HTMLElementEventMap {
    'ap-page-change': ApPageChangeEvent;
  }
}
