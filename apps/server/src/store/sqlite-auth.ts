import type Database from 'better-sqlite3';
import { endedSessions, LastAdmin, sqliteAuditWriter, userAuditEntry } from './audit-log.js';
import { toSession, toStaffUser, toUser, USER_COLUMNS, type SessionRow, type UserRow } from './rows.js';
import type { AuthStore, ChangeContext, NewUser, StaffUser, StoredSession, UserChanges, UserWrite } from './types.js';

/** The SQLite implementation of AuthStore on an open, migrated database. */
export function sqliteAuthStore(db: Database.Database): AuthStore {
  const insertUser = db.prepare(
    `INSERT INTO users (username, display_name, role, site_id, password_hash, must_change_password, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING RETURNING id`,
  );
  const selectUserByName = db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE username = ?`);
  const selectUserById = db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`);
  const selectUsers = db.prepare(`SELECT ${USER_COLUMNS} FROM users ORDER BY username`);
  const updateUserRow = db.prepare(
    `UPDATE users SET display_name = @displayName, role = @role, site_id = @siteId, disabled_at = @disabledAt, updated_at = @at
     WHERE id = @id`,
  );
  const updatePassword = db.prepare(
    'UPDATE users SET password_hash = @passwordHash, must_change_password = @mustChange, updated_at = @at WHERE id = @id',
  );
  const countEnabledAdmins = db.prepare("SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled_at IS NULL").pluck();
  const deleteUserSessions = db.prepare('DELETE FROM sessions WHERE user_id = @id AND id_hash IS NOT @keep');
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
  const audit = sqliteAuditWriter(db);

  const staffUser = (id: number) => {
    const row = selectUserById.get(id) as UserRow | undefined;
    return row && toStaffUser(row);
  };

  const create = db.transaction((user: NewUser, context: ChangeContext | undefined): StaffUser => {
    const at = user.createdAt.toISOString();
    const { username, displayName, role, passwordHash } = user;
    const row = insertUser.get(username, displayName, role, user.siteId ?? null, passwordHash, user.mustChangePassword ? 1 : 0, at, at) as
      { id: number } | undefined;
    if (row === undefined) {
      throw Object.assign(new Error(`There is already a user "${username}".`), { code: 'user_exists' });
    }
    const created = staffUser(row.id) as StaffUser;
    if (context !== undefined) audit(userAuditEntry('user.create', undefined, created), context);
    return created;
  });

  const update = db.transaction((id: number, changes: UserChanges, context: ChangeContext): UserWrite => {
    const before = staffUser(id);
    if (before === undefined) return { kind: 'not-found' };
    const disabled = changes.disabled ?? before.disabled;
    const disabledAt = disabled ? (before.disabledAt ?? context.at) : null;
    updateUserRow.run({
      id,
      displayName: changes.displayName ?? before.displayName,
      role: changes.role ?? before.role,
      siteId: changes.siteId !== undefined ? changes.siteId : before.siteId,
      disabledAt: disabledAt && disabledAt.toISOString(),
      at: context.at.toISOString(),
    });
    // Rolled back with the change: the portal keeps at least one enabled admin.
    if ((countEnabledAdmins.get() as number) === 0) throw new LastAdmin();
    const sessions = disabled && !before.disabled ? deleteUserSessions.run({ id, keep: null }).changes : 0;
    const after = staffUser(id) as StaffUser;
    const action = disabled === before.disabled ? 'user.update' : disabled ? 'user.disable' : 'user.enable';
    audit(userAuditEntry(action, before, after, endedSessions(sessions)), context);
    return { kind: 'saved', user: after };
  });

  const setPassword = db.transaction(
    (id: number, passwordHash: string, options: Parameters<AuthStore['setPassword']>[2], context: ChangeContext) => {
      const before = staffUser(id);
      if (before === undefined) return undefined;
      updatePassword.run({ id, passwordHash, mustChange: options.mustChangePassword ? 1 : 0, at: context.at.toISOString() });
      const sessions = deleteUserSessions.run({ id, keep: options.keepSession ?? null }).changes;
      const after = staffUser(id) as StaffUser;
      audit(
        userAuditEntry(options.action, before, after, { password: { before: 'set', after: 'replaced' }, ...endedSessions(sessions) }),
        context,
      );
      return after;
    },
  );

  return {
    async createUser(user, context) {
      const { id, username, displayName, role, siteId, disabled, mustChangePassword } = create(user, context);
      return { id, username, displayName, role, siteId, disabled, mustChangePassword };
    },

    async getUserByUsername(username) {
      const row = selectUserByName.get(username) as UserRow | undefined;
      return row && { ...toUser(row), passwordHash: row.password_hash };
    },

    async getUserById(id) {
      const row = selectUserById.get(id) as UserRow | undefined;
      return row && toUser(row);
    },

    async listStaffUsers() {
      return (selectUsers.all() as UserRow[]).map(toStaffUser);
    },

    async getStaffUser(id) {
      return staffUser(id);
    },

    async updateUser(id, changes, context) {
      try {
        return update(id, changes, context);
      } catch (error) {
        if (error instanceof LastAdmin) return { kind: 'last-admin' };
        throw error;
      }
    },

    async setPassword(id, passwordHash, options, context) {
      return setPassword(id, passwordHash, options, context);
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
