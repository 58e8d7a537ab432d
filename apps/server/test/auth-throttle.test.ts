import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { delayAfter, ACCOUNT_THROTTLE, IP_THROTTLE } from '../src/auth/throttle.js';
import { login, PASSWORD, startAuthServer, type AuthServer } from './auth-support.js';

const SECOND = 1000;

describe('throttling and the generic failure', () => {
  // Each test has its own server, so its counters start at zero.
  let server: AuthServer;
  beforeEach(async () => (server = await startAuthServer()));
  afterEach(() => server.close());

  test('an unknown username and a wrong password get the same status, message and headers', async () => {
    const unknown = await login(server, 'khong-ton-tai', 'some password 123');
    const wrong = await login(server, 'bien-tap', 'some password 123');
    assert.equal(unknown.response.status, 401);
    assert.equal(wrong.response.status, 401);
    assert.deepEqual(unknown.body, wrong.body);
    assert.deepEqual(unknown.body, { error: { code: 'invalid_credentials', message: 'The username or password is incorrect.' } });
    const headers = (response: Response) =>
      [...response.headers].filter(([name]) => !['date', 'keep-alive', 'x-request-id'].includes(name));
    assert.deepEqual(headers(unknown.response), headers(wrong.response));
  });

  test('per account: growing waits with Retry-After, and no password is checked while waiting', async () => {
    for (let i = 1; i <= ACCOUNT_THROTTLE.free; i++) {
      assert.equal((await login(server, 'bien-tap', `wrong password ${i}`)).response.status, 401, `failure ${i}`);
    }
    const limited = await login(server, 'bien-tap', 'wrong password 5');
    assert.equal(limited.response.status, 429);
    assert.equal(limited.response.headers.get('retry-after'), '60');
    assert.deepEqual(limited.body.error, {
      code: 'too_many_attempts',
      message: 'Too many failed sign-ins. Try again in 1 minute.',
      retryAfter: 60,
    });

    // Even the right password is refused while the wait lasts...
    server.clock.advance(59 * SECOND);
    const early = await login(server, 'bien-tap', PASSWORD);
    assert.equal(early.response.status, 429);
    assert.equal(early.response.headers.get('retry-after'), '1');
    assert.equal(early.session, undefined);

    // ...then each further failure doubles the wait.
    const waits: string[] = [];
    for (let i = 0; i < 3; i++) {
      server.clock.advance(3600 * SECOND);
      const { response } = await login(server, 'bien-tap', 'wrong again and again');
      waits.push(`${response.status} ${response.headers.get('retry-after')}`);
    }
    assert.deepEqual(waits, ['429 120', '429 240', '429 480']);
    assert.deepEqual(
      [5, 6, 7, 8, 9, 10, 11].map((count) => delayAfter(count, ACCOUNT_THROTTLE)),
      [60, 120, 240, 480, 960, 1920, 3600],
    );

    server.clock.advance(480 * SECOND);
    const ok = await login(server, 'bien-tap', PASSWORD);
    assert.equal(ok.response.status, 200, 'after the wait the right password works');
    assert.equal(await server.store.getLoginFailures('account:bien-tap'), undefined, 'a sign-in clears the account count');
  });

  test('a burst of parallel guesses is throttled like the same guesses one after another', async () => {
    const burst = await Promise.all(Array.from({ length: 10 }, (_, i) => login(server, 'bien-tap', `parallel guess ${i}`)));
    const statuses = burst.map(({ response }) => response.status).sort();
    assert.deepEqual(statuses, [401, 401, 401, 401, 429, 429, 429, 429, 429, 429]);
    assert.equal((await server.store.getLoginFailures('account:bien-tap'))?.count, 5, 'only the tries that were checked count');
  });

  test('per account, whether the account exists or not (throttling does not tell which exist)', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await login(server, 'khong-ton-tai', `wrong password ${i}`)).response.status);
    assert.deepEqual(statuses, [401, 401, 401, 401, 429]);
  });

  test('per IP: many usernames from one address are slowed down too', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= IP_THROTTLE.free + 1; i++) statuses.push((await login(server, `nguoi-${i}`, 'wrong password')).response.status);
    assert.deepEqual(statuses, [...Array(IP_THROTTLE.free).fill(401), 429]);
    const other = await login(server, 'bien-tap', PASSWORD);
    assert.equal(other.response.status, 429, 'a correct password from the throttled address waits too');
    assert.equal(other.response.headers.get('retry-after'), '60');
    server.clock.advance(61 * SECOND);
    assert.equal((await login(server, 'bien-tap', PASSWORD)).response.status, 200);
  });

  test('failures older than a day are forgotten', async () => {
    for (let i = 0; i < 4; i++) await login(server, 'bien-tap', 'wrong password!!');
    server.clock.advance(25 * 3600 * SECOND);
    assert.equal((await login(server, 'bien-tap', 'wrong password!!')).response.status, 401, 'counted as the first failure');
  });

  test('failures and throttling are logged with the username, never the password', async () => {
    const secret = 'my-secret-guess-4711';
    for (let i = 0; i < 6; i++) await login(server, 'bien-tap', secret);
    await login(server, 'bien-tap', PASSWORD);
    const entries = server.logs.map((line) => JSON.parse(line) as { event?: string; username?: string; retryAfter?: number });
    const events = entries.filter((entry) => entry.event).map((entry) => `${entry.event} ${entry.username} ${entry.retryAfter}`);
    assert.deepEqual(events, [
      'login_failed bien-tap 0',
      'login_failed bien-tap 0',
      'login_failed bien-tap 0',
      'login_failed bien-tap 0',
      'login_failed bien-tap 60',
      'login_throttled bien-tap 60',
      'login_throttled bien-tap 60',
    ]);
    const all = server.logs.join('\n');
    assert.doesNotMatch(all, new RegExp(secret));
    assert.doesNotMatch(all, new RegExp(PASSWORD));
  });
});
