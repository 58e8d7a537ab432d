// What the SQLite and PostgreSQL usage stores (widget_usage, ignored_origins) share: the queries that read the same on
// both, and the audit entry of ignoring an origin.
import type { NewAuditEntry } from './types.js';

/** The counts of every (origin, widget, version) from a day on; `$1` is the first day. */
export const USAGE_TOTALS = `SELECT origin, widget, version, MAX(site_id) AS site_id, MAX(site_hint) AS site_hint, CAST(SUM(loads) AS BIGINT) AS loads,
  MIN(first_seen) AS first_seen, MAX(last_seen) AS last_seen
  FROM widget_usage WHERE day >= $1 GROUP BY origin, widget, version ORDER BY origin, widget, version`;

export interface UsageTotalRow<Time> {
  origin: string;
  widget: string;
  version: string | null;
  site_id: string | null;
  site_hint: string | null;
  loads: number;
  first_seen: Time;
  last_seen: Time;
}

/** The audit entry of ignoring an origin, or of no longer ignoring it. */
export const ignoreAuditEntry = (origin: string, ignored: boolean): NewAuditEntry => ({
  action: ignored ? 'origin.ignore' : 'origin.unignore',
  target: { type: 'origin', id: origin },
  summary: origin,
  changes: { ignored: { before: !ignored, after: ignored } },
});
