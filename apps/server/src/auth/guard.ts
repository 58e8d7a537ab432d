import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Config } from '../config.js';
import type { Store, User, UserRole } from '../store/types.js';
import { cookieSettings, readCookie, sessionUser } from './sessions.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in staff member, set by a staff route's guard. */
    staff?: User;
  }
}

/**
 * A preHandler for staff routes: 401 without a valid session (a disabled user has none), 403
 * `password_change_required` while the user has a temporary password, 403 when the user's role is not one of `roles`.
 * The Origin check of state-changing requests runs before it, for every route (routes/auth.ts).
 */
export function staffOnly(config: Config, store: Store, roles: readonly UserRole[]): preHandlerAsyncHookHandler {
  const cookie = cookieSettings(config).name;
  return async function guard(request: FastifyRequest, reply: FastifyReply) {
    reply.header('cache-control', 'no-store');
    const user = await sessionUser(store, readCookie(request.headers.cookie, cookie), request.server.now());
    if (user === undefined) {
      return reply.code(401).send({ error: { code: 'unauthenticated', message: 'Sign in first: this needs a staff session.' } });
    }
    if (user.mustChangePassword) {
      return reply.code(403).send({
        error: {
          code: 'password_change_required',
          message: 'You signed in with a temporary password: choose your own first (POST /api/v1/auth/password).',
        },
      });
    }
    if (!roles.includes(user.role)) {
      return reply.code(403).send({
        error: { code: 'forbidden', message: `This needs the ${roles.join(' or ')} role; you are signed in as ${user.role}.` },
      });
    }
    request.staff = user;
  };
}

/** The signed-in user of a guarded route. */
export function staffOf(request: FastifyRequest): User {
  if (request.staff === undefined) throw new Error('staffOf() is for routes behind staffOnly().');
  return request.staff;
}

/** Editors and admins: the staff who work on the portal's own content (a site editor works on one member site only). */
export function isContentStaff(user: User | undefined): boolean {
  return user !== undefined && (user.role === 'editor' || user.role === 'admin');
}
