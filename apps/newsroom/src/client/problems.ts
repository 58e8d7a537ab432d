// The server's errors are in English, for developers ({ error: { code, message } }); staff read what went wrong in
// their own language, by the error's code.
import { ApiError } from '@agency-portal/core';
import type { Strings } from './strings.js';

/** Codes whose server message names what is wrong (the field, the value): it is shown after the translation. */
const DETAILED = new Set(['validation_failed', 'invalid_parameter']);

/** What to tell staff about a failed request: by its code in their language, else the error's own message. */
export function describeProblem(error: unknown, t: Strings): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const known = t.problems[error.code];
  if (known === undefined) return error.message;
  return DETAILED.has(error.code) ? `${known} ${t.serverSaid(error.message)}` : known;
}
