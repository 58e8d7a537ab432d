import { createHash } from 'node:crypto';
import type { AuthStore } from '../store/types.js';

export interface ThrottlePolicy {
  /** Failures allowed before any wait. */
  free: number;
  /** The first wait, in seconds; each further failure doubles it... */
  firstDelay: number;
  /** ...up to this many seconds. */
  maxDelay: number;
}

/**
 * Per account: 4 free tries, then 1, 2, 4, ... minutes up to an hour between tries: at most about a dozen
 * guesses per account in the first hour and one an hour after that.
 */
export const ACCOUNT_THROTTLE: ThrottlePolicy = { free: 4, firstDelay: 60, maxDelay: 3600 };
/** Per client IP: more room (an office behind one address), the same growth. */
export const IP_THROTTLE: ThrottlePolicy = { free: 20, firstDelay: 60, maxDelay: 3600 };
/** Failures older than this are forgotten: the count starts again. */
export const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

/** Seconds to wait after `count` failures under `policy`. */
export function delayAfter(count: number, { free, firstDelay, maxDelay }: ThrottlePolicy): number {
  return count <= free ? 0 : Math.min(firstDelay * 2 ** (count - free - 1), maxDelay);
}

export const accountKey = (username: string) => `account:${username}`;
/** Client addresses are kept only as a hash. */
export const ipKey = (ip: string) => `ip:${createHash('sha256').update(ip).digest('base64url')}`;

/** Whole seconds until `key` may try again at `now`; 0 when it may now. */
export async function retryAfter(store: AuthStore, key: string, policy: ThrottlePolicy, now: Date): Promise<number> {
  const failures = await store.getLoginFailures(key);
  if (failures === undefined || now.getTime() - failures.lastFailureAt.getTime() >= FORGET_AFTER_MS) return 0;
  const wait = failures.lastFailureAt.getTime() + delayAfter(failures.count, policy) * 1000 - now.getTime();
  return wait > 0 ? Math.ceil(wait / 1000) : 0;
}

/** Counts a failure for `key` at `now`; returns the new count. */
export function recordFailure(store: AuthStore, key: string, now: Date): Promise<number> {
  return store.addLoginFailure(key, now, new Date(now.getTime() - FORGET_AFTER_MS));
}
