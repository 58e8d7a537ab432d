import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.js';

/**
 * The origins whose pages may make credentialed requests to the API: the portal's own (PUBLIC_URL) and the
 * configured AUTH_ALLOWED_ORIGINS. The one place that decides it: a registry of sites can replace this later.
 */
export function allowedOrigins(config: Pick<Config, 'publicUrl' | 'authAllowedOrigins'>): (origin: string) => boolean {
  const allowed = new Set([new URL(config.publicUrl).origin, ...config.authAllowedOrigins]);
  return (origin) => allowed.has(origin);
}

/** Methods that change state: they must come from an allowed origin. */
export const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Whether a state-changing request may be carried out: its `Origin` is allowed, or (without `Origin`) its
 * `Sec-Fetch-Site` is `same-origin` or `none` (typed by the user). A request with neither header does not come
 * from a browser page (scripts, the command line), so no other site can have forged it.
 */
export function fromAllowedOrigin(request: FastifyRequest, isAllowed: (origin: string) => boolean): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined) return origin !== 'null' && isAllowed(origin);
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  return true;
}
