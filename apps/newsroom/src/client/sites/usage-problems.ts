// What the usage components say when the API refuses or fails: their own sentence for the codes only they meet
// (strings.ts `problems`), else the newsroom's sentence for the code (../problems.ts).
import { ApiError } from '@agency-portal/core';
import { describeProblem as describeShared } from '../problems.js';
import type { Strings } from '../strings.js';
import type { UsageStrings } from './usage-strings.js';

/** The refusal of an API call in the page's language; `stale` when the lists should be read again. */
export function describeProblem(error: unknown, t: UsageStrings, shared: Strings): { message: string; stale: boolean } {
  const own = error instanceof ApiError ? t.problems[error.code] : undefined;
  if (own !== undefined) return { message: own, stale: (error as ApiError).code !== 'too_many_origins' };
  return { message: describeShared(error, shared) || t.failed, stale: false };
}
