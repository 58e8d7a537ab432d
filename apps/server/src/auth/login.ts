import type { AuthStore, User } from '../store/types.js';
import { dummyHash, verifyPassword } from './passwords.js';

/**
 * The user whose username and password these are, or undefined (also for a disabled user). An unknown username costs one Argon2id
 * verification too (against a hash of a random password with the same parameters), so that it takes about as
 * long as a wrong password and the answer's timing does not tell which usernames exist.
 */
export async function checkCredentials(
  store: AuthStore,
  username: string,
  password: string,
  verify: (hash: string, password: string) => Promise<boolean> = verifyPassword,
): Promise<User | undefined> {
  const user = await store.getUserByUsername(username);
  const matches = await verify(user?.passwordHash ?? (await dummyHash()), password);
  // A disabled user gets the same answer as a wrong password, after the same work.
  if (user === undefined || !matches || user.disabled) return undefined;
  const { passwordHash: _, ...rest } = user;
  return rest;
}
