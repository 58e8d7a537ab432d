// The newsroom's user API on the real server, on SQLite and on PostgreSQL: only admins manage accounts, the
// Origin check and validation change nothing, temporary passwords must be replaced before staff routes open,
// disabling an account ends its sessions at once, a reset ends them too, every change is in the audit log
// without password material, and the portal keeps an enabled admin.
import assert from 'node:assert/strict';
import { storeBackends, describeStore } from './pg-support.js';
import { startNewsroomServer, PASSWORD, type ApiAnswer, type NewsroomServer, EVIL, assertForgedWritesRefused } from './newsroom-support.js';
import { sessionCookie } from './auth-support.js';

const NEW_PASSWORD = 'mây-trắng bay qua đồi chè xanh';

for (const backend of await storeBackends()) {
  describeStore(backend, 'newsroom users API', ({ test, before, after }) => {
    let server: NewsroomServer;
    before(async () => (server = await startNewsroomServer(backend)));
    after(() => server.close());

    /** A request with the session `session` (or none), from the portal's origin unless `headers` say otherwise. */
    const as = async (
      session: string | undefined,
      method: string,
      path: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ): Promise<ApiAnswer> => {
      const response = await fetch(server.url(path), {
        method,
        headers: {
          origin: server.origin,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(session ? { cookie: `ap_session=${session}` } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : text };
    };
    const signIn = async (username: string, password: string) => {
      const response = await fetch(server.url('/api/v1/auth/login'), {
        method: 'POST',
        headers: { origin: server.origin, 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const body: any = await response.json();
      return { status: response.status, body, session: sessionCookie(response) };
    };
    const me = async (session: string) => (await as(session, 'GET', '/api/v1/auth/me')).body;
    const createUser = (body: Record<string, unknown>) => server.call('admin', 'POST', '/api/v1/users', body);
    const patchUser = (id: number, body: Record<string, unknown>) => server.call('admin', 'PATCH', `/api/v1/users/${id}`, body);
    /** An editor created by the admin with PASSWORD, and a session of theirs. */
    const newEditor = async (username: string) => {
      const created = await createUser({ username, displayName: `Biên tập ${username}`, role: 'editor', password: PASSWORD });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const { session } = await signIn(username, PASSWORD);
      assert.ok(session);
      return { id: created.body.user.id as number, session };
    };
    /** Every user and the size of the audit log, to show that a refused request changed nothing. */
    const snapshot = async () => ({
      users: await server.store.listStaffUsers(),
      audit: (await server.store.listAudit({ offset: 0, limit: 1 })).total,
    });
    const auditOf = async (id: number) =>
      [...(await server.call('admin', 'GET', `/api/v1/audit?targetType=user&targetId=${id}`)).body.items].reverse();

    test('who may do what: 401 without a session, 403 for an editor, and an admin lists the accounts', async () => {
      const editorId = (await server.store.getUserByUsername('bientap'))!.id;
      const routes: [string, string, unknown?][] = [
        ['GET', '/api/v1/users'],
        ['POST', '/api/v1/users', { username: 'ai-do', displayName: 'Ai đó', role: 'admin' }],
        ['PATCH', `/api/v1/users/${editorId}`, { role: 'admin' }],
        ['POST', `/api/v1/users/${editorId}/password-reset`],
      ];
      const before = await snapshot();
      for (const [method, path, body] of routes) {
        const anonymous = await server.call('anonymous', method, path, body);
        assert.equal(anonymous.status, 401, `${method} ${path}`);
        assert.equal(anonymous.body.error.code, 'unauthenticated');
        const editor = await server.call('editor', method, path, body);
        assert.equal(editor.status, 403, `${method} ${path}`);
        assert.equal(editor.body.error.code, 'forbidden');
      }
      assert.deepEqual(await snapshot(), before);

      const list = await server.call('admin', 'GET', '/api/v1/users');
      assert.equal(list.status, 200);
      assert.equal(list.headers.get('cache-control'), 'no-store');
      const admin = list.body.items.find((user: { username: string }) => user.username === 'quantri');
      assert.deepEqual(Object.keys(admin).sort(), [
        'createdAt',
        'disabledAt',
        'displayName',
        'id',
        'mustChangePassword',
        'role',
        'siteId',
        'updatedAt',
        'username',
      ]);
      assert.equal(admin.role, 'admin');
      assert.equal(admin.disabledAt, null);
      assert.ok(!JSON.stringify(list.body).includes('argon2'), 'no password hash');
    });

    test('a write from another site is refused with 403 and changes nothing', async () => {
      const { id } = await newEditor('gia-mao');
      const before = await snapshot();
      const forged: [string, string, unknown?][] = [
        ['POST', '/api/v1/users', { username: 'ke-gian', displayName: 'Kẻ gian', role: 'admin' }],
        ['PATCH', `/api/v1/users/${id}`, { role: 'admin' }],
        ['PATCH', `/api/v1/users/${id}`, { disabled: true }],
        ['POST', `/api/v1/users/${id}/password-reset`],
      ];
      await assertForgedWritesRefused(server, forged);
      assert.deepEqual(await snapshot(), before);
    });

    test('bad input gets a clear 400 and changes nothing', async () => {
      const { id } = await newEditor('du-lieu-sai');
      const before = await snapshot();
      const bad: [string, string, unknown, RegExp][] = [
        ['POST', '/api/v1/users', { displayName: 'X', role: 'editor' }, /must have required property 'username'/],
        ['POST', '/api/v1/users', { username: 'moi-1', displayName: 'X', role: 'root' }, /role/],
        ['POST', '/api/v1/users', { username: 'moi-1', displayName: 123, role: 'editor' }, /displayName must be string/],
        ['POST', '/api/v1/users', { username: 'moi-1', displayName: 'X', role: 'editor', owner: 'me' }, /additional properties/],
        ['POST', '/api/v1/users', { username: 'có dấu cách', displayName: 'X', role: 'editor' }, /3 to 64 letters/],
        ['POST', '/api/v1/users', { username: 'moi-1', displayName: '   ', role: 'editor' }, /display name/],
        ['POST', '/api/v1/users', { username: 'moi-1', displayName: 'X', role: 'editor', password: 'ngan' }, /at least 12 characters/],
        ['POST', '/api/v1/users', { username: 'moi-1', displayName: 'X', role: 'editor', password: 'password1234' }, /common/],
        ['PATCH', `/api/v1/users/${id}`, {}, /must NOT have fewer than 1 properties/],
        ['PATCH', `/api/v1/users/${id}`, { disabled: 'yes' }, /disabled must be boolean/],
        ['PATCH', `/api/v1/users/${id}`, { role: 'root' }, /role/],
        ['PATCH', `/api/v1/users/${id}`, { displayName: '  ' }, /must not be empty/],
        ['PATCH', `/api/v1/users/${id}`, { password: 'x' }, /additional properties/],
        ['PATCH', '/api/v1/users/abc', { role: 'admin' }, /id must be integer/],
      ];
      for (const [method, path, body, message] of bad) {
        const answer = await server.call('admin', method, path, body);
        assert.equal(answer.status, 400, `${method} ${path} ${JSON.stringify(body)}: ${JSON.stringify(answer.body)}`);
        assert.equal(answer.body.error.code, 'validation_failed');
        assert.match(answer.body.error.message, message);
      }
      assert.equal((await server.call('admin', 'PATCH', '/api/v1/users/999999', { role: 'admin' })).status, 404);
      assert.equal((await server.call('admin', 'POST', '/api/v1/users/999999/password-reset')).status, 404);
      const taken = await createUser({ username: 'BienTap', displayName: 'X', role: 'editor' });
      assert.equal(taken.status, 409);
      assert.equal(taken.body.error.code, 'user_exists');
      assert.deepEqual(await snapshot(), before);
    });

    test('a new account with a temporary password signs in, must choose its own password, and then works', async () => {
      const created = await createUser({ username: 'Phong-Vien', displayName: ' Phạm Phóng Viên ', role: 'editor' });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const { user, temporaryPassword } = created.body;
      assert.equal(created.headers.get('location'), `/api/v1/users/${user.id}`);
      assert.equal(user.username, 'phong-vien');
      assert.equal(user.displayName, 'Phạm Phóng Viên');
      assert.equal(user.mustChangePassword, true);
      assert.match(temporaryPassword, /^[A-Za-z0-9_-]{24}$/);
      const listed = (await server.call('admin', 'GET', '/api/v1/users')).body.items;
      assert.ok(!JSON.stringify(listed).includes(temporaryPassword), 'the temporary password is shown once');

      const login = await signIn('phong-vien', temporaryPassword);
      assert.equal(login.status, 200);
      assert.equal(login.body.user.mustChangePassword, true);
      const session = login.session as string;
      assert.equal((await me(session)).user.mustChangePassword, true);
      for (const [method, path] of [
        ['GET', '/api/v1/newsroom/articles'],
        ['POST', '/api/v1/articles'],
      ]) {
        const blocked = await as(session, method, path, method === 'POST' ? { title: 'Bài', category: 'tin-hoat-dong' } : undefined);
        assert.equal(blocked.status, 403, `${method} ${path}`);
        assert.equal(blocked.body.error.code, 'password_change_required');
      }

      const change = (body: unknown) => as(session, 'POST', '/api/v1/auth/password', body);
      const wrong = await change({ currentPassword: 'không phải mật khẩu', newPassword: NEW_PASSWORD });
      assert.equal(wrong.status, 400);
      assert.equal(wrong.body.error.code, 'wrong_password');
      const weak = await change({ currentPassword: temporaryPassword, newPassword: 'ngan' });
      assert.equal(weak.status, 400);
      assert.match(weak.body.error.message, /at least 12 characters/);
      const same = await change({ currentPassword: temporaryPassword, newPassword: temporaryPassword });
      assert.equal(same.status, 400);
      assert.match(same.body.error.message, /differ/);
      assert.equal((await change({ currentPassword: temporaryPassword })).status, 400);
      assert.equal((await as(undefined, 'POST', '/api/v1/auth/password', { currentPassword: 'x', newPassword: NEW_PASSWORD })).status, 401);
      assert.equal(
        (
          await as(
            session,
            'POST',
            '/api/v1/auth/password',
            { currentPassword: temporaryPassword, newPassword: NEW_PASSWORD },
            { origin: EVIL },
          )
        ).status,
        403,
      );
      assert.equal((await server.store.getStaffUser(user.id))?.mustChangePassword, true, 'the refused changes changed nothing');

      const changed = await change({ currentPassword: temporaryPassword, newPassword: NEW_PASSWORD });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      assert.equal(changed.body.user.mustChangePassword, false);
      assert.equal((await me(session)).user.mustChangePassword, false, 'the session stays');
      assert.equal((await as(session, 'GET', '/api/v1/newsroom/articles')).status, 200);
      assert.equal((await signIn('phong-vien', temporaryPassword)).status, 401);
      assert.equal((await signIn('phong-vien', NEW_PASSWORD)).status, 200);

      const chosen = await createUser({ username: 'tu-chon', displayName: 'Tự Chọn', role: 'admin', password: PASSWORD });
      assert.equal(chosen.status, 201);
      assert.equal(chosen.body.temporaryPassword, null);
      assert.equal(chosen.body.user.mustChangePassword, false);
    });

    test('changing one’s password keeps this session and ends the others', async () => {
      const { session } = await newEditor('hai-may');
      const other = (await signIn('hai-may', PASSWORD)).session as string;
      const changed = await as(session, 'POST', '/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
      assert.equal(changed.status, 200);
      assert.equal((await me(session)).user.username, 'hai-may');
      assert.equal((await me(other)).user, null);
    });

    test('disabling an editor ends their session at once; they cannot sign in (as with a wrong password) until enabled', async () => {
      const { id, session } = await newEditor('tam-nghi');
      assert.equal((await as(session, 'GET', '/api/v1/newsroom/articles')).status, 200);
      const disabled = await patchUser(id, { disabled: true });
      assert.equal(disabled.status, 200, JSON.stringify(disabled.body));
      assert.equal(disabled.body.disabledAt, server.clock.now().toISOString());
      const next = await as(session, 'GET', '/api/v1/newsroom/articles');
      assert.equal(next.status, 401);
      assert.equal(next.body.error.code, 'unauthenticated');
      assert.equal((await me(session)).user, null);

      const refused = await signIn('tam-nghi', PASSWORD);
      const wrong = await signIn('tam-nghi', 'không phải mật khẩu');
      assert.equal(refused.status, 401);
      assert.equal(refused.session, undefined);
      assert.deepEqual(refused.body, wrong.body, 'the same answer as a wrong password');

      // Disabling again changes nothing more.
      assert.equal((await patchUser(id, { disabled: true })).body.disabledAt, disabled.body.disabledAt);
      const enabled = await patchUser(id, { disabled: false });
      assert.equal(enabled.status, 200);
      assert.equal(enabled.body.disabledAt, null);
      const again = await signIn('tam-nghi', PASSWORD);
      assert.equal(again.status, 200);
      assert.equal((await as(again.session, 'GET', '/api/v1/newsroom/articles')).status, 200);
    });

    test('a disabled user’s session dies on another instance too: the check reads the store on every request', async () => {
      const { id, session } = await newEditor('hai-noi');
      // Another instance disables the account (the store is shared); this one does not hear of it.
      const adminId = (await server.store.getUserByUsername('quantri'))!.id;
      await server.store.updateUser(id, { disabled: true }, { actor: { id: adminId, username: 'quantri' }, at: server.clock.now() });
      assert.equal((await as(session, 'GET', '/api/v1/newsroom/articles')).status, 401);
    });

    test('a password reset ends the sessions and gives a temporary password the user must replace', async () => {
      const { id, session } = await newEditor('quen-mat-khau');
      const reset = await server.call('admin', 'POST', `/api/v1/users/${id}/password-reset`);
      assert.equal(reset.status, 200, JSON.stringify(reset.body));
      const { temporaryPassword, user } = reset.body;
      assert.match(temporaryPassword, /^[A-Za-z0-9_-]{24}$/);
      assert.equal(user.mustChangePassword, true);
      assert.equal((await as(session, 'GET', '/api/v1/newsroom/articles')).status, 401);
      assert.equal((await signIn('quen-mat-khau', PASSWORD)).status, 401, 'the old password is gone');
      const login = await signIn('quen-mat-khau', temporaryPassword);
      assert.equal(login.status, 200);
      assert.equal((await as(login.session, 'GET', '/api/v1/newsroom/articles')).body.error.code, 'password_change_required');
    });

    test('names and roles change; every change is in the audit log, with no password material', async () => {
      const created = await createUser({ username: 'nhat-ky', displayName: 'Nhật Ký', role: 'editor' });
      const { id } = created.body.user;
      const temporary: string[] = [created.body.temporaryPassword];
      const session = (await signIn('nhat-ky', temporary[0])).session;
      await as(session, 'POST', '/api/v1/auth/password', { currentPassword: temporary[0], newPassword: NEW_PASSWORD });
      const promoted = await patchUser(id, { role: 'admin', displayName: 'Nhật Ký Mới' });
      assert.equal(promoted.status, 200);
      assert.equal(promoted.body.role, 'admin');
      assert.equal(promoted.body.displayName, 'Nhật Ký Mới');
      await patchUser(id, { disabled: true });
      await patchUser(id, { disabled: false });
      temporary.push((await server.call('admin', 'POST', `/api/v1/users/${id}/password-reset`)).body.temporaryPassword);

      const entries = await auditOf(id);
      assert.deepEqual(
        entries.map((entry: { action: string; actor: { username: string } }) => `${entry.actor.username} ${entry.action}`),
        [
          'quantri user.create',
          'nhat-ky user.password-change',
          'quantri user.update',
          'quantri user.disable',
          'quantri user.enable',
          'quantri user.password-reset',
        ],
      );
      assert.equal(entries[0].summary, 'nhat-ky');
      assert.deepEqual(entries[0].changes.role, { before: null, after: 'editor' });
      assert.deepEqual(entries[1].changes.mustChangePassword, { before: true, after: false });
      assert.deepEqual(entries[2].changes, {
        displayName: { before: 'Nhật Ký', after: 'Nhật Ký Mới' },
        role: { before: 'editor', after: 'admin' },
      });
      assert.deepEqual(entries[3].changes.disabled, { before: false, after: true });
      assert.deepEqual(entries[3].changes.sessions, { before: 1, after: 0 }, 'the session it ended');
      assert.deepEqual(entries[4].changes.disabled, { before: true, after: false });
      assert.deepEqual(entries[5].changes.mustChangePassword, { before: false, after: true });
      const text = JSON.stringify(entries);
      for (const secret of [...temporary, NEW_PASSWORD, '$argon2']) assert.ok(!text.includes(secret), `no ${secret} in the audit log`);
    });

    test('an admin cannot disable or demote themselves, and the portal keeps an enabled admin', async () => {
      const adminId = (await server.store.getUserByUsername('quantri'))!.id;
      const before = await snapshot();
      for (const body of [{ disabled: true }, { role: 'editor' }, { role: 'editor', displayName: 'Tên mới' }]) {
        const answer = await patchUser(adminId, body);
        assert.equal(answer.status, 409, JSON.stringify(body));
        assert.equal(answer.body.error.code, 'own_account');
        assert.match(answer.body.error.message, /cannot disable your own account or take away your own admin role/);
      }
      assert.deepEqual(await snapshot(), before);
      assert.equal((await patchUser(adminId, { displayName: 'Lê Quản Trị', role: 'admin', disabled: false })).status, 200);

      // With every other admin demoted or disabled, the store refuses to disable the last one.
      const admins = (await server.store.listStaffUsers()).filter((user) => user.role === 'admin' && user.id !== adminId);
      for (const other of admins) assert.equal((await patchUser(other.id, { role: 'editor' })).status, 200);
      const context = { actor: { id: adminId, username: 'quantri' }, at: server.clock.now() };
      const last = await server.store.updateUser(adminId, { disabled: true }, context);
      assert.deepEqual(last, { kind: 'last-admin' });
      assert.deepEqual(await server.store.updateUser(adminId, { role: 'editor' }, context), { kind: 'last-admin' });
      const stored = await server.store.getStaffUser(adminId);
      assert.equal(stored?.role, 'admin');
      assert.equal(stored?.disabled, false);
      assert.equal((await server.call('admin', 'GET', '/api/v1/users')).status, 200);
    });
  });
}
