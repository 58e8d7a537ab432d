import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/types.js';

describe('the sign-in tables of the SQLite store', () => {
  let dir: string;
  let store: Store;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ap-auth-store-'));
    store = openSqliteStore(join(dir, 'portal.db'));
  });
  after(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('the migration adds users, sessions and login_failures; roles are only editor and admin', async () => {
    const db = new Database(join(dir, 'portal.db'), { readonly: true });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
      for (const table of ['users', 'sessions', 'login_failures']) assert.ok(tables.includes(table), table);
    } finally {
      db.close();
    }
    const at = new Date('2026-03-02T00:00:00Z');
    await assert.rejects(
      store.createUser({ username: 'x-root', displayName: 'X', role: 'root' as 'admin', passwordHash: 'h', createdAt: at }),
      /CHECK constraint/,
    );
    const user = await store.createUser({ username: 'an', displayName: 'An', role: 'admin', passwordHash: 'h', createdAt: at });
    await assert.rejects(
      store.createUser({ username: 'an', displayName: 'An 2', role: 'editor', passwordHash: 'h', createdAt: at }),
      /already a user "an"/,
    );
    assert.deepEqual(await store.getUserById(user.id), { id: user.id, username: 'an', displayName: 'An', role: 'admin' });
  });

  test('sessions: created, touched, deleted with their user, and swept when expired', async () => {
    const at = new Date('2026-03-02T00:00:00Z');
    const user = await store.createUser({ username: 'binh', displayName: 'Bình', role: 'editor', passwordHash: 'h', createdAt: at });
    await store.createSession({ idHash: 'a', userId: user.id, createdAt: at, lastSeenAt: at });
    await store.createSession({ idHash: 'b', userId: user.id, createdAt: at, lastSeenAt: at });
    await store.touchSession('b', new Date('2026-03-02T01:00:00Z'));
    assert.equal((await store.getSession('b'))?.lastSeenAt.toISOString(), '2026-03-02T01:00:00.000Z');
    // Idle before 00:30 or created before 00:00: "a" (last seen 00:00) goes, "b" (seen 01:00) stays.
    assert.equal(await store.deleteExpiredSessions(new Date('2026-03-02T00:30:00Z'), new Date('2026-03-01T12:00:00Z')), 1);
    assert.equal(await store.getSession('a'), undefined);
    assert.equal(await store.deleteSession('b'), true);
    assert.equal(await store.deleteSession('b'), false);
  });

  test('failure counters count, start again after the forget time, and clear', async () => {
    const t = (minutes: number) => new Date(Date.UTC(2026, 2, 2, 0, minutes));
    assert.equal(await store.addLoginFailure('account:an', t(0), t(-60)), 1);
    assert.equal(await store.addLoginFailure('account:an', t(1), t(-59)), 2);
    // The last failure (00:01) is before forgetBefore (00:02): the count starts again.
    assert.equal(await store.addLoginFailure('account:an', t(70), t(2)), 1);
    assert.deepEqual(await store.getLoginFailures('account:an'), { count: 1, lastFailureAt: t(70) });
    await store.clearLoginFailures('account:an');
    assert.equal(await store.getLoginFailures('account:an'), undefined);
  });
});
