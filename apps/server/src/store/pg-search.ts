import type { Pool } from 'pg';
import { numbered } from './newsroom-shared.js';
import { FEED_ITEM_SHOWN, SUMMARY_COLUMNS, visibleTo } from './rows.js';
import { idsOf, tiers, toHits, tsQuery, type ArticleHitRow, type FeedHitRow, type MatchRow } from './search-shared.js';
import type { SearchStore } from './types.js';

/**
 * The search part of the PostgreSQL store: the tsvector columns `search_exact` and `search_folded` of articles and
 * feed items, the folded one with a GIN index (migration 9).
 */
export function pgSearchStore(pool: Pool): SearchStore {
  return {
    async search({ query, source, category, offset, limit, now }) {
      if (query.terms.length === 0) return { items: [], total: 0 };
      // The matches of each source, with their score (for the page) or without (for the count); each statement numbers
      // its own parameters.
      const matchesSql = (scored: boolean) => {
        const { param, params } = numbered();
        const match = `${param(tsQuery(query))}::tsquery`;
        const checks = scored ? tiers(query) : [];
        const score = (alias: string) =>
          checks
            .map((tier) => {
              const column = tier.form === 'exact' ? 'search_exact' : 'search_folded';
              return `(${alias}.${column} @@ ${param(tsQuery(query, tier.form, tier.titleOnly, tier.phrase, tier.whole))}::tsquery)::int * ${tier.weight}`;
            })
            .join(' + ');
        const list: string[] = [];
        if (source !== 'feeds') {
          const inCategory = category === undefined ? '' : ` AND c.slug = ${param(category)}`;
          list.push(
            `SELECT 'article' AS type, a.id AS id${scored ? `, ${score('a')} AS score, a.published_at AS at` : ''}
             FROM articles a JOIN categories c ON c.id = a.category_id
             WHERE a.search_folded @@ ${match} AND ${visibleTo(param(now))}${inCategory}`,
          );
        }
        if (source !== 'portal' && category === undefined) {
          list.push(
            `SELECT 'feed-item' AS type, i.id AS id${scored ? `, ${score('i')} AS score, i.published_at AS at` : ''}
             FROM feed_items i WHERE i.search_folded @@ ${match} AND ${FEED_ITEM_SHOWN}`,
          );
        }
        return { sql: list.join(' UNION ALL '), param, params };
      };
      const ranked = matchesSql(true);
      if (ranked.sql === '') return { items: [], total: 0 };
      const counted = matchesSql(false);
      const [page, count] = await Promise.all([
        pool.query<MatchRow>(
          `SELECT type, id FROM (${ranked.sql}) matches ORDER BY score DESC, at DESC NULLS LAST, type, id DESC
           LIMIT ${ranked.param(limit)} OFFSET ${ranked.param(offset)}`,
          ranked.params,
        ),
        pool.query<{ total: number }>(`SELECT COUNT(*)::int AS total FROM (${counted.sql}) matches`, counted.params),
      ]);
      const matches = page.rows;

      const articleIds = idsOf(matches, 'article');
      const itemIds = idsOf(matches, 'feed-item');
      const [articles, items] = await Promise.all([
        articleIds.length === 0
          ? []
          : pool
              .query<ArticleHitRow>(
                `SELECT ${SUMMARY_COLUMNS}, a.body FROM articles a JOIN categories c ON c.id = a.category_id WHERE a.id = ANY ($1::int[])`,
                [articleIds],
              )
              .then((result) => result.rows),
        itemIds.length === 0
          ? []
          : pool
              .query<FeedHitRow>(
                `SELECT i.id, i.title, i.url, i.summary, i.html, i.author, i.image_url, i.image_alt, i.published_at, s.id AS source_id,
                   s.name AS source_name, s.url AS source_url, s.site_url AS source_site_url
                 FROM feed_items i JOIN feed_sources s ON s.id = i.source_id WHERE i.id = ANY ($1::int[])`,
                [itemIds],
              )
              .then((result) => result.rows),
      ]);
      return { items: toHits(matches, articles, items), total: count.rows[0].total };
    },
  };
}
