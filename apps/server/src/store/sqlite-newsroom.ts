import type Database from 'better-sqlite3';
import { foldDiacritics } from '../fold.js';
import { sanitizeArticleHtml } from '../sanitize.js';
import { sqliteAuditWriter } from './audit-log.js';
import { articleChanges, auditFilter, withChanges, questionMarks, staffArticleFilter } from './newsroom-shared.js';
import { STAFF_COLUMNS, STAFF_FROM, toAuditEntry, toStaffArticle, visibleTo, type AuditRow, type StaffArticleRow } from './rows.js';
import {
  SlugTakenError,
  type ArticleFields,
  type ArticleTranslation,
  type ChangeContext,
  type NewsroomStore,
  type StaffArticle,
} from './types.js';

const iso = (date: Date) => date.toISOString();

/** Stores the English version of an article (its body sanitized), or deletes it (null); for use inside a transaction. */
export function sqliteEnglishWriter(db: Database.Database): (id: number, english: ArticleTranslation | null) => void {
  const upsert = db.prepare(
    `INSERT INTO article_translations (article_id, lang, title, summary, body) VALUES (@id, 'en', @title, @summary, @body)
     ON CONFLICT (article_id, lang) DO UPDATE SET title = excluded.title, summary = excluded.summary, body = excluded.body`,
  );
  const remove = db.prepare("DELETE FROM article_translations WHERE article_id = ? AND lang = 'en'");
  return (id, english) => {
    if (english === null) remove.run(id);
    else upsert.run({ id, title: english.title, summary: english.summary, body: sanitizeArticleHtml(english.body) });
  };
}

/** The SQLite implementation of NewsroomStore on an open, migrated database. */
export function sqliteNewsroomStore(db: Database.Database): NewsroomStore {
  // Titles written before the newsroom existed (migration 6) are folded once, here.
  const unfolded = db.prepare('SELECT id, title FROM articles WHERE title_folded IS NULL').all() as { id: number; title: string }[];
  const setFolded = db.prepare('UPDATE articles SET title_folded = ? WHERE id = ?');
  db.transaction(() => unfolded.forEach(({ id, title }) => setFolded.run(foldDiacritics(title), id)))();

  const selectById = db.prepare(`SELECT ${STAFF_COLUMNS} ${STAFF_FROM} WHERE a.id = ?`);
  const selectCategoryId = db.prepare('SELECT id FROM categories WHERE slug = ?').pluck();
  const slugOwner = db
    .prepare('SELECT id FROM articles WHERE slug = @slug UNION ALL SELECT article_id FROM article_slugs WHERE slug = @slug')
    .pluck();
  const insertArticle = db
    .prepare(
      `INSERT INTO articles (slug, title, title_folded, summary, body, category_id, author, image_path, image_alt, image_width,
       image_height, image_bytes, image_type, image_media_id, status, published_at, created_at, updated_at)
     VALUES (@slug, @title, @titleFolded, @summary, @body, @categoryId, @author, @imagePath, @imageAlt, @imageWidth, @imageHeight,
       @imageBytes, @imageType, @imageMediaId, @status, @publishedAt, @at, @at)
     RETURNING id`,
    )
    .pluck();
  const updateArticle = db.prepare(
    `UPDATE articles SET slug = @slug, title = @title, title_folded = @titleFolded, summary = @summary, body = @body,
       category_id = @categoryId, author = @author, image_path = @imagePath, image_alt = @imageAlt, image_width = @imageWidth,
       image_height = @imageHeight, image_bytes = @imageBytes, image_type = @imageType, image_media_id = @imageMediaId, status = @status,
       published_at = @publishedAt, deleted_at = @deletedAt, updated_at = @at, version = version + 1
     WHERE id = @id`,
  );
  const forgetSlug = db.prepare('DELETE FROM article_slugs WHERE slug = ?');
  const keepSlug = db.prepare('INSERT INTO article_slugs (slug, article_id) VALUES (?, ?) ON CONFLICT (slug) DO NOTHING');
  const selectRenamed = db
    .prepare(`SELECT a.slug FROM article_slugs s JOIN articles a ON a.id = s.article_id WHERE s.slug = ? AND ${visibleTo('?')}`)
    .pluck();
  const audit = sqliteAuditWriter(db);

  const get = (id: number) => {
    const row = selectById.get(id) as StaffArticleRow | undefined;
    return row && toStaffArticle(row);
  };
  const categoryId = (slug: string) => {
    const id = selectCategoryId.get(slug) as number | undefined;
    if (id === undefined) throw new Error(`There is no category "${slug}".`);
    return id;
  };
  const taken = (slug: string, exceptId?: number) => (slugOwner.all({ slug }) as number[]).some((id) => id !== exceptId);
  const columns = (fields: ArticleFields) => ({
    slug: fields.slug,
    title: fields.title,
    titleFolded: foldDiacritics(fields.title),
    summary: fields.summary,
    body: sanitizeArticleHtml(fields.body),
    categoryId: categoryId(fields.categorySlug),
    author: fields.author,
    imagePath: fields.image?.path ?? null,
    imageAlt: fields.image?.alt ?? null,
    imageWidth: fields.image?.width ?? null,
    imageHeight: fields.image?.height ?? null,
    imageBytes: fields.image?.bytes ?? null,
    imageType: fields.image?.type ?? null,
    imageMediaId: fields.image?.media?.id ?? null,
    status: fields.status,
    publishedAt: iso(fields.publishedAt),
  });
  const writeEnglish = sqliteEnglishWriter(db);
  const auditArticle = (action: string, before: StaffArticle | undefined, after: StaffArticle, context: ChangeContext) =>
    audit(
      { action, target: { type: 'article', id: String(after.id) }, summary: after.title, changes: articleChanges(before, after) },
      context,
    );

  const create = db.transaction((fields: ArticleFields, context: ChangeContext): StaffArticle => {
    if (taken(fields.slug)) throw new SlugTakenError(fields.slug);
    const id = insertArticle.get({ ...columns(fields), at: iso(context.at) }) as number;
    writeEnglish(id, fields.english);
    const article = get(id) as StaffArticle;
    auditArticle('article.create', undefined, article, context);
    return article;
  });

  const update = db.transaction((id, version, changes, action, context) => {
    const before = get(id);
    if (before === undefined) return { kind: 'not-found' } as const;
    if (version !== undefined && version !== before.version) return { kind: 'conflict', current: before } as const;
    const fields = withChanges(before, changes);
    if (fields.slug !== before.slug) {
      if (taken(fields.slug, id)) throw new SlugTakenError(fields.slug);
      // The old address redirects to the new one; going back to an old slug makes it current again.
      forgetSlug.run(fields.slug);
      keepSlug.run(before.slug, id);
    }
    const deletedAt = changes.deletedAt === undefined ? before.deletedAt : changes.deletedAt;
    updateArticle.run({ ...columns(fields), deletedAt: deletedAt && iso(deletedAt), at: iso(context.at), id });
    writeEnglish(id, fields.english);
    const article = get(id) as StaffArticle;
    auditArticle(action, before, article, context);
    return { kind: 'saved', article } as const;
  }) satisfies (...args: Parameters<NewsroomStore['updateArticle']>) => Awaited<ReturnType<NewsroomStore['updateArticle']>>;

  return {
    async listStaffArticles(query) {
      const { param, params } = questionMarks();
      const where = staffArticleFilter(query, param, iso);
      const items = db
        .prepare(`SELECT ${STAFF_COLUMNS} ${STAFF_FROM} WHERE ${where} ORDER BY a.updated_at DESC, a.id DESC LIMIT ? OFFSET ?`)
        .all(...params, query.limit, query.offset) as StaffArticleRow[];
      const total = db
        .prepare(`SELECT COUNT(*) ${STAFF_FROM} WHERE ${where}`)
        .pluck()
        .get(...params) as number;
      return { items: items.map(toStaffArticle), total };
    },

    async getStaffArticle(id) {
      return get(id);
    },

    async slugTaken(slug, exceptId) {
      return taken(slug, exceptId);
    },

    async createArticle(fields, context) {
      return create(fields, context);
    },

    async updateArticle(id, version, changes, action, context) {
      return update(id, version, changes, action, context);
    },

    async renamedSlug(slug, now) {
      return selectRenamed.get(slug, iso(now)) as string | undefined;
    },

    async recordAudit(entry, context) {
      audit(entry, context);
    },

    async listAudit(query) {
      const { param, params } = questionMarks();
      const where = auditFilter(query, param, iso);
      const rows = db
        .prepare(
          `SELECT id, at, actor_id, actor, action, target_type, target_id, summary, changes FROM audit_log WHERE ${where}
           ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`,
        )
        .all(...params, query.limit, query.offset) as AuditRow[];
      const total = db
        .prepare(`SELECT COUNT(*) FROM audit_log WHERE ${where}`)
        .pluck()
        .get(...params) as number;
      return { items: rows.map(toAuditEntry), total };
    },
  };
}
