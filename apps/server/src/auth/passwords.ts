import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

/** Argon2id at OWASP's minimum: 19 MiB of memory, 2 passes, 1 lane (a random 16-byte salt per hash). */
export const ARGON2_OPTIONS: Options = { algorithm: 2 as Algorithm, memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Shortest password accepted, in characters (Unicode code points after NFC normalization). */
export const MIN_PASSWORD_LENGTH = 12;
/** Longest password accepted; anything up to it is hashed whole, never truncated. */
export const MAX_PASSWORD_LENGTH = 128;

let common: Promise<Set<string>> | undefined;
/**
 * The common-password list of the zxcvbn-ts common dictionary (about 49,000 entries), in lower case. Loaded on
 * first use: only setting a password needs it, and the server starts faster without it.
 */
function commonPasswords(): Promise<Set<string>> {
  common ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) => new Set(dictionary.passwords.map((word) => word.normalize('NFC').toLowerCase())),
  );
  return common;
}

/** The password as it is hashed and counted: Unicode NFC, so that the same text typed on two systems matches. */
export function normalizePassword(password: string): string {
  return password.normalize('NFC');
}

/**
 * Why `password` may not be set (for `username`), or undefined when it may: 12 to 128 characters, any
 * characters, no composition rules, not a common password and not the username.
 */
export async function passwordProblem(password: string, username = ''): Promise<string | undefined> {
  const normalized = normalizePassword(password);
  const length = [...normalized].length;
  if (length < MIN_PASSWORD_LENGTH) return `The password must have at least ${MIN_PASSWORD_LENGTH} characters; it has ${length}.`;
  if (length > MAX_PASSWORD_LENGTH) return `The password may have at most ${MAX_PASSWORD_LENGTH} characters; it has ${length}.`;
  const lower = normalized.toLowerCase();
  if ((await commonPasswords()).has(lower)) return 'This password is on a list of common passwords: choose another.';
  if (username !== '' && lower === username.normalize('NFC').toLowerCase()) return 'The password may not be the username.';
  return undefined;
}

export function hashPassword(password: string): Promise<string> {
  return hash(normalizePassword(password), ARGON2_OPTIONS);
}

/** True when `password` matches `passwordHash`; false for a wrong password or a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, normalizePassword(password));
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/**
 * A hash of a random password with the same parameters: a sign-in for an unknown username is checked against
 * it, so that it takes as long as one with a wrong password.
 */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(crypto.randomUUID() + crypto.randomUUID());
  return dummy;
}
