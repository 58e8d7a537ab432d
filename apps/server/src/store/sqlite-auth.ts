import type Database from 'better-sqlite3';
import { toSession, toUser, type SessionRow, type UserRow } from './rows.js';
import type { AuthStore, StoredSession } from './types.js';

/** The SQLite implementation of AuthStore on an open, migrated database. */
export function sqliteAuthStore(db: Database.Database): AuthStore {
  const insertUser = db.prepare(
    `INSERT INTO users (username, display_name, role, password_hash, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING RETURNING id`,
  );
  const selectUserByName = db.prepare('SELECT id, username, display_name, role, password_hash FROM users WHERE username = ?');
  const selectUserById = db.prepare('SELECT id, username, display_name, role, password_hash FROM users WHERE id = ?');
  const insertSession = db.prepare('INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)');
  const selectSession = db.prepare('SELECT id_hash, user_id, created_at, last_seen_at FROM sessions WHERE id_hash = ?');
  const updateSession = db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?');
  const deleteSession = db.prepare('DELETE FROM sessions WHERE id_hash = ?');
  const deleteExpired = db.prepare('DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?');
  const selectFailures = db.prepare('SELECT count, last_failure_at FROM login_failures WHERE key = ?');
  const upsertFailure = db.prepare(
    `INSERT INTO login_failures (key, count, last_failure_at) VALUES (@key, 1, @at)
     ON CONFLICT (key) DO UPDATE SET
       count = CASE WHEN last_failure_at < @forgetBefore THEN 1 ELSE count + 1 END,
       last_failure_at = @at
     RETURNING count`,
  );
  const deleteFailures = db.prepare('DELETE FROM login_failures WHERE key = ?');

  return {
    async createUser({ username, displayName, role, passwordHash, createdAt }) {
      const at = createdAt.toISOString();
      const row = insertUser.get(username, displayName, role, passwordHash, at, at) as { id: number } | undefined;
      if (row === undefined) {
        throw Object.assign(new Error(`There is already a user "${username}".`), { code: 'user_exists' });
      }
      return { id: row.id, username, displayName, role };
    },

    async getUserByUsername(username) {
      const row = selectUserByName.get(username) as UserRow | undefined;
      return row && { ...toUser(row), passwordHash: row.password_hash };
    },

    async getUserById(id) {
      const row = selectUserById.get(id) as UserRow | undefined;
      return row && toUser(row);
    },

    async createSession({ idHash, userId, createdAt, lastSeenAt }: StoredSession) {
      insertSession.run(idHash, userId, createdAt.toISOString(), lastSeenAt.toISOString());
    },

    async getSession(idHash) {
      const row = selectSession.get(idHash) as SessionRow | undefined;
      return row && toSession(row);
    },

    async touchSession(idHash, at) {
      updateSession.run(at.toISOString(), idHash);
    },

    async deleteSession(idHash) {
      return deleteSession.run(idHash).changes > 0;
    },

    async deleteExpiredSessions(idleBefore, createdBefore) {
      return deleteExpired.run(idleBefore.toISOString(), createdBefore.toISOString()).changes;
    },

    async getLoginFailures(key) {
      const row = selectFailures.get(key) as { count: number; last_failure_at: string } | undefined;
      return row && { count: row.count, lastFailureAt: new Date(row.last_failure_at) };
    },

    async addLoginFailure(key, at, forgetBefore) {
      return upsertFailure.pluck().get({ key, at: at.toISOString(), forgetBefore: forgetBefore.toISOString() }) as number;
    },

    async clearLoginFailures(key) {
      deleteFailures.run(key);
    },
  };
}
