import type Database from 'better-sqlite3';
import type { StatsDay, StatsHit, StatsStore } from './types.js';

/** The visit statistics part of the SQLite store (tables from migration 2; the sites are in sqlite-sites.ts). */
export function sqliteStatsStore(db: Database.Database): StatsStore {
  const insertHit = db.prepare('INSERT INTO stats_hits (site, at, day, path, referrer, new_visit) VALUES (?, ?, ?, ?, ?, ?)');
  const upsertVisitor = db.prepare(
    `INSERT INTO stats_visitors (site, visitor, last_hit) VALUES (?, ?, ?)
     ON CONFLICT (site, visitor) DO UPDATE SET last_hit = MAX(last_hit, excluded.last_hit)`,
  );
  const addDaily = db.prepare(
    `INSERT INTO stats_daily (site, day, visits, hits) VALUES (?, ?, ?, ?)
     ON CONFLICT (site, day) DO UPDATE SET visits = visits + excluded.visits, hits = hits + excluded.hits`,
  );
  const selectDays = db.prepare('SELECT site, day, visits, hits FROM stats_daily WHERE day >= ? ORDER BY site, day');
  const selectTopPaths = db.prepare(
    'SELECT path, COUNT(*) AS views FROM stats_hits WHERE site = ? AND day >= ? GROUP BY path ORDER BY views DESC, path LIMIT ?',
  );
  const selectTotals = db.prepare('SELECT site, SUM(visits) AS visits, SUM(hits) AS hits FROM stats_daily GROUP BY site ORDER BY site');
  const selectVisitors = db.prepare(
    'SELECT site, visitor, last_hit AS lastHit FROM stats_visitors WHERE last_hit >= ? ORDER BY site, visitor',
  );
  const deleteVisitors = db.prepare('DELETE FROM stats_visitors WHERE last_hit < ?');

  const commit = db.transaction((hits: StatsHit[]) => {
    const daily = new Map<string, { site: string; day: string; visits: number; hits: number }>();
    for (const hit of hits) {
      insertHit.run(hit.site, hit.at, hit.day, hit.path, hit.referrer, hit.newVisit ? 1 : 0);
      upsertVisitor.run(hit.site, hit.visitor, hit.at);
      const key = `${hit.site}\n${hit.day}`;
      let row = daily.get(key);
      if (!row) daily.set(key, (row = { site: hit.site, day: hit.day, visits: 0, hits: 0 }));
      row.hits++;
      if (hit.newVisit) row.visits++;
    }
    for (const row of daily.values()) addDaily.run(row.site, row.day, row.visits, row.hits);
  });

  return {
    async commitStatsHits(hits) {
      if (hits.length > 0) commit(hits);
    },
    async listStatsDays(fromDay) {
      return selectDays.all(fromDay) as StatsDay[];
    },
    async topStatsPaths(site, fromDay, limit) {
      return selectTopPaths.all(site, fromDay, limit) as { path: string; views: number }[];
    },
    async statsTotals() {
      return selectTotals.all() as { site: string; visits: number; hits: number }[];
    },
    async recentStatsVisitors(since) {
      return selectVisitors.all(since) as { site: string; visitor: string; lastHit: number }[];
    },
    async pruneStatsVisitors(before) {
      deleteVisitors.run(before);
    },
  };
}
