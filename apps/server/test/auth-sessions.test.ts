import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { hashSessionId } from '../src/auth/sessions.js';
import { login, me, PASSWORD, sessionCookie, startAuthServer, type AuthServer } from './auth-support.js';

const MINUTE = 60_000;

describe('sign-in and sessions', () => {
  let server: AuthServer;
  before(async () => (server = await startAuthServer()));
  after(() => server.close());
  beforeEach(async () => {
    // Each test starts without throttling left from the one before.
    await server.store.clearLoginFailures('account:bien-tap');
  });

  test('a correct sign-in answers the user and sets an HttpOnly, SameSite=Lax session cookie (plain-http localhost)', async () => {
    const { response, body, session } = await login(server, ' Bien-Tap ', PASSWORD);
    assert.equal(response.status, 200);
    assert.deepEqual(body, {
      user: {
        id: (body.user as unknown as { id: string }).id,
        username: 'bien-tap',
        displayName: 'Biên tập viên',
        role: 'editor',
        siteId: null,
        mustChangePassword: false,
      },
    });
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const [cookie] = response.headers.getSetCookie();
    assert.match(cookie, /^ap_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
    // 43 base64url characters: 256 random bits.
    assert.equal(Buffer.from(session!, 'base64url').length, 32);
    const { body: current } = await me(server, session);
    assert.equal(current.user?.username, 'bien-tap');
  });

  test('outside plain-http localhost the cookie is Secure and __Host- prefixed', async () => {
    const secure = await startAuthServer({ PUBLIC_URL: 'https://portal.example.vn' });
    try {
      const { response } = await login(secure, 'bien-tap', PASSWORD, { origin: 'https://portal.example.vn' });
      assert.equal(response.status, 200);
      const [cookie] = response.headers.getSetCookie();
      assert.match(cookie, /^__Host-ap_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Secure$/);
      assert.doesNotMatch(cookie, /Domain=/i);
    } finally {
      await secure.close();
    }
  });

  test('http on a host other than localhost also gets Secure and __Host-', async () => {
    const remote = await startAuthServer({ PUBLIC_URL: 'http://portal.example.vn' });
    try {
      const { response } = await login(remote, 'bien-tap', PASSWORD, { origin: 'http://portal.example.vn' });
      assert.match(response.headers.getSetCookie()[0], /^__Host-ap_session=.*; Secure$/);
    } finally {
      await remote.close();
    }
  });

  test('each sign-in gets a new id and ends the session it came with; only a hash of the id is stored', async () => {
    const first = await login(server, 'bien-tap', PASSWORD);
    const second = await login(server, 'bien-tap', PASSWORD, { cookie: `ap_session=${first.session}` });
    assert.equal(second.response.status, 200);
    assert.ok(second.session && first.session && second.session !== first.session);
    assert.equal((await me(server, first.session)).body.user, null, 'the old id no longer works');
    assert.equal((await me(server, second.session)).body.user?.username, 'bien-tap');
    assert.equal(await server.store.getSession(second.session!), undefined, 'the raw id is not a key in the store');
    assert.ok(await server.store.getSession(hashSessionId(second.session!)));
  });

  test('a session id the server never issued is not accepted, and sign-in does not adopt it', async () => {
    const planted = 'A'.repeat(43);
    assert.equal((await me(server, planted)).body.user, null);
    const { session } = await login(server, 'bien-tap', PASSWORD, { cookie: `ap_session=${planted}` });
    assert.notEqual(session, planted);
  });

  test('idle expiry: 30 minutes without a request end the session; each request starts the idle time again', async () => {
    const { session } = await login(server, 'bien-tap', PASSWORD);
    server.clock.advance(29 * MINUTE);
    assert.equal((await me(server, session)).body.user?.username, 'bien-tap');
    server.clock.advance(29 * MINUTE);
    assert.equal((await me(server, session)).body.user?.username, 'bien-tap', '29 minutes after the last request');
    server.clock.advance(30 * MINUTE);
    const expired = await me(server, session);
    assert.equal(expired.body.user, null, '30 minutes after the last request');
    assert.match(expired.response.headers.getSetCookie()[0], /^ap_session=; Path=\/; Max-Age=0; HttpOnly; SameSite=Lax$/);
    assert.equal(await server.store.getSession(hashSessionId(session!)), undefined, 'the expired session is deleted');
  });

  test('absolute expiry: 12 hours after sign-in the session ends, however active', async () => {
    const { session } = await login(server, 'bien-tap', PASSWORD);
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      server.clock.advance(20 * MINUTE);
      assert.equal((await me(server, session)).body.user?.username, 'bien-tap', `${minutes} minutes after sign-in`);
    }
    server.clock.advance(20 * MINUTE);
    assert.equal((await me(server, session)).body.user, null, '12 hours after sign-in');
  });

  test('sign-out deletes the server-side session and clears the cookie', async () => {
    const { session } = await login(server, 'bien-tap', PASSWORD);
    const response = await fetch(server.url('/api/v1/auth/logout'), {
      method: 'POST',
      headers: { origin: server.origin, cookie: `ap_session=${session}` },
    });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { user: null });
    assert.match(response.headers.getSetCookie()[0], /^ap_session=; Path=\/; Max-Age=0; HttpOnly; SameSite=Lax$/);
    assert.equal(await server.store.getSession(hashSessionId(session!)), undefined);
    // The old cookie, replayed, is worth nothing.
    assert.equal((await me(server, session)).body.user, null);
  });

  test('GET /me tells whether cookies arrive: without any it sets a probe cookie', async () => {
    const first = await me(server, undefined);
    assert.deepEqual(first.body, { user: null, cookies: false });
    const probe = sessionCookie(first.response, 'ap_cookies');
    assert.equal(probe, '1');
    const second = await fetch(server.url('/api/v1/auth/me'), { headers: { cookie: 'ap_cookies=1' } });
    assert.deepEqual(await second.json(), { user: null, cookies: true });
    assert.deepEqual(second.headers.getSetCookie(), []);
  });

  test('bad sign-in bodies get a 4xx and change nothing', async () => {
    const post = (body: string, type = 'application/json') =>
      fetch(server.url('/api/v1/auth/login'), { method: 'POST', headers: { 'content-type': type, origin: server.origin }, body });
    for (const body of [
      '{}',
      '{"username":"bien-tap"}',
      '{"username":"bien-tap","password":42}',
      'not json',
      `{"username":"bien-tap","password":"${'x'.repeat(1025)}"}`,
    ]) {
      const response = await post(body);
      assert.equal(response.status, 400, body.slice(0, 40));
      assert.deepEqual(response.headers.getSetCookie(), []);
    }
    assert.equal((await post('username=bien-tap&password=x', 'application/x-www-form-urlencoded')).status, 415);
    assert.equal(await server.store.getLoginFailures('account:bien-tap'), undefined, 'no failure counted');
  });
});
