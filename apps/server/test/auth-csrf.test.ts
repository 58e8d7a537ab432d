import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { hashSessionId } from '../src/auth/sessions.js';
import { login, me, PASSWORD, startAuthServer, type AuthServer } from './auth-support.js';

const SIBLING = 'https://so-a.gov.vn';
const EVIL = 'https://evil.example';

describe('cross-site request forgery and CORS', () => {
  let server: AuthServer;
  before(async () => (server = await startAuthServer({ AUTH_ALLOWED_ORIGINS: `${SIBLING}, https://so-b.gov.vn` })));
  after(() => server.close());

  test('a cross-site sign-in gets 403 and changes nothing: no session, no failure counted', async () => {
    for (const headers of [{ origin: EVIL }, { origin: 'null' }, { origin: '', 'sec-fetch-site': 'cross-site' }]) {
      const sent: Record<string, string> = Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== ''));
      const response = await fetch(server.url('/api/v1/auth/login'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...sent },
        body: JSON.stringify({ username: 'bien-tap', password: PASSWORD }),
      });
      assert.equal(response.status, 403, JSON.stringify(sent));
      assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'forbidden_origin');
      assert.deepEqual(response.headers.getSetCookie(), []);
      assert.equal(response.headers.get('access-control-allow-origin'), null);
    }
    const wrong = await fetch(server.url('/api/v1/auth/login'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: EVIL },
      body: JSON.stringify({ username: 'bien-tap', password: 'wrong password here' }),
    });
    assert.equal(wrong.status, 403);
    assert.equal(await server.store.getLoginFailures('account:bien-tap'), undefined);
  });

  test('a cross-site sign-out gets 403 and the session lives on', async () => {
    const { session } = await login(server, 'bien-tap', PASSWORD);
    for (const headers of [{ origin: EVIL }, { 'sec-fetch-site': 'same-site' }, { 'sec-fetch-site': 'cross-site' }] as Record<
      string,
      string
    >[]) {
      const response = await fetch(server.url('/api/v1/auth/logout'), {
        method: 'POST',
        headers: { ...headers, cookie: `ap_session=${session}` },
      });
      assert.equal(response.status, 403, JSON.stringify(headers));
    }
    assert.ok(await server.store.getSession(hashSessionId(session!)));
    assert.equal((await me(server, session)).body.user?.username, 'bien-tap');
  });

  test('any state-changing request carrying the session cookie must come from an allowed origin', async () => {
    const { session } = await login(server, 'bien-tap', PASSWORD);
    const response = await fetch(server.url('/api/v1/articles/x/views'), {
      method: 'POST',
      headers: { origin: EVIL, cookie: `ap_session=${session}` },
    });
    assert.equal(response.status, 403);
  });

  test('the portal itself, a registered site, a same-origin fetch and a non-browser client may sign in', async () => {
    for (const headers of [
      { origin: server.origin },
      { origin: SIBLING },
      { origin: 'https://so-b.gov.vn' },
      { 'sec-fetch-site': 'same-origin' },
      {},
    ] as Record<string, string>[]) {
      const response = await fetch(server.url('/api/v1/auth/login'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ username: 'bien-tap', password: PASSWORD }),
      });
      assert.equal(response.status, 200, JSON.stringify(headers));
    }
  });

  test('credentialed CORS answers only registered origins', async () => {
    const allowed = await me(server, undefined, { origin: SIBLING });
    assert.equal(allowed.response.headers.get('access-control-allow-origin'), SIBLING);
    assert.equal(allowed.response.headers.get('access-control-allow-credentials'), 'true');
    assert.match(allowed.response.headers.get('vary') ?? '', /Origin/);

    const refused = await me(server, undefined, { origin: EVIL });
    assert.equal(refused.response.headers.get('access-control-allow-origin'), null);
    assert.equal(refused.response.headers.get('access-control-allow-credentials'), null);

    const preflight = (origin: string) =>
      fetch(server.url('/api/v1/auth/login'), {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const ok = await preflight(SIBLING);
    assert.equal(ok.status, 204);
    assert.equal(ok.headers.get('access-control-allow-origin'), SIBLING);
    assert.match(ok.headers.get('access-control-allow-headers') ?? '', /content-type/);
    const no = await preflight(EVIL);
    assert.equal(no.headers.get('access-control-allow-origin'), null);
    assert.equal(no.headers.get('access-control-allow-headers'), null);
  });

  test('the sign-in page returns only to pages of allowed sites', async () => {
    const page = await fetch(server.url(`/dang-nhap?return=${encodeURIComponent(`${SIBLING}/tin-tuc?x=1`)}`));
    assert.equal(page.status, 200);
    const text = await page.text();
    assert.match(text, /<ap-login-box api="\/api\/v1\/" return-to="https:\/\/so-a\.gov\.vn\/tin-tuc\?x=1"><\/ap-login-box>/);
    // Without JavaScript, a plain form posts back here with the same page to return to.
    assert.match(text, /<noscript><form method="post" action="\/dang-nhap\?return=https%3A%2F%2Fso-a\.gov\.vn%2Ftin-tuc%3Fx%3D1">/);
    assert.match(text, /<script type="module" src="\/embed\/login-box\.js"><\/script>/);
    for (const back of [`${EVIL}/`, 'javascript:alert(1)', '//evil.example/', 'not a url']) {
      const refused = await fetch(server.url(`/dang-nhap?return=${encodeURIComponent(back)}`));
      assert.equal(refused.status, 400, back);
      assert.doesNotMatch(await refused.text(), /return-to/);
    }
    assert.doesNotMatch(await (await fetch(server.url('/dang-nhap'))).text(), /return-to/);
  });

  test('the sign-in page has an English address, with the same return rule', async () => {
    const vi = await (await fetch(server.url('/dang-nhap'))).text();
    assert.match(vi, /<html lang="vi">/);
    assert.match(vi, /<h1>Đăng nhập<\/h1>/);
    const en = await fetch(server.url(`/en/dang-nhap?return=${encodeURIComponent(`${SIBLING}/news`)}`));
    assert.equal(en.status, 200);
    const text = await en.text();
    assert.match(text, /<html lang="en">/);
    assert.match(text, /<title>Sign in<\/title>/);
    assert.match(text, /<h1>Sign in<\/h1>/);
    assert.match(text, /return-to="https:\/\/so-a\.gov\.vn\/news"/);
    const refused = await fetch(server.url(`/en/dang-nhap?return=${encodeURIComponent(`${EVIL}/`)}`));
    assert.equal(refused.status, 400);
    assert.match(await refused.text(), /not on a site registered with the portal/);
  });
});

describe('AUTH_ALLOWED_ORIGINS', () => {
  test('takes origins only, and names the bad entry', async () => {
    const { loadConfig } = await import('../src/config.js');
    assert.deepEqual(loadConfig({ AUTH_ALLOWED_ORIGINS: ' https://a.gov.vn/ ,, http://localhost:5173' }).authAllowedOrigins, [
      'https://a.gov.vn',
      'http://localhost:5173',
    ]);
    for (const bad of ['a.gov.vn', 'https://a.gov.vn/tin-tuc', 'ftp://a.gov.vn', 'https://user@a.gov.vn']) {
      assert.throws(
        () => loadConfig({ AUTH_ALLOWED_ORIGINS: bad }),
        new RegExp(`^Error: AUTH_ALLOWED_ORIGINS must list origins.*got "${bad.replace(/[./]/g, '\\$&')}"`),
      );
    }
  });
});
