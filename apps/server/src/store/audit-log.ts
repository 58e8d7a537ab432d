// Writing the audit log (audit_log, migration 6), shared by the parts of each store that change something: the
// entry goes into the same transaction as the change it records.
import type Database from 'better-sqlite3';
import type { Pool, PoolClient } from 'pg';
import type { AuditChanges, ChangeContext, NewAuditEntry, StaffUser } from './types.js';

const INSERT_COLUMNS = 'at, actor_id, actor, action, target_type, target_id, summary, changes';

/** A function that writes one audit entry on `db`; call it inside the change's transaction. */
export function sqliteAuditWriter(db: Database.Database): (entry: NewAuditEntry, context: ChangeContext) => void {
  const insert = db.prepare(
    `INSERT INTO audit_log (${INSERT_COLUMNS}) VALUES (@at, @actorId, @actor, @action, @targetType, @targetId, @summary, @changes)`,
  );
  return (entry, { actor, at }) =>
    void insert.run({
      at: at.toISOString(),
      actorId: actor.id,
      actor: actor.username,
      action: entry.action,
      targetType: entry.target.type,
      targetId: entry.target.id,
      summary: entry.summary,
      changes: JSON.stringify(entry.changes),
    });
}

/** Writes one audit entry on `db` (the client of the change's transaction). */
export async function pgInsertAudit(db: Pool | PoolClient, entry: NewAuditEntry, { actor, at }: ChangeContext): Promise<void> {
  await db.query(`INSERT INTO audit_log (${INSERT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
    at,
    actor.id,
    actor.username,
    entry.action,
    entry.target.type,
    entry.target.id,
    entry.summary,
    JSON.stringify(entry.changes),
  ]);
}

/** A user's fields as the audit log records them: never a password or its hash. */
function userView(user: StaffUser): Record<string, unknown> {
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    siteId: user.siteId,
    disabled: user.disabled,
    mustChangePassword: user.mustChangePassword,
  };
}

/** The audit entry of a change to a user (`before` undefined for a new one), with `extra` changes such as ended sessions. */
export function userAuditEntry(action: string, before: StaffUser | undefined, after: StaffUser, extra: AuditChanges = {}): NewAuditEntry {
  const old = before === undefined ? {} : userView(before);
  const changes: AuditChanges = {};
  for (const [field, value] of Object.entries(userView(after))) {
    // A new user's empty fields (an editor's site) are no change.
    if (JSON.stringify(old[field] ?? null) !== JSON.stringify(value)) changes[field] = { before: old[field] ?? null, after: value };
  }
  return { action, target: { type: 'user', id: String(after.id) }, summary: after.username, changes: { ...changes, ...extra } };
}

/** The ended sessions as an audit change, when there were any. */
export const endedSessions = (count: number): AuditChanges => (count > 0 ? { sessions: { before: count, after: 0 } } : {});

/** Thrown inside a user change that would leave no enabled admin, to roll it back. */
export class LastAdmin extends Error {
  override name = 'LastAdmin';
}
