import { randomBytes } from 'node:crypto';
import { PORTAL_SITE } from '../stats/engine.js';
import type { AuthStore, ChangeContext, SiteStore, User, UserRole } from '../store/types.js';
import { hashPassword, passwordProblem } from './passwords.js';

export const ROLES: readonly UserRole[] = ['editor', 'admin', 'site-editor'];
const USERNAME = /^[\p{L}\p{N}._-]{3,64}$/u;

/** Usernames are compared trimmed, NFC-normalized and in lower case. */
export function normalizeUsername(username: string): string {
  return username.trim().normalize('NFC').toLowerCase();
}

export interface AddUser {
  username: string;
  displayName?: string;
  role: string;
  /** The member site of a `site-editor`; refused with any other role. */
  siteId?: string | null;
  password: string;
  /** A temporary password: the user must choose their own at the next sign-in. */
  mustChangePassword?: boolean;
}

/** A problem with the input, meant for the person who typed it; `code` is the API's error code for it. */
export class UserInputError extends Error {
  override name = 'UserInputError';
  constructor(
    message: string,
    readonly code = 'validation_failed',
  ) {
    super(message);
  }
}

/**
 * Throws UserInputError unless `siteId` fits `role`: a site editor needs an enabled member site (not the portal's
 * own), and every other role has no site.
 */
export async function checkUserSite(store: Pick<SiteStore, 'getSite'>, role: UserRole, siteId: string | null): Promise<void> {
  if (role !== 'site-editor') {
    if (siteId !== null) throw new UserInputError(`Only a site editor has a site; the ${role} role has none.`, 'site_not_allowed');
    return;
  }
  if (siteId === null) throw new UserInputError('A site editor needs the member site they work on (siteId).', 'site_required');
  const site = siteId === PORTAL_SITE ? undefined : await store.getSite(siteId);
  if (site === undefined) throw new UserInputError(`No member site "${siteId}": choose a registered member site.`, 'unknown_site');
  if (site.disabledAt !== null)
    throw new UserInputError(`The site "${siteId}" is disabled: enable it first, or choose another.`, 'site_disabled');
}

/**
 * Validates and creates a user with an Argon2id hash of `password`; throws UserInputError on bad input. With a
 * `context` (an admin's change), the creation is in the audit log.
 */
export async function addUser(
  store: AuthStore & Pick<SiteStore, 'getSite'>,
  input: AddUser,
  now: Date,
  context?: ChangeContext,
): Promise<User> {
  const username = normalizeUsername(input.username);
  if (!USERNAME.test(username)) {
    throw new UserInputError('The username must have 3 to 64 letters, digits, dots, hyphens or underscores.');
  }
  if (!(ROLES as readonly string[]).includes(input.role)) throw new UserInputError(`The role must be one of ${ROLES.join(', ')}.`);
  const siteId = input.siteId ?? null;
  await checkUserSite(store, input.role as UserRole, siteId);
  const displayName = (input.displayName ?? username).trim();
  if (displayName.length === 0 || displayName.length > 100) throw new UserInputError('The display name must have 1 to 100 characters.');
  const problem = await passwordProblem(input.password, username);
  if (problem !== undefined) throw new UserInputError(problem);
  if ((await store.getUserByUsername(username)) !== undefined) throw new UserInputError(`There is already a user "${username}".`);
  return store.createUser(
    {
      username,
      displayName,
      role: input.role as UserRole,
      siteId,
      passwordHash: await hashPassword(input.password),
      createdAt: now,
      mustChangePassword: input.mustChangePassword ?? false,
    },
    context,
  );
}

/** Bytes of randomness in a temporary password (144 bits, 24 characters of base64url). */
const TEMPORARY_PASSWORD_BYTES = 18;

/** A strong temporary password, from the system CSPRNG: shown once to the admin who set it. */
export function temporaryPassword(): string {
  return randomBytes(TEMPORARY_PASSWORD_BYTES).toString('base64url');
}
