import type { Pool, PoolClient } from 'pg';
import { foldDiacritics } from '../fold.js';
import { sanitizeArticleHtml } from '../sanitize.js';
import { pgInsertAudit } from './audit-log.js';
import { transaction } from './pg-db.js';
import { articleChanges, auditFilter, withChanges, numbered, staffArticleFilter } from './newsroom-shared.js';
import { STAFF_COLUMNS, STAFF_FROM, toAuditEntry, toStaffArticle, visibleTo, type AuditRow, type StaffArticleRow } from './rows.js';
import {
  SlugTakenError,
  type ArticleFields,
  type ArticleTranslation,
  type ChangeContext,
  type NewsroomStore,
  type StaffArticle,
} from './types.js';

/** PostgreSQL's unique_violation. */
const UNIQUE_VIOLATION = '23505';

type Queryable = Pool | PoolClient;

async function get(db: Queryable, id: number, lock = false): Promise<StaffArticle | undefined> {
  // An id no article can have (out of the integer range) finds none, as in SQLite, instead of failing.
  if (!Number.isInteger(id) || Math.abs(id) > 2 ** 31 - 1) return undefined;
  const { rows } = await db.query<StaffArticleRow>(
    `SELECT ${STAFF_COLUMNS} ${STAFF_FROM} WHERE a.id = $1${lock ? ' FOR UPDATE OF a' : ''}`,
    [id],
  );
  return rows[0] && toStaffArticle(rows[0]);
}

async function taken(db: Queryable, slug: string, exceptId?: number): Promise<boolean> {
  const { rows } = await db.query<{ id: number }>(
    'SELECT id FROM articles WHERE slug = $1 UNION ALL SELECT article_id FROM article_slugs WHERE slug = $1',
    [slug],
  );
  return rows.some(({ id }) => id !== exceptId);
}

async function categoryId(db: Queryable, slug: string): Promise<number> {
  const { rows } = await db.query<{ id: number }>('SELECT id FROM categories WHERE slug = $1', [slug]);
  if (rows.length === 0) throw new Error(`There is no category "${slug}".`);
  return rows[0].id;
}

/** The article columns in the order of ARTICLE_COLUMNS, as parameters. */
async function values(db: Queryable, fields: ArticleFields): Promise<unknown[]> {
  const { image } = fields;
  return [
    fields.slug,
    fields.title,
    foldDiacritics(fields.title),
    fields.summary,
    sanitizeArticleHtml(fields.body),
    await categoryId(db, fields.categorySlug),
    fields.author,
    image?.path ?? null,
    image?.alt ?? null,
    image?.width ?? null,
    image?.height ?? null,
    image?.bytes ?? null,
    image?.type ?? null,
    image?.media?.id ?? null,
    fields.status,
    fields.publishedAt,
  ];
}
const ARTICLE_COLUMNS = [
  'slug',
  'title',
  'title_folded',
  'summary',
  'body',
  'category_id',
  'author',
  'image_path',
  'image_alt',
  'image_width',
  'image_height',
  'image_bytes',
  'image_type',
  'image_media_id',
  'status',
  'published_at',
];

/** Stores the English version of article `id`, or deletes it (null). */
export async function writeEnglish(db: Queryable, id: number, english: ArticleTranslation | null): Promise<void> {
  if (english === null) {
    await db.query("DELETE FROM article_translations WHERE article_id = $1 AND lang = 'en'", [id]);
    return;
  }
  await db.query(
    `INSERT INTO article_translations (article_id, lang, title, summary, body) VALUES ($1, 'en', $2, $3, $4)
     ON CONFLICT (article_id, lang) DO UPDATE SET title = excluded.title, summary = excluded.summary, body = excluded.body`,
    [id, english.title, english.summary, sanitizeArticleHtml(english.body)],
  );
}

const auditArticle = (db: Queryable, action: string, before: StaffArticle | undefined, after: StaffArticle, context: ChangeContext) =>
  pgInsertAudit(
    db,
    { action, target: { type: 'article', id: String(after.id) }, summary: after.title, changes: articleChanges(before, after) },
    context,
  );

/** A unique violation on a slug (another writer took it first) as a SlugTakenError. */
function slugRace(error: unknown, slug: string): unknown {
  return (error as { code?: string }).code === UNIQUE_VIOLATION ? new SlugTakenError(slug) : error;
}

/** The PostgreSQL implementation of NewsroomStore (tables from migration 6); folds the titles written before it. */
export async function pgNewsroomStore(pool: Pool): Promise<NewsroomStore> {
  const { rows: unfolded } = await pool.query<{ id: number; title: string }>('SELECT id, title FROM articles WHERE title_folded IS NULL');
  for (const { id, title } of unfolded)
    await pool.query('UPDATE articles SET title_folded = $1 WHERE id = $2', [foldDiacritics(title), id]);

  return {
    async listStaffArticles(query) {
      const { param, params } = numbered();
      const where = staffArticleFilter(query, param, (date) => date);
      const items = await pool.query<StaffArticleRow>(
        `SELECT ${STAFF_COLUMNS} ${STAFF_FROM} WHERE ${where} ORDER BY a.updated_at DESC, a.id DESC
         LIMIT ${param(query.limit)} OFFSET ${param(query.offset)}`,
        params,
      );
      const count = await pool.query<{ total: number }>(`SELECT COUNT(*) AS total ${STAFF_FROM} WHERE ${where}`, params.slice(0, -2));
      return { items: items.rows.map(toStaffArticle), total: count.rows[0].total };
    },

    getStaffArticle: (id) => get(pool, id),

    slugTaken: (slug, exceptId) => taken(pool, slug, exceptId),

    async createArticle(fields, context) {
      try {
        return await transaction(pool, async (client) => {
          if (await taken(client, fields.slug)) throw new SlugTakenError(fields.slug);
          const placeholders = ARTICLE_COLUMNS.map((_, i) => `$${i + 1}`).join(', ');
          const { rows } = await client.query<{ id: number }>(
            `INSERT INTO articles (${ARTICLE_COLUMNS.join(', ')}, created_at, updated_at)
             VALUES (${placeholders}, $${ARTICLE_COLUMNS.length + 1}, $${ARTICLE_COLUMNS.length + 1}) RETURNING id`,
            [...(await values(client, fields)), context.at],
          );
          await writeEnglish(client, rows[0].id, fields.english);
          const article = (await get(client, rows[0].id)) as StaffArticle;
          await auditArticle(client, 'article.create', undefined, article, context);
          return article;
        });
      } catch (error) {
        throw slugRace(error, fields.slug);
      }
    },

    async updateArticle(id, version, changes, action, context) {
      try {
        return await transaction(pool, async (client) => {
          const before = await get(client, id, true);
          if (before === undefined) return { kind: 'not-found' } as const;
          if (version !== undefined && version !== before.version) return { kind: 'conflict', current: before } as const;
          const fields = withChanges(before, changes);
          if (fields.slug !== before.slug) {
            if (await taken(client, fields.slug, id)) throw new SlugTakenError(fields.slug);
            await client.query('DELETE FROM article_slugs WHERE slug = $1', [fields.slug]);
            await client.query('INSERT INTO article_slugs (slug, article_id) VALUES ($1, $2) ON CONFLICT (slug) DO NOTHING', [
              before.slug,
              id,
            ]);
          }
          const deletedAt = changes.deletedAt === undefined ? before.deletedAt : changes.deletedAt;
          const assignments = ARTICLE_COLUMNS.map((column, i) => `${column} = $${i + 1}`).join(', ');
          const n = ARTICLE_COLUMNS.length;
          await client.query(
            `UPDATE articles SET ${assignments}, deleted_at = $${n + 1}, updated_at = $${n + 2}, version = version + 1 WHERE id = $${n + 3}`,
            [...(await values(client, fields)), deletedAt, context.at, id],
          );
          await writeEnglish(client, id, fields.english);
          const article = (await get(client, id)) as StaffArticle;
          await auditArticle(client, action, before, article, context);
          return { kind: 'saved', article } as const;
        });
      } catch (error) {
        throw slugRace(error, changes.slug ?? '');
      }
    },

    async renamedSlug(slug, now) {
      const { rows } = await pool.query<{ slug: string }>(
        `SELECT a.slug FROM article_slugs s JOIN articles a ON a.id = s.article_id WHERE s.slug = $1 AND ${visibleTo('$2')}`,
        [slug, now],
      );
      return rows[0]?.slug;
    },

    recordAudit: (entry, context) => pgInsertAudit(pool, entry, context),

    async listAudit(query) {
      const { param, params } = numbered();
      const where = auditFilter(query, param, (date) => date);
      const items = await pool.query<AuditRow>(
        `SELECT id, at, actor_id, actor, action, target_type, target_id, summary, changes FROM audit_log WHERE ${where}
         ORDER BY at DESC, id DESC LIMIT ${param(query.limit)} OFFSET ${param(query.offset)}`,
        params,
      );
      const count = await pool.query<{ total: number }>(`SELECT COUNT(*) AS total FROM audit_log WHERE ${where}`, params.slice(0, -2));
      return { items: items.rows.map(toAuditEntry), total: count.rows[0].total };
    },
  };
}
