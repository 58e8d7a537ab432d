import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { pgSiteStore } from './pg-sites.js';
import { pgUsageStore } from './pg-usage.js';
import type { PoolConfig } from 'pg';
import { sanitizeArticleHtml } from '../sanitize.js';
import { pgAuthStore } from './pg-auth.js';
import { pgBannerStore } from './pg-banners.js';
import { maskDatabaseUrl, PG_TYPES, transaction, withDefaultUser } from './pg-db.js';
import { pgFeedStore } from './pg-feeds.js';
import { migratePg, PG_MIGRATIONS } from './pg-migrations.js';
import { pgStatsStore } from './pg-stats.js';
import { MOST_VIEWED_FIRST, NEWEST_FIRST, readerColumns, SUMMARY_COLUMNS, toSummary, visibleTo, type ArticleRow } from './rows.js';
import { numbered } from './newsroom-shared.js';
import { pgNewsroomStore, writeEnglish } from './pg-newsroom.js';
import { pgMediaStore } from './pg-media.js';
import { pgSearchStore } from './pg-search.js';
import { foldDiacritics } from '../fold.js';
import type { Article, NewArticle, Store } from './types.js';

export interface PgStoreOptions {
  /** Most connections the pool opens (pg's default: 10). */
  maxConnections?: number;
  /** How long to wait for a connection, in milliseconds, before failing (default 10 s; 0 waits forever). */
  connectionTimeoutMillis?: number;
}

/**
 * Opens a pool on the PostgreSQL database at `url` and migrates it (see pg-migrations.ts): tables live in the
 * first schema of the connection's search_path. A connection error says which database (password masked) and
 * what to do; a database with a newer schema version is refused and left as it was.
 */
export async function openPgStore(url: string, options: PgStoreOptions = {}): Promise<Store> {
  const shown = maskDatabaseUrl(url);
  const config: PoolConfig = {
    connectionString: withDefaultUser(url),
    types: PG_TYPES,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 10_000,
    application_name: 'agency-portal',
  };
  const pool = new pg.Pool(config);
  // A pooled connection that breaks while idle (server restart, network) is dropped by the pool; without a
  // listener the error would end the process. The next query opens a new connection.
  pool.on('error', (error) => console.error(`PostgreSQL connection to ${shown} lost: ${error.message}`));

  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    await pool.end();
    throw new Error(
      `Could not connect to PostgreSQL at ${shown} (DATABASE_URL): ${describe(error)}. ` +
        'Check that the server is running and reachable, and that DATABASE_URL names an existing database, user and password; ' +
        'or unset DATABASE_URL to use the SQLite file in DATA_DIR.',
      { cause: error },
    );
  }
  try {
    await migratePg(client, shown);
    client.release();
  } catch (error) {
    // Destroy the connection: it may still hold the migration lock or be in a failed state.
    client.release(true);
    await pool.end();
    throw error;
  }

  return {
    ...pgStatsStore(pool),
    ...pgSiteStore(pool),
    ...pgUsageStore(pool),
    ...pgAuthStore(pool),
    ...pgFeedStore(pool),
    ...pgBannerStore(pool),
    ...(await pgNewsroomStore(pool)),
    ...pgMediaStore(pool),
    ...pgSearchStore(pool),

    async listArticles({ offset, limit, category, now, lang = 'vi' }) {
      const { columns, from } = readerColumns(lang);
      const { param, params } = numbered();
      const where = `${visibleTo(param(now))}${category === undefined ? '' : ` AND c.slug = ${param(category)}`}`;
      const count = await pool.query<{ total: number }>(`SELECT COUNT(*) AS total ${from} WHERE ${where}`, [...params]);
      const items = await pool.query<ArticleRow>(
        `SELECT ${columns} ${from} WHERE ${where} ${NEWEST_FIRST} LIMIT ${param(limit)} OFFSET ${param(offset)}`,
        params,
      );
      return { items: items.rows.map(toSummary), total: count.rows[0].total };
    },

    async getArticle(slug, now, lang = 'vi') {
      const { columns, body, from } = readerColumns(lang);
      const { rows } = await pool.query<ArticleRow & { body: string }>(
        `SELECT ${columns}, ${body} AS body ${from} WHERE a.slug = $1 AND ${visibleTo('$2')}`,
        [slug, now],
      );
      return rows[0] && ({ ...toSummary(rows[0]), body: rows[0].body } satisfies Article);
    },

    async mostViewedArticles(limit, now) {
      const { rows } = await pool.query<ArticleRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM articles a JOIN categories c ON c.id = a.category_id WHERE ${visibleTo('$2')} ${MOST_VIEWED_FIRST}
         LIMIT $1`,
        [limit, now],
      );
      return rows.map(toSummary);
    },

    async listCategories() {
      return (await pool.query<{ slug: string; name: string }>('SELECT slug, name FROM categories ORDER BY id')).rows;
    },

    async getCategory(slug) {
      return (await pool.query<{ slug: string; name: string }>('SELECT slug, name FROM categories WHERE slug = $1', [slug])).rows[0];
    },

    async recordArticleView(slug, visitor, day, now) {
      const counted = await transaction(pool, async (client) => {
        // The view row and the count change together. A second request of the same visitor waits here for the
        // first one's transaction, then inserts nothing.
        const inserted = await client.query<{ article_id: number }>(
          `INSERT INTO article_views (article_id, day, visitor) SELECT id, $2, $3 FROM articles a WHERE slug = $1 AND ${visibleTo('$4')}
           ON CONFLICT DO NOTHING RETURNING article_id`,
          [slug, day, visitor, now],
        );
        if (inserted.rows.length === 0) return undefined;
        // Atomic: concurrent views of one article each add one.
        const { rows } = await client.query<{ views: number }>('UPDATE articles SET views = views + 1 WHERE id = $1 RETURNING views', [
          inserted.rows[0].article_id,
        ]);
        return rows[0].views;
      });
      if (counted !== undefined) return counted;
      // Already counted today (or no such article): the count as committed now.
      const { rows } = await pool.query<{ views: number }>(`SELECT views FROM articles a WHERE slug = $1 AND ${visibleTo('$2')}`, [
        slug,
        now,
      ]);
      return rows[0]?.views;
    },

    async visitorSalt(day) {
      return transaction(pool, async (client) => {
        // Two servers asking at once: one inserts, the other waits for its commit, inserts nothing, and reads that salt.
        const inserted = await client.query('INSERT INTO visitor_salts (day, salt) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING', [
          day,
          randomBytes(32).toString('base64'),
        ]);
        if ((inserted.rowCount ?? 0) > 0) {
          // A new day: yesterday's salt and visitor hashes are no use any more, and must not linger.
          await client.query('DELETE FROM visitor_salts WHERE day < $1', [day]);
          await client.query('DELETE FROM article_views WHERE day < $1', [day]);
        }
        const { rows } = await client.query<{ salt: string }>('SELECT salt FROM visitor_salts WHERE day = $1', [day]);
        return rows[0].salt;
      });
    },

    async upsertCategory({ slug, name }) {
      await pool.query('INSERT INTO categories (slug, name) VALUES ($1, $2) ON CONFLICT (slug) DO UPDATE SET name = excluded.name', [
        slug,
        name,
      ]);
    },

    async insertArticle(article: NewArticle) {
      const { rows } = await pool.query<{ id: number }>('SELECT id FROM categories WHERE slug = $1', [article.categorySlug]);
      if (rows.length === 0) {
        throw new Error(`Cannot insert article "${article.slug}": there is no category "${article.categorySlug}".`);
      }
      const { image } = article;
      return transaction(pool, async (client) => {
        const inserted = await client.query<{ id: number }>(
          `INSERT INTO articles (slug, title, summary, body, category_id, author, image_path, image_alt, image_width, image_height,
             image_bytes, image_type, views, published_at, created_at, updated_at, title_folded, image_media_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, $14, $15, $16)
           ON CONFLICT (slug) DO NOTHING RETURNING id`,
          [
            article.slug,
            article.title,
            article.summary,
            sanitizeArticleHtml(article.body),
            rows[0].id,
            article.author,
            image?.path ?? null,
            image?.alt ?? null,
            image?.width ?? null,
            image?.height ?? null,
            image?.bytes ?? null,
            image?.type ?? null,
            article.views ?? 0,
            article.publishedAt,
            foldDiacritics(article.title),
            image?.media?.id ?? null,
          ],
        );
        const id = inserted.rows[0]?.id;
        if (id !== undefined && article.english) await writeEnglish(client, id, article.english);
        return id !== undefined;
      });
    },

    async schemaVersions() {
      const { rows } = await pool.query<{ version: number | null }>('SELECT MAX(version) AS version FROM schema_migrations');
      return { current: rows[0].version ?? 0, latest: PG_MIGRATIONS.length };
    },

    async close() {
      await pool.end();
    },
  };
}

/** An error's message, or its code when it has none (an AggregateError of refused addresses has an empty message). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: string }).code;
  if (error.message !== '') return error.message;
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
  return code ?? error.name;
}
