import type { Pool, PoolClient } from 'pg';
import { endedSessions, LastAdmin, pgInsertAudit, userAuditEntry } from './audit-log.js';
import { transaction } from './pg-db.js';
import { toSession, toStaffUser, toUser, USER_COLUMNS, type SessionRow, type UserRow } from './rows.js';
import type { AuthStore, StaffUser, StoredSession } from './types.js';

/** The user `id` (locked for the transaction with `lock`), or undefined. */
async function staffUser(db: Pool | PoolClient, id: number, lock = false): Promise<StaffUser | undefined> {
  // An id no user can have (not an integer, out of range) finds no user, as in SQLite, instead of failing.
  if (!Number.isInteger(id) || Math.abs(id) > 2 ** 31 - 1) return undefined;
  const { rows } = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  return rows[0] && toStaffUser(rows[0]);
}

/** Deletes the sessions of user `id` but `keep` (an id hash); returns how many. */
async function endSessions(client: PoolClient, id: number, keep: string | undefined): Promise<number> {
  const result = await client.query('DELETE FROM sessions WHERE user_id = $1 AND id_hash IS DISTINCT FROM $2', [id, keep ?? null]);
  return result.rowCount ?? 0;
}

/** The PostgreSQL implementation of AuthStore (tables from migration 3). */
export function pgAuthStore(pool: Pool): AuthStore {
  return {
    async createUser({ username, displayName, role, siteId = null, passwordHash, createdAt, mustChangePassword = false }, context) {
      return transaction(pool, async (client) => {
        const { rows } = await client.query<{ id: number }>(
          `INSERT INTO users (username, display_name, role, site_id, password_hash, must_change_password, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $7) ON CONFLICT (username) DO NOTHING RETURNING id`,
          [username, displayName, role, siteId, passwordHash, mustChangePassword, createdAt],
        );
        if (rows.length === 0) {
          throw Object.assign(new Error(`There is already a user "${username}".`), { code: 'user_exists' });
        }
        const created = (await staffUser(client, rows[0].id)) as StaffUser;
        if (context !== undefined) await pgInsertAudit(client, userAuditEntry('user.create', undefined, created), context);
        return { id: created.id, username, displayName, role, siteId, disabled: false, mustChangePassword };
      });
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

    async listStaffUsers() {
      const { rows } = await pool.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users ORDER BY username`);
      return rows.map(toStaffUser);
    },

    getStaffUser: (id) => staffUser(pool, id),

    async updateUser(id, changes, context) {
      try {
        return await transaction(pool, async (client) => {
          // The enabled admins are locked first, in one order, so that two admins disabling each other cannot
          // both pass the check below.
          await client.query("SELECT id FROM users WHERE role = 'admin' AND disabled_at IS NULL ORDER BY id FOR UPDATE");
          const before = await staffUser(client, id, true);
          if (before === undefined) return { kind: 'not-found' } as const;
          const disabled = changes.disabled ?? before.disabled;
          const disabledAt = disabled ? (before.disabledAt ?? context.at) : null;
          await client.query(
            'UPDATE users SET display_name = $1, role = $2, disabled_at = $3, updated_at = $4, site_id = $6 WHERE id = $5',
            [
              changes.displayName ?? before.displayName,
              changes.role ?? before.role,
              disabledAt,
              context.at,
              id,
              changes.siteId !== undefined ? changes.siteId : before.siteId,
            ],
          );
          const { rows } = await client.query<{ n: number }>(
            "SELECT COUNT(*)::integer AS n FROM users WHERE role = 'admin' AND disabled_at IS NULL",
          );
          if (rows[0].n === 0) throw new LastAdmin();
          const sessions = disabled && !before.disabled ? await endSessions(client, id, undefined) : 0;
          const after = (await staffUser(client, id)) as StaffUser;
          const action = disabled === before.disabled ? 'user.update' : disabled ? 'user.disable' : 'user.enable';
          await pgInsertAudit(client, userAuditEntry(action, before, after, endedSessions(sessions)), context);
          return { kind: 'saved', user: after } as const;
        });
      } catch (error) {
        if (error instanceof LastAdmin) return { kind: 'last-admin' };
        throw error;
      }
    },

    async setPassword(id, passwordHash, { mustChangePassword, action, keepSession }, context) {
      return transaction(pool, async (client) => {
        const before = await staffUser(client, id, true);
        if (before === undefined) return undefined;
        await client.query('UPDATE users SET password_hash = $1, must_change_password = $2, updated_at = $3 WHERE id = $4', [
          passwordHash,
          mustChangePassword,
          context.at,
          id,
        ]);
        const sessions = await endSessions(client, id, keepSession);
        const after = (await staffUser(client, id)) as StaffUser;
        const changes = { password: { before: 'set', after: 'replaced' }, ...endedSessions(sessions) };
        await pgInsertAudit(client, userAuditEntry(action, before, after, changes), context);
        return after;
      });
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
