import type Database from 'better-sqlite3';
import { sqliteAuditWriter } from './audit-log.js';
import { MEDIA_COLUMNS, mediaAuditEntry, toMedia, type MediaRow } from './rows.js';
import type { ChangeContext, MediaRecord, MediaStore, NewMedia } from './types.js';

/** The SQLite implementation of MediaStore (table `media`, migration 7). */
export function sqliteMediaStore(db: Database.Database): MediaStore {
  const selectById = db.prepare(`SELECT ${MEDIA_COLUMNS} FROM media WHERE id = ?`);
  const selectByHash = db.prepare(`SELECT ${MEDIA_COLUMNS} FROM media WHERE hash = ?`);
  const insert = db
    .prepare(
      `INSERT INTO media (hash, width, height, files, uploaded_by_id, uploaded_by, created_at)
       VALUES (@hash, @width, @height, @files, @actorId, @actor, @at) RETURNING id`,
    )
    .pluck();
  const selectPage = db.prepare(`SELECT ${MEDIA_COLUMNS} FROM media ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`);
  const count = db.prepare('SELECT COUNT(*) FROM media').pluck();
  const audit = sqliteAuditWriter(db);
  const byHash = (hash: string) => {
    const row = selectByHash.get(hash) as MediaRow | undefined;
    return row && toMedia(row);
  };

  const add = db.transaction((media: NewMedia, context: ChangeContext): { media: MediaRecord; created: boolean } => {
    const existing = byHash(media.hash);
    if (existing !== undefined) return { media: existing, created: false };
    const id = insert.get({
      hash: media.hash,
      width: media.width,
      height: media.height,
      files: JSON.stringify(media.files),
      actorId: context.actor.id,
      actor: context.actor.username,
      at: context.at.toISOString(),
    }) as number;
    const stored = toMedia(selectById.get(id) as MediaRow);
    audit(mediaAuditEntry(stored), context);
    return { media: stored, created: true };
  });

  return {
    async addMedia(media, context) {
      return add(media, context);
    },
    async getMedia(id) {
      const row = selectById.get(id) as MediaRow | undefined;
      return row && toMedia(row);
    },
    async getMediaByHash(hash) {
      return byHash(hash);
    },
    async listMedia({ offset, limit }) {
      const rows = selectPage.all(limit, offset) as MediaRow[];
      return { items: rows.map(toMedia), total: count.get() as number };
    },
  };
}
