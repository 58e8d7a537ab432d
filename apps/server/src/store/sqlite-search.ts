import type Database from 'better-sqlite3';
import { bodyText, exactForm, foldedForm } from '../search/text.js';
import { FEED_ITEM_SHOWN, SUMMARY_COLUMNS, visibleTo } from './rows.js';
import { ftsMatch, idsOf, tiers, toHits, type ArticleHitRow, type FeedHitRow, type MatchRow } from './search-shared.js';
import type { SearchStore } from './types.js';

/**
 * The functions the search index is made with (migration 9's view and triggers call them): the exact and the folded
 * form of a text (search/text.ts) and the body text of a summary and its HTML. Registered on every connection that
 * migrates, so on every connection of the store.
 */
export function registerSearchFunctions(db: Database.Database): void {
  const text = (fn: (value: string) => string) => (value: unknown) => (typeof value === 'string' ? fn(value) : null);
  db.function('ap_search_exact', { deterministic: true }, text(exactForm));
  db.function('ap_search_fold', { deterministic: true }, text(foldedForm));
  db.function('ap_search_body', { deterministic: true }, (summary: unknown, html: unknown) =>
    bodyText(typeof summary === 'string' ? summary : '', typeof html === 'string' ? html : ''),
  );
}

/** The search part of the SQLite store: FTS5 indexes `articles_search` and `feed_items_search` (migration 9). */
export function sqliteSearchStore(db: Database.Database): SearchStore {
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  return {
    async search({ query, source, category, offset, limit, now }) {
      if (query.terms.length === 0) return { items: [], total: 0 };
      const params: Record<string, unknown> = { now: now.toISOString(), match: ftsMatch(query), limit, offset };
      const list = tiers(query);
      list.forEach((tier, i) => (params[`tier${i}`] = ftsMatch(query, tier.form, tier.titleOnly, tier.phrase, tier.whole)));
      const score = (table: string, id: string) =>
        list.map((tier, i) => `(${id} IN (SELECT rowid FROM ${table} WHERE ${table} MATCH @tier${i})) * ${tier.weight}`).join(' + ');

      // The matches of each source, with their score (for the page) or without (for the count).
      const parts = (scored: boolean) => {
        const list: string[] = [];
        if (source !== 'feeds') {
          list.push(
            `SELECT 'article' AS type, a.id AS id${scored ? `, ${score('articles_search', 'a.id')} AS score, a.published_at AS at` : ''}
             FROM articles_search s JOIN articles a ON a.id = s.rowid JOIN categories c ON c.id = a.category_id
             WHERE articles_search MATCH @match AND ${visibleTo('@now')}${category === undefined ? '' : ' AND c.slug = @category'}`,
          );
        }
        if (source !== 'portal' && category === undefined) {
          list.push(
            `SELECT 'feed-item' AS type, i.id AS id${scored ? `, ${score('feed_items_search', 'i.id')} AS score, i.published_at AS at` : ''}
             FROM feed_items_search s JOIN feed_items i ON i.id = s.rowid WHERE feed_items_search MATCH @match AND ${FEED_ITEM_SHOWN}`,
          );
        }
        return list.join(' UNION ALL ');
      };
      if (category !== undefined) params.category = category;
      if (parts(false) === '') return { items: [], total: 0 };
      // Only the parameters a statement names may be passed to it.
      const pick = (sql: string) => Object.fromEntries(Object.entries(params).filter(([name]) => new RegExp(`@${name}\\b`).test(sql)));
      const pageSql = `SELECT type, id FROM (${parts(true)}) ORDER BY score DESC, at DESC NULLS LAST, type, id DESC LIMIT @limit OFFSET @offset`;
      const countSql = `SELECT COUNT(*) FROM (${parts(false)})`;
      const matches = prepare(pageSql).all(pick(pageSql)) as MatchRow[];
      const total = prepare(countSql).pluck().get(pick(countSql)) as number;

      const articleIds = idsOf(matches, 'article');
      const itemIds = idsOf(matches, 'feed-item');
      const articles =
        articleIds.length === 0
          ? []
          : (prepare(
              `SELECT ${SUMMARY_COLUMNS}, a.body FROM articles a JOIN categories c ON c.id = a.category_id
               WHERE a.id IN (SELECT value FROM json_each(?))`,
            ).all(JSON.stringify(articleIds)) as ArticleHitRow[]);
      const items =
        itemIds.length === 0
          ? []
          : (prepare(
              `SELECT i.id, i.title, i.url, i.summary, i.html, i.author, i.image_url, i.image_alt, i.published_at, s.id AS source_id,
                 s.name AS source_name, s.url AS source_url, s.site_url AS source_site_url
               FROM feed_items i JOIN feed_sources s ON s.id = i.source_id WHERE i.id IN (SELECT value FROM json_each(?))`,
            ).all(JSON.stringify(itemIds)) as FeedHitRow[]);
      return { items: toHits(matches, articles, items), total };
    },
  };
}
