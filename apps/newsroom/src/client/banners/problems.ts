// What the banners screen says when the API refuses or fails: a sentence of ours in the page's language for every
// answer we can foresee, and the server's own message (English) as the detail.
import { ApiError } from '@agency-portal/core';
import type { BannerStrings } from './strings.js';

export interface Problem {
  /** Ours, in the page's language. */
  message: string;
  /** The server's message, in English; empty when there is none worth showing. */
  detail: string;
  /** The list changed on the server (an item is gone, or the order no longer names every item): reload it. */
  stale?: boolean;
}

/** The problem of an API call that failed with `error`. */
export function describeProblem(error: unknown, t: BannerStrings): Problem {
  if (!(error instanceof ApiError)) return { message: t.failed, detail: error instanceof Error ? error.message : '' };
  const detail = error.message;
  switch (error.code) {
    case 'validation_failed':
    case 'invalid_parameter':
      if (/^endsAt must be after startsAt/.test(detail)) return { message: t.endsBeforeStarts, detail };
      if (/^No uploaded image/.test(detail)) return { message: t.imageGone, detail };
      if (/^ids must be the id of every/.test(detail)) return { message: t.orderChanged, detail, stale: true };
      return { message: t.invalid, detail };
    case 'not_found':
      return { message: t.notFound, detail, stale: true };
    case 'forbidden':
      return { message: t.forbidden, detail };
    case 'unsupported_media_type':
    case 'invalid_image':
      return { message: t.badImage, detail };
    case 'image_too_large':
    case 'payload_too_large':
      return { message: t.imageTooLarge, detail };
    case 'network_error':
    case 'timeout':
      return { message: t.network, detail: '' };
    default:
      return { message: t.failed, detail };
  }
}
