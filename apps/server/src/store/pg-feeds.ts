import type { Pool } from 'pg';
import { displayOrder } from './feed-order.js';
import { transaction } from './pg-db.js';
import { SITE_DISABLED_COLUMN, toItem, toStatus, type ItemRow, type SourceRow } from './rows.js';
import type { FeedFetchRecord, FeedStore } from './types.js';

const SOURCE_COLUMNS = `s.id, s.name, s.url, s.refresh_minutes, s.created_at, s.fetched_at, s.checked_at, s.next_fetch_at, s.failures,
  s.error_code, s.error_message, s.etag, s.last_modified, s.site_url,
  (SELECT COUNT(*) FROM feed_items i WHERE i.source_id = s.id) AS item_count, ${SITE_DISABLED_COLUMN}`;
// A fetch of an address the source has left since (see FeedFetchRecord.url) records nothing; the address is the last parameter.
const sameUrl = (n: number) => `AND ($${n}::text IS NULL OR url = $${n})`;

/** The feed sources part of the PostgreSQL store (see FeedStore; tables from migration 4). */
export function pgFeedStore(pool: Pool): FeedStore {
  async function saveUpdated(id: string, record: Extract<FeedFetchRecord, { kind: 'updated' }>): Promise<void> {
    const items = displayOrder(record.items);
    await transaction(pool, async (client) => {
      // Updating the source first also locks it: two servers saving one source's fetch take turns.
      const updated = await client.query(
        `UPDATE feed_sources SET fetched_at = $2, checked_at = $2, next_fetch_at = $3, failures = 0, error_code = NULL,
           error_message = NULL, etag = $4, last_modified = $5, site_url = $6 WHERE id = $1 ${sameUrl(7)}`,
        [id, record.at, record.nextFetchAt, record.etag, record.lastModified, record.siteUrl, record.url ?? null],
      );
      if (updated.rowCount === 0) return;
      // An item whose key was there before keeps its row, so its id.
      await client.query(
        `INSERT INTO feed_items (source_id, item_key, position, title, url, summary, html, author, image_url, image_alt, published_at)
         SELECT $1, item_key, position - 1, title, url, summary, html, author, image_url, image_alt, published_at
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::timestamptz[])
           WITH ORDINALITY AS item (item_key, title, url, summary, html, author, image_url, image_alt, published_at, position)
         ORDER BY position
         ON CONFLICT (source_id, item_key) DO UPDATE SET position = excluded.position, title = excluded.title, url = excluded.url,
           summary = excluded.summary, html = excluded.html, author = excluded.author, image_url = excluded.image_url,
           image_alt = excluded.image_alt, published_at = excluded.published_at`,
        [
          id,
          items.map((item) => item.key),
          items.map((item) => item.title),
          items.map((item) => item.url),
          items.map((item) => item.summary),
          items.map((item) => item.html),
          items.map((item) => item.author),
          items.map((item) => item.image?.url ?? null),
          items.map((item) => item.image?.alt ?? null),
          items.map((item) => item.publishedAt),
        ],
      );
      await client.query('DELETE FROM feed_items WHERE source_id = $1 AND NOT (item_key = ANY ($2::text[]))', [
        id,
        items.map((item) => item.key),
      ]);
    });
  }

  return {
    async addFeedSource(source, now) {
      const result = await pool.query(
        `INSERT INTO feed_sources (id, name, url, refresh_minutes, created_at, next_fetch_at) VALUES ($1, $2, $3, $4, $5, $5)
         ON CONFLICT (id) DO NOTHING`,
        [source.id, source.name, source.url, source.refreshMinutes, now],
      );
      return (result.rowCount ?? 0) > 0;
    },

    async removeFeedSource(id) {
      return ((await pool.query('DELETE FROM feed_sources WHERE id = $1', [id])).rowCount ?? 0) > 0;
    },

    async listFeedSources() {
      return (await pool.query<SourceRow>(`SELECT ${SOURCE_COLUMNS} FROM feed_sources s ORDER BY s.id`)).rows.map(toStatus);
    },

    async getFeedSource(id) {
      const { rows } = await pool.query<SourceRow>(`SELECT ${SOURCE_COLUMNS} FROM feed_sources s WHERE s.id = $1`, [id]);
      return rows[0] && toStatus(rows[0]);
    },

    async listFeedItems(sourceId, { offset, limit }) {
      const items = await pool.query<ItemRow>(
        `SELECT id, title, url, summary, html, author, image_url, image_alt, published_at FROM feed_items
         WHERE source_id = $1 ORDER BY position, id LIMIT $2 OFFSET $3`,
        [sourceId, limit, offset],
      );
      const count = await pool.query<{ total: number }>('SELECT COUNT(*) AS total FROM feed_items WHERE source_id = $1', [sourceId]);
      return { items: items.rows.map(toItem), total: count.rows[0].total };
    },

    async saveFeedFetch(sourceId, record) {
      if (record.kind === 'updated') await saveUpdated(sourceId, record);
      else if (record.kind === 'not-modified') {
        await pool.query(
          `UPDATE feed_sources SET fetched_at = $2, checked_at = $2, next_fetch_at = $3, failures = 0, error_code = NULL,
             error_message = NULL WHERE id = $1 ${sameUrl(4)}`,
          [sourceId, record.at, record.nextFetchAt, record.url ?? null],
        );
      } else {
        await pool.query(
          `UPDATE feed_sources SET checked_at = $2, next_fetch_at = $3, failures = failures + 1, error_code = $4,
             error_message = $5 WHERE id = $1 ${sameUrl(6)}`,
          [sourceId, record.at, record.nextFetchAt, record.error.code, record.error.message, record.url ?? null],
        );
      }
    },
  };
}
