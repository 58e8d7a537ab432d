import type { ApiError } from '@agency-portal/core';

export interface ArticleListLoadDetail {
  /** The page shown, from 1. */
  page: number;
  /** How many articles match, on every page together. */
  total: number;
  totalPages: number;
}

/** Fired when a page of articles has loaded and is about to be shown. */
export class ApArticleListLoadEvent extends CustomEvent<ArticleListLoadDetail> {
  /** The event's name, as listeners give it to `addEventListener`. */
  static readonly eventName = 'ap-article-list-load';

  constructor(detail: ArticleListLoadDetail) {
    super(ApArticleListLoadEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface ArticleListErrorDetail {
  /** What went wrong: `status` (0 without a response), `code` (`timeout`, `invalid_response`, the server's) and `message`. */
  error: ApiError;
}

/**
 * Fired when the articles could not be loaded; the widget shows a generic message with a retry button.
 * Unless a listener cancels it, the widget also logs the details as a console warning.
 */
export class ApArticleListErrorEvent extends CustomEvent<ArticleListErrorDetail> {
  /** The event's name, as listeners give it to `addEventListener`. */
  static readonly eventName = 'ap-article-list-error';

  constructor(detail: ArticleListErrorDetail) {
    super(ApArticleListErrorEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ap-article-list-load': ApArticleListLoadEvent;
    'ap-article-list-error': ApArticleListErrorEvent;
  }
  interface HTMLElementEventMap {
    'ap-article-list-load': ApArticleListLoadEvent;
    'ap-article-list-error': ApArticleListErrorEvent;
  }
}
