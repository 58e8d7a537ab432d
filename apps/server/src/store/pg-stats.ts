import type { Pool } from 'pg';
import type { StatsDay, StatsHit, StatsStore } from './types.js';

/** Orders rows by their text keys, so that concurrent batches lock shared rows in one order (no deadlock). */
const byKeys = <T extends { sortKey: string }>(rows: Iterable<T>) => [...rows].sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1));

/** The visit statistics part of the PostgreSQL store (tables from migration 2; the sites are in pg-sites.ts). */
export function pgStatsStore(pool: Pool): StatsStore {
  return {
    async commitStatsHits(hits: StatsHit[]) {
      if (hits.length === 0) return;
      const visitors = new Map<string, { sortKey: string; site: string; visitor: string; at: number }>();
      const daily = new Map<string, { sortKey: string; site: string; day: string; visits: number; hits: number }>();
      for (const hit of hits) {
        const visitorKey = `${hit.site}\n${hit.visitor}`;
        const visitor = visitors.get(visitorKey);
        if (!visitor) visitors.set(visitorKey, { sortKey: visitorKey, site: hit.site, visitor: hit.visitor, at: hit.at });
        else visitor.at = Math.max(visitor.at, hit.at);
        const dayKey = `${hit.site}\n${hit.day}`;
        let row = daily.get(dayKey);
        if (!row) daily.set(dayKey, (row = { sortKey: dayKey, site: hit.site, day: hit.day, visits: 0, hits: 0 }));
        row.hits++;
        if (hit.newVisit) row.visits++;
      }
      const lastHits = byKeys(visitors.values());
      const days = byKeys(daily.values());
      // One statement (its own transaction): one round trip to the server for the whole batch.
      await pool.query(
        `WITH hits AS (
           INSERT INTO stats_hits (site, at, day, path, referrer, new_visit)
           SELECT site, at, day, path, referrer, new_visit
           FROM unnest($1::text[], $2::timestamptz[], $3::date[], $4::text[], $5::text[], $6::boolean[])
             WITH ORDINALITY AS hit (site, at, day, path, referrer, new_visit, n)
           ORDER BY n
         ), last_hits AS (
           INSERT INTO stats_visitors (site, visitor, last_hit)
           SELECT site, visitor, last_hit FROM unnest($7::text[], $8::text[], $9::timestamptz[]) WITH ORDINALITY AS v (site, visitor, last_hit, n)
           ORDER BY n
           ON CONFLICT (site, visitor) DO UPDATE SET last_hit = GREATEST(stats_visitors.last_hit, excluded.last_hit)
         )
         INSERT INTO stats_daily (site, day, visits, hits)
         SELECT site, day, visits, hits FROM unnest($10::text[], $11::date[], $12::bigint[], $13::bigint[]) WITH ORDINALITY AS d (site, day, visits, hits, n)
         ORDER BY n
         ON CONFLICT (site, day) DO UPDATE SET visits = stats_daily.visits + excluded.visits, hits = stats_daily.hits + excluded.hits`,
        [
          hits.map((hit) => hit.site),
          hits.map((hit) => new Date(hit.at)),
          hits.map((hit) => hit.day),
          hits.map((hit) => hit.path),
          hits.map((hit) => hit.referrer),
          hits.map((hit) => hit.newVisit),
          lastHits.map((row) => row.site),
          lastHits.map((row) => row.visitor),
          lastHits.map((row) => new Date(row.at)),
          days.map((row) => row.site),
          days.map((row) => row.day),
          days.map((row) => row.visits),
          days.map((row) => row.hits),
        ],
      );
    },

    async listStatsDays(fromDay) {
      const { rows } = await pool.query<StatsDay>('SELECT site, day, visits, hits FROM stats_daily WHERE day >= $1 ORDER BY site, day', [
        fromDay,
      ]);
      return rows;
    },
    async topStatsPaths(site, fromDay, limit) {
      const { rows } = await pool.query<{ path: string; views: number }>(
        `SELECT path, COUNT(*)::integer AS views FROM stats_hits WHERE site = $1 AND day >= $2
         GROUP BY path ORDER BY views DESC, path COLLATE "C" LIMIT $3`,
        [site, fromDay, limit],
      );
      return rows;
    },

    async statsTotals() {
      const { rows } = await pool.query<{ site: string; visits: number; hits: number }>(
        'SELECT site, SUM(visits)::bigint AS visits, SUM(hits)::bigint AS hits FROM stats_daily GROUP BY site ORDER BY site',
      );
      return rows;
    },

    async recentStatsVisitors(since) {
      const { rows } = await pool.query<{ site: string; visitor: string; last_hit: Date }>(
        'SELECT site, visitor, last_hit FROM stats_visitors WHERE last_hit >= $1 ORDER BY site, visitor',
        [new Date(since)],
      );
      return rows.map((row) => ({ site: row.site, visitor: row.visitor, lastHit: row.last_hit.getTime() }));
    },

    async pruneStatsVisitors(before) {
      await pool.query('DELETE FROM stats_visitors WHERE last_hit < $1', [new Date(before)]);
    },
  };
}
