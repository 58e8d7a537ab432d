import assert from 'node:assert/strict';
import type { Store } from '../src/store/types.js';
import { describeStore, storeBackends } from './pg-support.js';

for (const backend of await storeBackends()) {
  describeStore(backend, 'the sign-in tables of the store', ({ test, before, after }) => {
    let store: Store;
    before(async () => {
      store = await backend.open();
    });
    after(() => store.close());

    test('the migration adds users, sessions and login_failures; roles are only editor, admin and site-editor; usernames are unique', async () => {
      for (const table of ['users', 'sessions', 'login_failures'])
        assert.deepEqual(await backend.rows(store, `SELECT * FROM ${table}`), []);
      const at = new Date('2026-03-02T00:00:00Z');
      await assert.rejects(
        store.createUser({ username: 'x-root', displayName: 'X', role: 'root' as 'admin', passwordHash: 'h', createdAt: at }),
        /check constraint/i,
      );
      const user = await store.createUser({ username: 'an', displayName: 'An', role: 'admin', passwordHash: 'h', createdAt: at });
      assert.equal(typeof user.id, 'number');
      await assert.rejects(store.createUser({ username: 'an', displayName: 'An 2', role: 'editor', passwordHash: 'h', createdAt: at }), {
        message: 'There is already a user "an".',
        code: 'user_exists',
      });
      const stored = {
        id: user.id,
        username: 'an',
        displayName: 'An',
        role: 'admin',
        siteId: null,
        disabled: false,
        mustChangePassword: false,
      };
      assert.deepEqual(await store.getUserById(user.id), stored);
      assert.deepEqual(await store.getUserByUsername('an'), { ...stored, passwordHash: 'h' });
      assert.equal(await store.getUserByUsername('An'), undefined, 'usernames are stored normalized; lookups are exact');
      assert.equal(await store.getUserById(user.id + 1000), undefined);
      // The refused ones were not stored.
      assert.deepEqual(await backend.rows(store, 'SELECT username, display_name FROM users'), [{ username: 'an', display_name: 'An' }]);
    });

    test('sessions: created, touched, deleted with their user, and swept when expired', async () => {
      const at = new Date('2026-03-02T00:00:00Z');
      const user = await store.createUser({ username: 'binh', displayName: 'Bình', role: 'editor', passwordHash: 'h', createdAt: at });
      await store.createSession({ idHash: 'a', userId: user.id, createdAt: at, lastSeenAt: at });
      await store.createSession({ idHash: 'b', userId: user.id, createdAt: at, lastSeenAt: at });
      await assert.rejects(store.createSession({ idHash: 'b', userId: user.id, createdAt: at, lastSeenAt: at }), 'an id hash is unique');
      await assert.rejects(
        store.createSession({ idHash: 'c', userId: user.id + 1000, createdAt: at, lastSeenAt: at }),
        'the user must exist',
      );
      await store.touchSession('b', new Date('2026-03-02T01:00:00.123Z'));
      assert.deepEqual(await store.getSession('b'), {
        idHash: 'b',
        userId: user.id,
        createdAt: at,
        lastSeenAt: new Date('2026-03-02T01:00:00.123Z'),
      });
      // Idle before 00:30 or created before 00:00: "a" (last seen 00:00) goes, "b" (seen 01:00) stays.
      assert.equal(await store.deleteExpiredSessions(new Date('2026-03-02T00:30:00Z'), new Date('2026-03-01T12:00:00Z')), 1);
      assert.equal(await store.getSession('a'), undefined);
      // Created before the absolute limit: goes however recently it was seen.
      assert.equal(await store.deleteExpiredSessions(new Date('2026-03-01T00:00:00Z'), new Date('2026-03-02T00:00:01Z')), 1);
      assert.equal(await store.getSession('b'), undefined);

      await store.createSession({ idHash: 'd', userId: user.id, createdAt: at, lastSeenAt: at });
      assert.equal(await store.deleteSession('d'), true);
      assert.equal(await store.deleteSession('d'), false);
      await store.createSession({ idHash: 'e', userId: user.id, createdAt: at, lastSeenAt: at });
      await backend.exec(store, `DELETE FROM users WHERE id = ${user.id}`);
      assert.equal(await store.getSession('e'), undefined, "deleting a user deletes the user's sessions");
    });

    test('failure counters count, start again after the forget time, and clear', async () => {
      const t = (minutes: number) => new Date(Date.UTC(2026, 2, 2, 0, minutes));
      assert.equal(await store.getLoginFailures('account:an'), undefined);
      assert.equal(await store.addLoginFailure('account:an', t(0), t(-60)), 1);
      assert.equal(await store.addLoginFailure('account:an', t(1), t(-59)), 2);
      assert.equal(await store.addLoginFailure('ip:192.0.2.1', t(1), t(-59)), 1, 'keys count apart');
      assert.deepEqual(await store.getLoginFailures('account:an'), { count: 2, lastFailureAt: t(1) });
      // The last failure (00:01) is before forgetBefore (00:02): the count starts again.
      assert.equal(await store.addLoginFailure('account:an', t(70), t(2)), 1);
      assert.deepEqual(await store.getLoginFailures('account:an'), { count: 1, lastFailureAt: t(70) });
      await store.clearLoginFailures('account:an');
      assert.equal(await store.getLoginFailures('account:an'), undefined);
      assert.deepEqual(await store.getLoginFailures('ip:192.0.2.1'), { count: 1, lastFailureAt: t(1) });
    });

    test('failures counted at the same time by two servers each count', async () => {
      const other = await backend.openAgain(store);
      try {
        const at = new Date('2026-03-02T00:00:00Z');
        const counts = await Promise.all(
          Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? store : other).addLoginFailure('ip:198.51.100.7', at, new Date(0))),
        );
        assert.deepEqual(
          counts.sort((a, b) => a - b),
          [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        );
      } finally {
        await other.close();
      }
    });
  });
}
