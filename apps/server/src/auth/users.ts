import { randomBytes } from 'node:crypto';
import type { AuthStore, ChangeContext, User, UserRole } from '../store/types.js';
import { hashPassword, passwordProblem } from './passwords.js';

export const ROLES: readonly UserRole[] = ['editor', 'admin'];
const USERNAME = /^[\p{L}\p{N}._-]{3,64}$/u;

/** Usernames are compared trimmed, NFC-normalized and in lower case. */
export function normalizeUsername(username: string): string {
  return username.trim().normalize('NFC').toLowerCase();
}

export interface AddUser {
  username: string;
  displayName?: string;
  role: string;
  password: string;
  /** A temporary password: the user must choose their own at the next sign-in. */
  mustChangePassword?: boolean;
}

/** A problem with the input, meant for the person who typed it. */
export class UserInputError extends Error {
  override name = 'UserInputError';
}

/**
 * Validates and creates a user with an Argon2id hash of `password`; throws UserInputError on bad input. With a
 * `context` (an admin's change), the creation is in the audit log.
 */
export async function addUser(store: AuthStore, input: AddUser, now: Date, context?: ChangeContext): Promise<User> {
  const username = normalizeUsername(input.username);
  if (!USERNAME.test(username)) {
    throw new UserInputError('The username must have 3 to 64 letters, digits, dots, hyphens or underscores.');
  }
  if (!(ROLES as readonly string[]).includes(input.role)) throw new UserInputError(`The role must be one of ${ROLES.join(', ')}.`);
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
