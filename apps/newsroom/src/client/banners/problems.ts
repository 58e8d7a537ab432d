// What the banners screen says when the API refuses or fails: the newsroom's sentence for the error's code
// (../problems.ts, strings.ts `problems`), or a sentence of this screen's own where the server's message says more
// (an end before the start, an image gone, an order that no longer names every item of the list or set), and the server's own words
// (English) as the detail where they name what is wrong.
import { ApiError } from '@agency-portal/core';
import type { Strings } from '../strings.js';
import type { BannerStrings } from './strings.js';

export interface Problem {
  /** In the page's language. */
  message: string;
  /** The server's message, in English; empty when it adds nothing. */
  detail: string;
  /** The list changed on the server (an item is gone, or the order no longer names every item): reload it. */
  stale?: boolean;
}

/** Codes whose server message names what is wrong (the field, the value). */
const DETAILED = new Set(['validation_failed', 'invalid_parameter']);

/** The problem of an API call that failed with `error`; `t` is this screen's strings, `shared` the newsroom's. */
export function describeProblem(error: unknown, t: BannerStrings, shared: Strings): Problem {
  if (!(error instanceof ApiError)) return { message: t.failed, detail: error instanceof Error ? error.message : '' };
  const { code, message } = error;
  if (code === 'validation_failed') {
    if (/^endsAt must be after startsAt/.test(message)) return { message: t.endsBeforeStarts, detail: message };
    if (/^No uploaded image/.test(message)) return { message: t.imageGone, detail: message };
    if (/^ids must be the id of every/.test(message)) return { message: t.orderChanged, detail: message, stale: true };
    // Another editor moved a banner of this set to another meanwhile.
    if (/^Banner \d+ is in the set /.test(message)) return { message: t.orderChanged, detail: message, stale: true };
  }
  const known = shared.problems[code];
  if (known === undefined) return { message: t.failed, detail: message };
  return { message: known, detail: DETAILED.has(code) ? message : '', stale: code === 'not_found' };
}
