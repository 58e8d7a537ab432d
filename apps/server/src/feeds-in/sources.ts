import type { NewFeedSource } from '../store/types.js';

export const FEED_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_FEED_ID_LENGTH = 64;
export const DEFAULT_REFRESH_MINUTES = 30;
export const MIN_REFRESH_MINUTES = 5;
export const MAX_REFRESH_MINUTES = 24 * 60;

/** A source to add, checked: the first problem found throws an Error with a message for the operator. */
export function checkNewSource(input: { id: string; url: string; name?: string; refreshMinutes?: number }): NewFeedSource {
  const id = input.id.trim();
  if (!(id.length <= MAX_FEED_ID_LENGTH && FEED_ID.test(id))) {
    throw new Error(
      `A feed id is lowercase letters a-z and digits in words joined by single hyphens, at most ${MAX_FEED_ID_LENGTH} characters; got "${id}".`,
    );
  }
  let url: URL;
  try {
    url = new URL(input.url.trim());
  } catch {
    throw new Error(`The feed URL must be an absolute http:// or https:// URL; got "${input.url}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`The feed URL must be an http:// or https:// URL; got "${input.url}".`);
  if (url.username || url.password) throw new Error('The feed URL may not carry a user name or password.');
  const name = (input.name ?? '').trim() || url.hostname;
  if (name.length > 200) throw new Error('The display name is longer than 200 characters.');
  const refreshMinutes = input.refreshMinutes ?? DEFAULT_REFRESH_MINUTES;
  if (!(Number.isInteger(refreshMinutes) && refreshMinutes >= MIN_REFRESH_MINUTES && refreshMinutes <= MAX_REFRESH_MINUTES)) {
    throw new Error(
      `The refresh interval is a whole number of minutes from ${MIN_REFRESH_MINUTES} to ${MAX_REFRESH_MINUTES}; got "${input.refreshMinutes}".`,
    );
  }
  return { id, url: url.href, name: name.normalize('NFC'), refreshMinutes };
}

/** A source is stale when its last fetch failed, it never succeeded, or its last success is over 3 intervals old. */
export function isStale(source: { error: unknown; fetchedAt: Date | null; refreshMinutes: number }, now: Date): boolean {
  if (source.error !== null || source.fetchedAt === null) return true;
  return now.getTime() - source.fetchedAt.getTime() > 3 * source.refreshMinutes * 60_000;
}
