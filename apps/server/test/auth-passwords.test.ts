import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { checkCredentials } from '../src/auth/login.js';
import { hashPassword, passwordProblem, verifyPassword } from '../src/auth/passwords.js';
import { addUser, UserInputError } from '../src/auth/users.js';
import { login, PASSWORD, startAuthServer, type AuthServer } from './auth-support.js';

const ARGON2ID = /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/;

describe('password policy (ASVS 2.1)', () => {
  test('at least 12 characters, counted as Unicode characters', async () => {
    assert.match((await passwordProblem('a'.repeat(11))) ?? '', /at least 12 characters; it has 11/);
    assert.equal(await passwordProblem('xkcd horse b'), undefined);
    // 12 characters of 4 bytes each: counted as 12, not 48 and not 24 UTF-16 units.
    assert.match((await passwordProblem('🐴'.repeat(11))) ?? '', /it has 11/);
    assert.equal(await passwordProblem('🐴'.repeat(12)), undefined);
  });

  test('up to 128 characters are accepted, 129 are not; 64 and more are allowed', async () => {
    assert.equal(await passwordProblem('Mật khẩu dài '.repeat(5).slice(0, 64)), undefined);
    assert.equal(await passwordProblem('q'.repeat(60) + 'z'.repeat(68)), undefined);
    assert.match((await passwordProblem('q'.repeat(129))) ?? '', /at most 128 characters; it has 129/);
  });

  test('any characters, no composition rules: spaces, Vietnamese, emoji, only lower-case letters', async () => {
    for (const password of [
      'correct horse battery staple',
      'đường về nhà xa lắm',
      '   spaces   ok   ',
      'onlylowercaseletters',
      '🐴🔋📎✔️ ngựa pin',
    ]) {
      assert.equal(await passwordProblem(password), undefined, password);
    }
  });

  test('common passwords are refused, whatever their case', async () => {
    for (const password of ['qwerty123456', '1q2w3e4r5t6y', 'QAZWSXEDCRFV', '123qweasdzxc']) {
      assert.match((await passwordProblem(password)) ?? '', /common passwords/, password);
    }
  });

  test('the username is refused as the password', async () => {
    assert.match((await passwordProblem('nguyen.van.an', 'Nguyen.Van.An')) ?? '', /may not be the username/);
  });

  test('hashes are Argon2id with m=19456 KiB, t=2, p=1 and a random salt; the whole password counts', async () => {
    const long = 'x'.repeat(127) + 'a';
    const [first, second] = await Promise.all([hashPassword(long), hashPassword(long)]);
    assert.match(first, ARGON2ID);
    assert.notEqual(first, second, 'two hashes of one password differ by their salt');
    assert.equal(await verifyPassword(first, long), true);
    // Differs only in the last of 128 characters: no truncation.
    assert.equal(await verifyPassword(first, 'x'.repeat(128)), false);
    // The same text in another Unicode normalization form matches (NFC before hashing).
    const composed = await hashPassword('Tiếng Việt có dấu');
    assert.equal(await verifyPassword(composed, 'Tiếng Việt có dấu'.normalize('NFD')), true);
    assert.equal(await verifyPassword('not a hash', long), false);
  });
});

describe('users', () => {
  let server: AuthServer;
  before(async () => (server = await startAuthServer()));
  after(() => server.close());

  test('addUser refuses a common password, a bad role, a bad username or a taken one, and stores nothing', async () => {
    const cases: [Parameters<typeof addUser>[1], RegExp][] = [
      [{ username: 'an', role: 'editor', password: PASSWORD }, /username must have 3 to 64/],
      [{ username: 'quan-tri', role: 'root', password: PASSWORD }, /role must be one of editor, admin/],
      [{ username: 'quan-tri', role: 'admin', password: 'qwerty123456' }, /common passwords/],
      [{ username: 'quan-tri', role: 'admin', password: 'short' }, /at least 12/],
      [{ username: 'BIEN-TAP', role: 'admin', password: PASSWORD }, /already a user "bien-tap"/],
    ];
    for (const [input, message] of cases) {
      await assert.rejects(
        addUser(server.store, input, server.clock.now()),
        (error: Error) => error instanceof UserInputError && message.test(error.message),
      );
    }
    assert.equal(await server.store.getUserByUsername('quan-tri'), undefined);
    const stored = await server.store.getUserByUsername('bien-tap');
    assert.equal(stored?.role, 'editor');
    assert.match(stored?.passwordHash ?? '', ARGON2ID);
  });

  test('no account exists until one is created: no default user or password', async () => {
    const empty = await startAuthServer();
    try {
      for (const username of ['admin', 'administrator', 'root', 'editor']) {
        for (const password of ['admin', 'password', 'admin123456789', '']) {
          if (password === '') continue;
          const { response } = await login(empty, username, password);
          assert.equal(response.status, 401, `${username} / ${password}`);
        }
        assert.equal(await empty.store.getUserByUsername(username), undefined);
      }
    } finally {
      await empty.close();
    }
  });

  test('an unknown username is checked against a hash with the same Argon2id parameters (same work as a wrong password)', async () => {
    const verified: string[] = [];
    const counting = async (hash: string, password: string) => {
      verified.push(hash);
      return verifyPassword(hash, password);
    };
    assert.equal(await checkCredentials(server.store, 'khong-co-ai', PASSWORD, counting), undefined);
    assert.equal(await checkCredentials(server.store, 'bien-tap', 'wrong password!', counting), undefined);
    assert.equal((await checkCredentials(server.store, 'bien-tap', PASSWORD, counting))?.username, 'bien-tap');
    assert.equal(verified.length, 3, 'one verification per attempt, whether or not the user exists');
    const params = verified.map((hash) => hash.split('$').slice(1, 4).join('$'));
    assert.deepEqual(params, Array(3).fill('argon2id$v=19$m=19456,t=2,p=1'));
  });
});
