import { createHash, randomBytes } from 'node:crypto';
import type { Config } from '../config.js';
import type { AuthStore, User } from '../store/types.js';

/** A session ends after 30 minutes without a request... */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** ...and 12 hours after sign-in, whatever the activity. */
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** Bytes of randomness in a session id (256 bits). */
const SESSION_ID_BYTES = 32;

export interface CookieSettings {
  /** `__Host-ap_session` on https (and any non-local host), `ap_session` on plain-http localhost. */
  name: string;
  /** The cookie that tells `GET /me` whether cookies reach the server at all. */
  probeName: string;
  secure: boolean;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The session cookie's name and flags. `Secure` and the `__Host-` prefix (no Domain, Path=/, Secure) everywhere
 * except a portal served over plain http on localhost, where browsers would refuse such a cookie.
 */
export function cookieSettings(config: Pick<Config, 'publicUrl'>): CookieSettings {
  const url = new URL(config.publicUrl);
  const secure = !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
  const prefix = secure ? '__Host-' : '';
  return { name: `${prefix}ap_session`, probeName: `${prefix}ap_cookies`, secure };
}

/** A `Set-Cookie` value with the session flags; `value` empty clears the cookie. */
export function serializeCookie(name: string, value: string, { secure }: CookieSettings): string {
  return [
    `${name}=${value}`,
    'Path=/',
    ...(value === '' ? ['Max-Age=0'] : []),
    'HttpOnly',
    'SameSite=Lax',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** The value of cookie `name` in a `Cookie` header, if present. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

/** A new session id: 256 random bits from the system CSPRNG, base64url. */
export function newSessionId(): string {
  return randomBytes(SESSION_ID_BYTES).toString('base64url');
}

/** What the store keeps of a session id. */
export function hashSessionId(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

/** Starts a session for `userId` and returns its id (for the cookie only). Expired sessions are removed on the way. */
export async function startSession(store: AuthStore, userId: number, now: Date): Promise<string> {
  await store.deleteExpiredSessions(new Date(now.getTime() - IDLE_TIMEOUT_MS), new Date(now.getTime() - ABSOLUTE_TIMEOUT_MS));
  const id = newSessionId();
  await store.createSession({ idHash: hashSessionId(id), userId, createdAt: now, lastSeenAt: now });
  return id;
}

/**
 * The user of session `id` when it is valid at `now` (the session's idle time starts again); undefined for an
 * unknown, idle-expired or absolutely expired session, which is deleted, and for the session of a disabled user.
 */
export async function sessionUser(store: AuthStore, id: string | undefined, now: Date): Promise<User | undefined> {
  if (id === undefined || id.length > 100) return undefined;
  const idHash = hashSessionId(id);
  const session = await store.getSession(idHash);
  if (session === undefined) return undefined;
  const t = now.getTime();
  if (t - session.lastSeenAt.getTime() >= IDLE_TIMEOUT_MS || t - session.createdAt.getTime() >= ABSOLUTE_TIMEOUT_MS) {
    await store.deleteSession(idHash);
    return undefined;
  }
  // Read from the store on every request: a user disabled on another instance is signed out here at once.
  const user = await store.getUserById(session.userId);
  if (user === undefined || user.disabled) return undefined;
  await store.touchSession(idHash, now);
  return user;
}

/** Ends session `id` (if it exists). */
export async function endSession(store: AuthStore, id: string | undefined): Promise<boolean> {
  return id === undefined ? false : store.deleteSession(hashSessionId(id));
}
