// What the member sites screen says when the API refuses or fails: this screen's sentence for the codes only it
// meets (site_exists, portal_site, ...), else the newsroom's sentence for the code (../strings.ts `problems`), and
// the server's own words (English) as the detail where they name what is wrong.
import { ApiError } from '@agency-portal/core';
import type { Strings } from '../strings.js';
import type { SiteStrings } from './strings.js';

export interface Problem {
  /** In the page's language. */
  message: string;
  /** The server's message, in English; empty when it adds nothing. */
  detail: string;
}

/** Codes whose server message names what is wrong (the field, the value). */
const DETAILED = new Set(['validation_failed', 'invalid_parameter']);

/** The problem of an API call that failed with `error`; `t` is this screen's strings, `shared` the newsroom's. */
export function describeProblem(error: unknown, t: SiteStrings, shared: Strings): Problem {
  if (!(error instanceof ApiError)) return { message: t.failed, detail: error instanceof Error ? error.message : '' };
  const known = t.problems[error.code] ?? shared.problems[error.code];
  if (known === undefined) return { message: t.failed, detail: error.message };
  return { message: known, detail: DETAILED.has(error.code) ? error.message : '' };
}
