import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ApiError } from '../api/openapi.js';
import { strictValidation } from '../api/validation.js';
import { staffOf, staffOnly } from '../auth/guard.js';
import { hashPassword } from '../auth/passwords.js';
import { addUser, checkUserSite, normalizeUsername, temporaryPassword, UserInputError } from '../auth/users.js';
import type { Config } from '../config.js';
import type { StaffUser, Store } from '../store/types.js';
import { CreateUser, StaffUser as StaffUserSchema, UpdateUser, UserId, UserList, UserWithTemporaryPassword } from './schemas.js';

export interface UserRoutesOptions {
  config: Config;
  store: Store;
}

const errors = { 400: ApiError, 401: ApiError, 403: ApiError };
const TAGS = ['Users'];

const toJson = (user: StaffUser) => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  role: user.role,
  siteId: user.siteId,
  disabledAt: user.disabledAt?.toISOString() ?? null,
  mustChangePassword: user.mustChangePassword,
  createdAt: user.createdAt.toISOString(),
  updatedAt: user.updatedAt.toISOString(),
});

/**
 * The newsroom's user API, for admins: list the staff accounts, create one (with a temporary password when none
 * is given), change a name or role, disable and enable, and reset a password. Every change is in the audit log
 * (never a password), and the portal keeps at least one enabled admin.
 */
export const userRoutes: FastifyPluginAsync<UserRoutesOptions> = async (plain, { config, store }) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  strictValidation(app);
  const admin = staffOnly(config, store, ['admin']);

  app.get(
    '/users',
    {
      preHandler: admin,
      schema: {
        tags: TAGS,
        summary: 'The staff accounts, by username (admins)',
        security: [{ session: [] }],
        response: { 200: UserList, ...errors },
      },
    },
    async () => ({ items: (await store.listStaffUsers()).map(toJson) }),
  );

  app.post(
    '/users',
    {
      preHandler: admin,
      schema: {
        tags: TAGS,
        summary: 'Create a staff account (admins)',
        description:
          'Without `password`, the server makes a strong temporary password and returns it in this answer only; the user signs ' +
          'in with it and must choose their own before any staff route opens (403 `password_change_required`). A `site-editor` ' +
          'needs `siteId`, an enabled member site (400 `site_required`, `unknown_site`, `site_disabled`); other roles take ' +
          'none (400 `site_not_allowed`).',
        security: [{ session: [] }],
        body: CreateUser,
        response: { 201: UserWithTemporaryPassword, ...errors, 409: ApiError },
      },
    },
    async (request, reply) => {
      const { username, displayName, role, siteId, password } = request.body;
      const now = app.now();
      if ((await store.getUserByUsername(normalizeUsername(username))) !== undefined) {
        return sendError(reply, 409, 'user_exists', `There is already a user "${normalizeUsername(username)}": choose another username.`);
      }
      const temporary = password === undefined ? temporaryPassword() : null;
      try {
        const user = await addUser(
          store,
          { username, displayName, role, siteId, password: password ?? (temporary as string), mustChangePassword: temporary !== null },
          now,
          { actor: staffOf(request), at: now },
        );
        const created = (await store.getStaffUser(user.id)) as StaffUser;
        return reply
          .code(201)
          .header('location', `/api/v1/users/${user.id}`)
          .send({ user: toJson(created), temporaryPassword: temporary });
      } catch (error) {
        if (error instanceof UserInputError) return sendError(reply, 400, error.code, error.message);
        if ((error as { code?: string }).code === 'user_exists') return sendError(reply, 409, 'user_exists', (error as Error).message);
        throw error;
      }
    },
  );

  app.patch(
    '/users/:id',
    {
      preHandler: admin,
      schema: {
        tags: TAGS,
        summary: 'Change a name or role, or disable or enable an account (admins)',
        description:
          'Disabling ends the account’s sessions at once. An admin cannot disable or demote their own account, and the ' +
          'portal keeps at least one enabled admin (409). A site editor’s `siteId` follows the rules of creation: a role ' +
          'other than `site-editor` clears it.',
        security: [{ session: [] }],
        params: UserId,
        body: UpdateUser,
        response: { 200: StaffUserSchema, ...errors, 404: ApiError, 409: ApiError },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { displayName, role, siteId, disabled } = request.body;
      const actor = staffOf(request);
      const name = displayName?.trim();
      if (name === '') return sendError(reply, 400, 'validation_failed', 'The display name must not be empty.');
      if (id === actor.id && (disabled === true || (role !== undefined && role !== 'admin'))) {
        return sendError(
          reply,
          409,
          'own_account',
          'You cannot disable your own account or take away your own admin role: ask another admin, so that the portal always keeps one.',
        );
      }
      const before = await store.getStaffUser(id);
      if (before === undefined) return notFound(reply, id);
      // The site that goes with the new role: given, kept for a site editor, none for the other roles.
      const newRole = role ?? before.role;
      const newSite = siteId !== undefined ? siteId : newRole === 'site-editor' ? before.siteId : null;
      try {
        // Checked when it changes: a disabled site's editor can still be renamed, disabled or moved.
        if (newRole !== before.role || newSite !== before.siteId) await checkUserSite(store, newRole, newSite);
      } catch (error) {
        if (error instanceof UserInputError) return sendError(reply, 400, error.code, error.message);
        throw error;
      }
      const now = app.now();
      const result = await store.updateUser(id, { displayName: name, role, siteId: newSite, disabled }, { actor, at: now });
      if (result.kind === 'not-found') return notFound(reply, id);
      if (result.kind === 'last-admin') {
        return sendError(reply, 409, 'last_admin', 'This would leave the portal without an enabled admin: nothing was changed.');
      }
      return toJson(result.user);
    },
  );

  app.post(
    '/users/:id/password-reset',
    {
      preHandler: admin,
      schema: {
        tags: TAGS,
        summary: 'Give an account a new temporary password and end its sessions (admins)',
        description: 'The temporary password is in this answer only; the user must choose their own at the next sign-in.',
        security: [{ session: [] }],
        params: UserId,
        response: { 200: UserWithTemporaryPassword, ...errors, 404: ApiError },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const temporary = temporaryPassword();
      const now = app.now();
      const user = await store.setPassword(
        id,
        await hashPassword(temporary),
        { mustChangePassword: true, action: 'user.password-reset' },
        { actor: staffOf(request), at: now },
      );
      if (user === undefined) return notFound(reply, id);
      return { user: toJson(user), temporaryPassword: temporary };
    },
  );
};

function notFound(reply: FastifyReply, id: number) {
  return sendError(reply, 404, 'not_found', `No user ${id}.`);
}

function sendError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).send({ error: { code, message } });
}
