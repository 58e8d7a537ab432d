import type { Pool } from 'pg';
import { pgInsertAudit } from './audit-log.js';
import { transaction } from './pg-db.js';
import { ignoreAuditEntry, USAGE_TOTALS, type UsageTotalRow } from './usage-shared.js';
import type { UsageStore } from './types.js';

/** Where the widgets live, in the PostgreSQL store (migration 13): several instances' additions add up in the upsert. */
export function pgUsageStore(pool: Pool): UsageStore {
  return {
    async addWidgetUsage(counts) {
      if (counts.length === 0) return;
      // One statement for the batch: the rows as parallel arrays.
      const column = <T>(pick: (count: (typeof counts)[number]) => T) => counts.map(pick);
      await pool.query(
        `INSERT INTO widget_usage AS u (day, origin, widget, version, site_id, site_hint, loads, first_seen, last_seen)
         SELECT * FROM unnest($1::date[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[],
           $8::timestamptz[], $9::timestamptz[])
         ON CONFLICT (day, origin, widget, COALESCE(version, '')) DO UPDATE SET
           loads = u.loads + excluded.loads,
           site_id = excluded.site_id,
           site_hint = COALESCE(excluded.site_hint, u.site_hint),
           first_seen = LEAST(u.first_seen, excluded.first_seen),
           last_seen = GREATEST(u.last_seen, excluded.last_seen)`,
        [
          column((c) => c.day),
          column((c) => c.origin),
          column((c) => c.widget),
          column((c) => c.version),
          column((c) => c.siteId),
          column((c) => c.siteHint),
          column((c) => c.loads),
          column((c) => c.firstSeen),
          column((c) => c.lastSeen),
        ],
      );
    },
    async listWidgetUsage(fromDay) {
      const { rows } = await pool.query<UsageTotalRow<Date>>(USAGE_TOTALS, [fromDay]);
      return rows.map((row) => ({
        origin: row.origin,
        widget: row.widget,
        version: row.version,
        siteId: row.site_id,
        siteHint: row.site_hint,
        loads: row.loads,
        firstSeen: row.first_seen,
        lastSeen: row.last_seen,
      }));
    },
    async attributeWidgetUsage(origin, siteId) {
      await transaction(pool, async (client) => {
        await client.query('UPDATE widget_usage SET site_id = $1 WHERE origin = $2', [siteId, origin]);
        await client.query('DELETE FROM ignored_origins WHERE origin = $1', [origin]);
      });
    },
    async listIgnoredOrigins() {
      const { rows } = await pool.query<{ origin: string; ignored_at: Date; ignored_by: string }>(
        'SELECT origin, ignored_at, ignored_by FROM ignored_origins ORDER BY origin',
      );
      return rows.map((row) => ({ origin: row.origin, ignoredAt: row.ignored_at, ignoredBy: row.ignored_by }));
    },
    async setOriginIgnored(origin, ignored, context) {
      return transaction(pool, async (client) => {
        const { rowCount } = ignored
          ? await client.query(
              'INSERT INTO ignored_origins (origin, ignored_at, ignored_by) VALUES ($1, $2, $3) ON CONFLICT (origin) DO NOTHING',
              [origin, context.at, context.actor.username],
            )
          : await client.query('DELETE FROM ignored_origins WHERE origin = $1', [origin]);
        if (rowCount === 0) return false;
        await pgInsertAudit(client, ignoreAuditEntry(origin, ignored), context);
        return true;
      });
    },
  };
}
