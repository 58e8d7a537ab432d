import type { Pool } from 'pg';
import { toSession, toUser, type SessionRow, type UserRow } from './rows.js';
import type { AuthStore, StoredSession } from './types.js';

const USER_COLUMNS = 'id, username, display_name, role, password_hash';

/** The PostgreSQL implementation of AuthStore (tables from migration 3). */
export function pgAuthStore(pool: Pool): AuthStore {
  return {
    async createUser({ username, displayName, role, passwordHash, createdAt }) {
      const { rows } = await pool.query<{ id: number }>(
        `INSERT INTO users (username, display_name, role, password_hash, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (username) DO NOTHING RETURNING id`,
        [username, displayName, role, passwordHash, createdAt],
      );
      if (rows.length === 0) {
        throw Object.assign(new Error(`There is already a user "${username}".`), { code: 'user_exists' });
      }
      return { id: rows[0].id, username, displayName, role };
    },

    async getUserByUsername(username) {
      const { rows } = await pool.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE username = $1`, [username]);
      return rows[0] && { ...toUser(rows[0]), passwordHash: rows[0].password_hash };
    },

    async getUserById(id) {
      // An id no user can have (not an integer, out of range) finds no user, as in SQLite, instead of failing.
      if (!Number.isInteger(id) || Math.abs(id) > 2 ** 31 - 1) return undefined;
      const { rows } = await pool.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
      return rows[0] && toUser(rows[0]);
    },

    async createSession({ idHash, userId, createdAt, lastSeenAt }: StoredSession) {
      await pool.query('INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at) VALUES ($1, $2, $3, $4)', [
        idHash,
        userId,
        createdAt,
        lastSeenAt,
      ]);
    },

    async getSession(idHash) {
      const { rows } = await pool.query<SessionRow>('SELECT id_hash, user_id, created_at, last_seen_at FROM sessions WHERE id_hash = $1', [
        idHash,
      ]);
      return rows[0] && toSession(rows[0]);
    },

    async touchSession(idHash, at) {
      await pool.query('UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2', [at, idHash]);
    },

    async deleteSession(idHash) {
      return ((await pool.query('DELETE FROM sessions WHERE id_hash = $1', [idHash])).rowCount ?? 0) > 0;
    },

    async deleteExpiredSessions(idleBefore, createdBefore) {
      const result = await pool.query('DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2', [idleBefore, createdBefore]);
      return result.rowCount ?? 0;
    },

    async getLoginFailures(key) {
      const { rows } = await pool.query<{ count: number; last_failure_at: Date }>(
        'SELECT count, last_failure_at FROM login_failures WHERE key = $1',
        [key],
      );
      return rows[0] && { count: rows[0].count, lastFailureAt: rows[0].last_failure_at };
    },

    async addLoginFailure(key, at, forgetBefore) {
      // One statement: concurrent failures for one key each count (the row is locked by the upsert).
      const { rows } = await pool.query<{ count: number }>(
        `INSERT INTO login_failures (key, count, last_failure_at) VALUES ($1, 1, $2)
         ON CONFLICT (key) DO UPDATE SET
           count = CASE WHEN login_failures.last_failure_at < $3 THEN 1 ELSE login_failures.count + 1 END,
           last_failure_at = excluded.last_failure_at
         RETURNING count`,
        [key, at, forgetBefore],
      );
      return rows[0].count;
    },

    async clearLoginFailures(key) {
      await pool.query('DELETE FROM login_failures WHERE key = $1', [key]);
    },
  };
}
