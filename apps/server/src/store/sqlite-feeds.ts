import type Database from 'better-sqlite3';
import { displayOrder } from './feed-order.js';
import { SITE_DISABLED_COLUMN, toItem, toStatus, type ItemRow, type SourceRow } from './rows.js';
import type { FeedFetchRecord, FeedStore } from './types.js';

/** The feed sources part of the SQLite store (see FeedStore). */
export function sqliteFeedStore(db: Database.Database): FeedStore {
  // A fetch of an address the source has left since (see FeedFetchRecord.url) records nothing.
  const SAME_URL = 'AND (@url IS NULL OR url = @url)';
  const SOURCE_COLUMNS = `s.*, (SELECT COUNT(*) FROM feed_items i WHERE i.source_id = s.id) AS item_count, ${SITE_DISABLED_COLUMN}`;
  const insertSource = db.prepare(
    `INSERT INTO feed_sources (id, name, url, refresh_minutes, created_at, next_fetch_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO NOTHING`,
  );
  const deleteSource = db.prepare('DELETE FROM feed_sources WHERE id = ?');
  const selectSources = db.prepare(`SELECT ${SOURCE_COLUMNS} FROM feed_sources s ORDER BY s.id`);
  const selectSource = db.prepare(`SELECT ${SOURCE_COLUMNS} FROM feed_sources s WHERE s.id = ?`);
  const selectItems = db.prepare(
    `SELECT id, title, url, summary, html, author, image_url, image_alt, published_at FROM feed_items
     WHERE source_id = ? ORDER BY position LIMIT ? OFFSET ?`,
  );
  const countItems = db.prepare('SELECT COUNT(*) FROM feed_items WHERE source_id = ?').pluck();
  const upsertItem = db.prepare(
    `INSERT INTO feed_items (source_id, item_key, position, title, url, summary, html, author, image_url, image_alt, published_at)
     VALUES (@sourceId, @key, @position, @title, @url, @summary, @html, @author, @imageUrl, @imageAlt, @publishedAt)
     ON CONFLICT (source_id, item_key) DO UPDATE SET position = excluded.position, title = excluded.title, url = excluded.url,
       summary = excluded.summary, html = excluded.html, author = excluded.author, image_url = excluded.image_url,
       image_alt = excluded.image_alt, published_at = excluded.published_at`,
  );
  const deleteStaleItems = db.prepare('DELETE FROM feed_items WHERE source_id = ? AND item_key NOT IN (SELECT value FROM json_each(?))');
  const recordUpdated = db.prepare(
    `UPDATE feed_sources SET fetched_at = @at, checked_at = @at, next_fetch_at = @next, failures = 0, error_code = NULL,
       error_message = NULL, etag = @etag, last_modified = @lastModified, site_url = @siteUrl WHERE id = @id ${SAME_URL}`,
  );
  const recordNotModified = db.prepare(
    `UPDATE feed_sources SET fetched_at = @at, checked_at = @at, next_fetch_at = @next, failures = 0, error_code = NULL,
       error_message = NULL WHERE id = @id ${SAME_URL}`,
  );
  const recordFailed = db.prepare(
    `UPDATE feed_sources SET checked_at = @at, next_fetch_at = @next, failures = failures + 1, error_code = @code,
       error_message = @message WHERE id = @id ${SAME_URL}`,
  );

  const saveUpdated = db.transaction((id: string, record: Extract<FeedFetchRecord, { kind: 'updated' }>) => {
    if (
      recordUpdated.run({
        id,
        at: record.at.toISOString(),
        next: record.nextFetchAt.toISOString(),
        etag: record.etag,
        lastModified: record.lastModified,
        siteUrl: record.siteUrl,
        url: record.url ?? null,
      }).changes === 0
    )
      return;
    const items = displayOrder(record.items);
    items.forEach((item, position) =>
      upsertItem.run({
        sourceId: id,
        key: item.key,
        position,
        title: item.title,
        url: item.url,
        summary: item.summary,
        html: item.html,
        author: item.author,
        imageUrl: item.image?.url ?? null,
        imageAlt: item.image?.alt ?? null,
        publishedAt: item.publishedAt?.toISOString() ?? null,
      }),
    );
    deleteStaleItems.run(id, JSON.stringify(items.map((item) => item.key)));
  });

  return {
    async addFeedSource(source, now) {
      return insertSource.run(source.id, source.name, source.url, source.refreshMinutes, now.toISOString(), now.toISOString()).changes > 0;
    },

    async removeFeedSource(id) {
      return deleteSource.run(id).changes > 0;
    },

    async listFeedSources() {
      return (selectSources.all() as SourceRow[]).map(toStatus);
    },

    async getFeedSource(id) {
      const row = selectSource.get(id) as SourceRow | undefined;
      return row && toStatus(row);
    },

    async listFeedItems(sourceId, { offset, limit }) {
      const items = (selectItems.all(sourceId, limit, offset) as ItemRow[]).map(toItem);
      return { items, total: countItems.get(sourceId) as number };
    },

    async saveFeedFetch(sourceId, record) {
      const at = record.at.toISOString();
      const next = record.nextFetchAt.toISOString();
      const url = record.url ?? null;
      if (record.kind === 'updated') saveUpdated(sourceId, record);
      else if (record.kind === 'not-modified') recordNotModified.run({ id: sourceId, at, next, url });
      else recordFailed.run({ id: sourceId, at, next, code: record.error.code, message: record.error.message, url });
    },
  };
}
