// The member site form's checks, made before anything is sent so that each field says what is wrong in the staff's
// language. They follow the server's rules (apps/server/src/sites/schemas.ts and input.ts), and are stricter on
// one point: an origin on plain http is accepted only for localhost, since a real site's pages are served on https.

/** A new site's id: 2 to 32 lowercase letters and digits in words joined by single hyphens (the server's NEW_SITE_ID). */
export const SITE_ID = /^(?=.{2,32}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The id of the portal's own site (the server's PORTAL_SITE): it cannot be disabled. */
export const PORTAL_SITE = 'portal';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

const parse = (value: string) => (URL.canParse(value) ? new URL(value) : undefined);

/** `value` as an origin (`https://host[:port]`, http only for localhost), or undefined when it is not one. */
export function toOrigin(value: string): string | undefined {
  const url = parse(value);
  if (!url || url.username || url.password || !url.hostname) return undefined;
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) return undefined;
  // Nothing after the origin but an optional slash.
  return value.replace(/\/$/, '') === url.origin ? url.origin : undefined;
}

/** Whether `value` is an absolute http(s) address without a user or password. */
export function isWebAddress(value: string): boolean {
  const url = parse(value);
  return !!url && ['http:', 'https:'].includes(url.protocol) && !url.username && !url.password && !!url.hostname;
}

/** A plain check of an e-mail address's shape; the server checks it again. */
export const isEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

/**
 * The time zones offered: the network's sites are in Vietnam and its neighbours, so a short list reads better than
 * the 400 IANA zones (whose names also differ between engines: Chromium calls Asia/Ho_Chi_Minh Asia/Saigon). A site
 * already in another zone keeps it: the form adds its zone to the list.
 */
export const TIME_ZONES = [
  'Asia/Ho_Chi_Minh',
  'Asia/Bangkok',
  'Asia/Vientiane',
  'Asia/Phnom_Penh',
  'Asia/Jakarta',
  'Asia/Singapore',
  'Asia/Kuala_Lumpur',
  'Asia/Manila',
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Seoul',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Europe/London',
  'Europe/Paris',
  'America/New_York',
  'America/Los_Angeles',
  'UTC',
];
export const DEFAULT_SITE_TIME_ZONE = 'Asia/Ho_Chi_Minh';
