import type Database from 'better-sqlite3';
import { sqliteAuditWriter } from './audit-log.js';
import { ignoreAuditEntry, USAGE_TOTALS, type UsageTotalRow } from './usage-shared.js';
import type { ChangeContext, IgnoredOrigin, UsageStore, WidgetUsageCount } from './types.js';

/** Where the widgets live, in the SQLite store (migration 13). */
export function sqliteUsageStore(db: Database.Database): UsageStore {
  const audit = sqliteAuditWriter(db);
  const upsert = db.prepare(
    `INSERT INTO widget_usage (day, origin, widget, version, site_id, site_hint, loads, first_seen, last_seen)
     VALUES (@day, @origin, @widget, @version, @siteId, @siteHint, @loads, @firstSeen, @lastSeen)
     ON CONFLICT (day, origin, widget, COALESCE(version, '')) DO UPDATE SET
       loads = loads + excluded.loads,
       site_id = excluded.site_id,
       site_hint = COALESCE(excluded.site_hint, site_hint),
       first_seen = MIN(first_seen, excluded.first_seen),
       last_seen = MAX(last_seen, excluded.last_seen)`,
  );
  const totals = db.prepare(USAGE_TOTALS.replace('$1', '?'));
  const attribute = db.prepare('UPDATE widget_usage SET site_id = ? WHERE origin = ?');
  const unignore = db.prepare('DELETE FROM ignored_origins WHERE origin = ?');
  const ignore = db.prepare(
    'INSERT INTO ignored_origins (origin, ignored_at, ignored_by) VALUES (?, ?, ?) ON CONFLICT (origin) DO NOTHING',
  );
  const ignoredList = db.prepare('SELECT origin, ignored_at, ignored_by FROM ignored_origins ORDER BY origin');

  const add = db.transaction((counts: readonly WidgetUsageCount[]) => {
    for (const count of counts) {
      upsert.run({ ...count, firstSeen: count.firstSeen.toISOString(), lastSeen: count.lastSeen.toISOString() });
    }
  });
  const attributeAll = db.transaction((origin: string, siteId: string) => {
    attribute.run(siteId, origin);
    unignore.run(origin);
  });
  const setIgnored = db.transaction((origin: string, ignored: boolean, context: ChangeContext) => {
    const changed = ignored
      ? ignore.run(origin, context.at.toISOString(), context.actor.username).changes > 0
      : unignore.run(origin).changes > 0;
    if (changed) audit(ignoreAuditEntry(origin, ignored), context);
    return changed;
  });

  return {
    async addWidgetUsage(counts) {
      add(counts);
    },
    async listWidgetUsage(fromDay) {
      return (totals.all(fromDay) as UsageTotalRow<string>[]).map((row) => ({
        origin: row.origin,
        widget: row.widget,
        version: row.version,
        siteId: row.site_id,
        siteHint: row.site_hint,
        loads: row.loads,
        firstSeen: new Date(row.first_seen),
        lastSeen: new Date(row.last_seen),
      }));
    },
    async attributeWidgetUsage(origin, siteId) {
      attributeAll(origin, siteId);
    },
    async listIgnoredOrigins() {
      return (ignoredList.all() as { origin: string; ignored_at: string; ignored_by: string }[]).map((row): IgnoredOrigin => ({
        origin: row.origin,
        ignoredAt: new Date(row.ignored_at),
        ignoredBy: row.ignored_by,
      }));
    },
    async setOriginIgnored(origin, ignored, context) {
      return setIgnored(origin, ignored, context);
    },
  };
}
