// The sign-in page's form without JavaScript: POST /dang-nhap (and /en/dang-nhap) with a form body signs in as the
// API does (same throttling, same origin rule), then goes back to the page named by `return` or to the newsroom.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { me, PASSWORD, sessionCookie, startAuthServer, type AuthServer } from './auth-support.js';

const SIBLING = 'https://so-a.gov.vn';
const EVIL = 'https://evil.example';

describe('the sign-in form without JavaScript', () => {
  let server: AuthServer;
  before(async () => (server = await startAuthServer({ AUTH_ALLOWED_ORIGINS: SIBLING })));
  after(() => server.close());

  const post = (path: string, fields: Record<string, string>, origin: string | undefined = server.origin) =>
    fetch(server.url(path), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(origin === undefined ? {} : { origin }) },
      body: new URLSearchParams(fields),
    });

  test('signs in and goes to the newsroom in the page language, or back to the page to return to', async () => {
    const vi = await post('/dang-nhap', { username: 'bien-tap', password: PASSWORD });
    assert.equal(vi.status, 303);
    assert.equal(vi.headers.get('location'), '/quan-tri/');
    assert.equal(vi.headers.get('cache-control'), 'no-store');
    const session = sessionCookie(vi);
    assert.ok(session, 'a session cookie');
    assert.equal((await me(server, session)).body.user?.username, 'bien-tap');

    const en = await post('/en/dang-nhap', { username: 'Bien-Tap', password: PASSWORD });
    assert.equal(en.headers.get('location'), '/admin/');
    const back = await post(
      `/dang-nhap?return=${encodeURIComponent(`${SIBLING}/tin?x=1`)}`,
      { username: 'bien-tap', password: PASSWORD },
      SIBLING,
    );
    assert.equal(back.status, 303);
    assert.equal(back.headers.get('location'), `${SIBLING}/tin?x=1`);
  });

  test('a wrong password: the page again with the one generic message, 401, and the failure counted', async () => {
    const wrong = await post('/dang-nhap', { username: 'bien-tap', password: 'not the password' });
    assert.equal(wrong.status, 401);
    assert.deepEqual(wrong.headers.getSetCookie(), []);
    const text = await wrong.text();
    assert.match(text, /<p class="sign-in-error" role="alert">Tên đăng nhập hoặc mật khẩu không đúng\.<\/p>/);
    assert.match(text, /<form method="post" action="\/dang-nhap">/);
    assert.ok((await server.store.getLoginFailures('account:bien-tap')) !== undefined);
    const en = await post('/en/dang-nhap', { username: 'nobody', password: 'x' });
    assert.equal(en.status, 401);
    assert.match(await en.text(), /The username or password is incorrect\./);
  });

  test('a body that is not a username and a password: 400 with the form, nothing counted', async () => {
    for (const fields of [
      {},
      { username: 'bien-tap' },
      { username: 'bien-tap', password: PASSWORD, role: 'admin' },
      { username: '', password: 'x' },
    ] as Record<string, string>[]) {
      const response = await post('/dang-nhap', fields);
      assert.equal(response.status, 400, JSON.stringify(fields));
      assert.deepEqual(response.headers.getSetCookie(), []);
      assert.match(await response.text(), /<form method="post"/);
    }
  });

  test('from another site: 403 and nothing counted; to a page of an unknown site: 400', async () => {
    const failures = await server.store.getLoginFailures('account:bien-tap');
    for (const origin of [EVIL, 'null']) {
      const refused = await post('/dang-nhap', { username: 'bien-tap', password: 'guess' }, origin);
      assert.equal(refused.status, 403, origin);
      assert.deepEqual(refused.headers.getSetCookie(), []);
    }
    assert.deepEqual(await server.store.getLoginFailures('account:bien-tap'), failures);
    const open = await post(`/dang-nhap?return=${encodeURIComponent(`${EVIL}/`)}`, { username: 'bien-tap', password: PASSWORD });
    assert.equal(open.status, 400);
    assert.deepEqual(open.headers.getSetCookie(), []);
  });

  test('too many failures: 429 with the wait, in minutes, and Retry-After', async () => {
    let last: Response | undefined;
    for (let i = 0; i < 12 && last?.status !== 429; i++) last = await post('/dang-nhap', { username: 'khach', password: `sai-${i}` });
    assert.equal(last?.status, 429);
    assert.ok(Number(last!.headers.get('retry-after')) > 0);
    assert.match(await last!.text(), /Bạn đã nhập sai quá nhiều lần\. Vui lòng thử lại sau \d+ phút\./);
  });
});
