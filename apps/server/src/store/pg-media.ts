import type { Pool } from 'pg';
import { pgInsertAudit } from './audit-log.js';
import { transaction } from './pg-db.js';
import { MEDIA_COLUMNS, mediaAuditEntry, toMedia, type MediaRow } from './rows.js';
import type { MediaStore } from './types.js';

/** The PostgreSQL implementation of MediaStore (table `media`, migration 7). */
export function pgMediaStore(pool: Pool): MediaStore {
  const byHash = async (hash: string) => {
    const { rows } = await pool.query<MediaRow>(`SELECT ${MEDIA_COLUMNS} FROM media WHERE hash = $1`, [hash]);
    return rows[0] && toMedia(rows[0]);
  };

  return {
    async addMedia(media, context) {
      const added = await transaction(pool, async (client) => {
        // Two uploads of one picture at once: one inserts, the other waits for its commit and inserts nothing.
        const { rows } = await client.query<MediaRow>(
          `INSERT INTO media (hash, width, height, files, uploaded_by_id, uploaded_by, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (hash) DO NOTHING RETURNING ${MEDIA_COLUMNS}`,
          [media.hash, media.width, media.height, JSON.stringify(media.files), context.actor.id, context.actor.username, context.at],
        );
        if (rows.length === 0) return undefined;
        const stored = toMedia(rows[0]);
        await pgInsertAudit(client, mediaAuditEntry(stored), context);
        return stored;
      });
      if (added !== undefined) return { media: added, created: true };
      const existing = await byHash(media.hash);
      if (existing === undefined) throw new Error(`The image ${media.hash} was neither inserted nor found.`);
      return { media: existing, created: false };
    },
    async getMedia(id) {
      if (!Number.isInteger(id) || Math.abs(id) > 2 ** 31 - 1) return undefined;
      const { rows } = await pool.query<MediaRow>(`SELECT ${MEDIA_COLUMNS} FROM media WHERE id = $1`, [id]);
      return rows[0] && toMedia(rows[0]);
    },
    getMediaByHash: byHash,
    async listMedia({ offset, limit }) {
      const { rows } = await pool.query<MediaRow>(
        `SELECT ${MEDIA_COLUMNS} FROM media ORDER BY created_at DESC, id DESC LIMIT $1 OFFSET $2`,
        [limit, offset],
      );
      const count = await pool.query<{ total: number }>('SELECT COUNT(*) AS total FROM media');
      return { items: rows.map(toMedia), total: count.rows[0].total };
    },
  };
}
