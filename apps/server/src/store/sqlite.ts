import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { sanitizeArticleHtml } from '../sanitize.js';
import { MIGRATIONS } from './migrations.js';
import { registerSearchFunctions, sqliteSearchStore } from './sqlite-search.js';
import { sqliteAuthStore } from './sqlite-auth.js';
import { sqliteFeedStore } from './sqlite-feeds.js';
import { sqliteBannerStore } from './sqlite-banners.js';
import { MOST_VIEWED_FIRST, NEWEST_FIRST, readerColumns, SUMMARY_COLUMNS, toSummary, visibleTo, type ArticleRow } from './rows.js';
import { sqliteMediaStore } from './sqlite-media.js';
import { sqliteEnglishWriter, sqliteNewsroomStore } from './sqlite-newsroom.js';
import { foldDiacritics } from '../fold.js';
import { sqliteSiteStore } from './sqlite-sites.js';
import { sqliteUsageStore } from './sqlite-usage.js';
import type { Lang } from '@agency-portal/portal/templates.js';
import type { Article, Category, NewArticle, Store } from './types.js';
import { sqliteStatsStore } from './sqlite-stats.js';

type Db = Database.Database;

/** How long a server waits for another process that is migrating the same file, in milliseconds. */
const MIGRATION_WAIT_MS = 120_000;
/** How long a connection waits for another's write lock once the store is open. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Brings the database to the newest schema version: runs each migration it has not run yet, in order, in one write
 * transaction begun with BEGIN IMMEDIATE, which takes the file's write lock before the version is read. Of several
 * processes starting at once on one file, one migrates; the others wait for its commit (up to MIGRATION_WAIT_MS) and
 * find nothing left to do. Returns the versions it applied (none when the schema is current). Throws, changing
 * nothing, when the database was written by a newer server, with a schema version this code does not know.
 */
export function migrate(db: Db): number[] {
  // The search index's triggers and migration 9 call these on every write of an article or feed item.
  registerSearchFunctions(db);
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma(`busy_timeout = ${Math.max(timeout, MIGRATION_WAIT_MS)}`);
  // A migration that rebuilds a table drops the old one: with foreign keys on, that would delete or clear every row
  // that refers to it (SQLite's documented way of changing a table's schema: foreign keys off, rebuild, check). The
  // pragma is a no-op inside a transaction, so it is set here, and every reference is checked before the commit.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    return db
      .transaction((): number[] => {
        db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
        const current = (db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get() as number | null) ?? 0;
        if (current > MIGRATIONS.length) {
          throw new Error(
            `The database ${db.name} has schema version ${current}, but this server only knows versions up to ${MIGRATIONS.length}: ` +
              'it was written by a newer server. Run that version, or point DATA_DIR at another folder.',
          );
        }
        const record = db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)');
        const applied: number[] = [];
        for (let version = current + 1; version <= MIGRATIONS.length; version++) {
          db.exec(MIGRATIONS[version - 1]);
          record.run(version, new Date().toISOString());
          applied.push(version);
        }
        const broken = applied.length > 0 ? (db.pragma('foreign_key_check') as unknown[]) : [];
        if (broken.length > 0) throw new Error(`The migration left rows whose references do not hold: ${JSON.stringify(broken)}.`);
        return applied;
      })
      .immediate();
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys}`);
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

/**
 * Runs `step` again while SQLite answers SQLITE_BUSY without waiting, until `deadline` (ms since the epoch). A few
 * moments skip the busy handler: a connection that is switching a new file to WAL, running the recovery of a crashed
 * one, or closing the last connection holds an exclusive lock, and another process opening the file then gets
 * SQLITE_BUSY at once (https://sqlite.org/wal.html#sometimes_queries_return_sqlite_busy_in_wal_mode).
 */
function whenNotBusy<T>(step: () => T, deadline: number): T {
  for (;;) {
    try {
      return step();
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25); // a short synchronous pause: the store opens synchronously
    }
  }
}

/**
 * Opens (creating it and its folder if needed) the SQLite database at `file` and migrates it: WAL journal,
 * foreign keys on, and a busy timeout so a second connection waits for a write lock instead of failing. While it
 * opens, it waits as long as a migration may take for another process that is opening or migrating the same file.
 * Returns the connection and the versions it applied (see migrate).
 */
export function openDatabase(file: string): { db: Db; applied: number[] } {
  mkdirSync(dirname(file), { recursive: true });
  const deadline = Date.now() + MIGRATION_WAIT_MS;
  const db = new Database(file, { timeout: MIGRATION_WAIT_MS });
  try {
    whenNotBusy(() => db.pragma('journal_mode = WAL'), deadline);
    // With WAL, NORMAL survives a process crash (not a power loss) and spares an fsync per commit.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    const applied = whenNotBusy(() => migrate(db), deadline);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    return { db, applied };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The store on the SQLite database at `file`, opened and migrated by openDatabase. */
export function openSqliteStore(file: string): Store {
  const { db } = openDatabase(file);

  const VISIBLE = visibleTo('@now');
  /** The readers' queries in one language (see readerColumns). */
  const reading = (lang: Lang) => {
    const { columns, body, from } = readerColumns(lang);
    const list = (where: string) => db.prepare(`SELECT ${columns} ${from} WHERE ${where} ${NEWEST_FIRST} LIMIT @limit OFFSET @offset`);
    const count = (where: string) => db.prepare(`SELECT COUNT(*) ${from} WHERE ${where}`).pluck();
    const inCategory = `c.slug = @category AND ${VISIBLE}`;
    return {
      listAll: list(VISIBLE),
      countAll: count(VISIBLE),
      listInCategory: list(inCategory),
      countInCategory: count(inCategory),
      selectArticle: db.prepare(`SELECT ${columns}, ${body} AS body ${from} WHERE a.slug = @slug AND ${VISIBLE}`),
    };
  };
  const readers = { vi: reading('vi'), en: reading('en') } satisfies Record<Lang, unknown>;
  const selectMostViewed = db.prepare(
    `SELECT ${SUMMARY_COLUMNS} FROM articles a JOIN categories c ON c.id = a.category_id WHERE ${VISIBLE} ${MOST_VIEWED_FIRST} LIMIT @limit`,
  );
  const selectCategories = db.prepare('SELECT slug, name FROM categories ORDER BY id');
  const selectCategory = db.prepare('SELECT slug, name FROM categories WHERE slug = ?');
  const selectCategoryId = db.prepare('SELECT id FROM categories WHERE slug = ?').pluck();
  const upsertCategory = db.prepare(
    'INSERT INTO categories (slug, name) VALUES (?, ?) ON CONFLICT (slug) DO UPDATE SET name = excluded.name',
  );
  const insertArticle = db
    .prepare(
      `INSERT INTO articles (slug, title, title_folded, summary, body, category_id, author, image_path, image_alt, image_width,
    image_height, image_bytes, image_type, image_media_id, views, published_at, created_at, updated_at)
    VALUES (@slug, @title, @titleFolded, @summary, @body, @categoryId, @author, @imagePath, @imageAlt, @imageWidth, @imageHeight,
    @imageBytes, @imageType, @imageMediaId, @views, @publishedAt, @publishedAt, @publishedAt)
    ON CONFLICT (slug) DO NOTHING RETURNING id`,
    )
    .pluck();
  const selectArticleViews = db.prepare(`SELECT id, views FROM articles a WHERE slug = @slug AND ${VISIBLE}`);
  const insertView = db.prepare('INSERT OR IGNORE INTO article_views (article_id, day, visitor) VALUES (?, ?, ?)');
  const incrementViews = db.prepare('UPDATE articles SET views = views + 1 WHERE id = ? RETURNING views').pluck();
  const insertSalt = db.prepare('INSERT OR IGNORE INTO visitor_salts (day, salt) VALUES (?, ?)');
  const selectSalt = db.prepare('SELECT salt FROM visitor_salts WHERE day = ?').pluck();
  const deleteOldSalts = db.prepare('DELETE FROM visitor_salts WHERE day < ?');
  const deleteOldViews = db.prepare('DELETE FROM article_views WHERE day < ?');

  const writeEnglish = sqliteEnglishWriter(db);
  const insert = db.transaction((article: NewArticle, categoryId: number): boolean => {
    const { image } = article;
    const id = insertArticle.get({
      slug: article.slug,
      title: article.title,
      titleFolded: foldDiacritics(article.title),
      summary: article.summary,
      body: sanitizeArticleHtml(article.body),
      categoryId,
      author: article.author,
      imagePath: image?.path ?? null,
      imageAlt: image?.alt ?? null,
      imageWidth: image?.width ?? null,
      imageHeight: image?.height ?? null,
      imageBytes: image?.bytes ?? null,
      imageType: image?.type ?? null,
      imageMediaId: image?.media?.id ?? null,
      views: article.views ?? 0,
      publishedAt: article.publishedAt.toISOString(),
    }) as number | undefined;
    if (id !== undefined && article.english) writeEnglish(id, article.english);
    return id !== undefined;
  });

  const recordView = db.transaction((slug: string, visitor: string, day: string, now: Date): number | undefined => {
    const article = selectArticleViews.get({ slug, now: now.toISOString() }) as { id: number; views: number } | undefined;
    if (article === undefined) return undefined;
    if (insertView.run(article.id, day, visitor).changes === 0) return article.views;
    return incrementViews.get(article.id) as number;
  });

  const saltFor = db.transaction((day: string): string => {
    if (insertSalt.run(day, randomBytes(32).toString('base64')).changes > 0) {
      // A new day: yesterday's salt and visitor hashes are no use any more, and must not linger.
      deleteOldSalts.run(day);
      deleteOldViews.run(day);
    }
    return selectSalt.get(day) as string;
  });

  return {
    ...sqliteStatsStore(db),
    ...sqliteSiteStore(db),
    ...sqliteUsageStore(db),
    ...sqliteAuthStore(db),
    ...sqliteFeedStore(db),
    ...sqliteBannerStore(db),
    ...sqliteNewsroomStore(db),
    ...sqliteMediaStore(db),
    ...sqliteSearchStore(db),

    async listArticles({ offset, limit, category, now, lang = 'vi' }) {
      const { listAll, countAll, listInCategory, countInCategory } = readers[lang];
      const at = now.toISOString();
      const rows = (
        category === undefined ? listAll.all({ limit, offset, now: at }) : listInCategory.all({ category, limit, offset, now: at })
      ) as ArticleRow[];
      const total = (category === undefined ? countAll.get({ now: at }) : countInCategory.get({ category, now: at })) as number;
      return { items: rows.map(toSummary), total };
    },

    async getArticle(slug, now, lang = 'vi') {
      const row = readers[lang].selectArticle.get({ slug, now: now.toISOString() }) as (ArticleRow & { body: string }) | undefined;
      return row === undefined ? undefined : ({ ...toSummary(row), body: row.body } satisfies Article);
    },

    async mostViewedArticles(limit, now) {
      return (selectMostViewed.all({ limit, now: now.toISOString() }) as ArticleRow[]).map(toSummary);
    },

    async listCategories() {
      return selectCategories.all() as Category[];
    },

    async getCategory(slug) {
      return selectCategory.get(slug) as Category | undefined;
    },

    async recordArticleView(slug, visitor, day, now) {
      return recordView(slug, visitor, day, now);
    },

    async visitorSalt(day) {
      return saltFor(day);
    },

    async upsertCategory({ slug, name }) {
      upsertCategory.run(slug, name);
    },

    async insertArticle(article: NewArticle) {
      const categoryId = selectCategoryId.get(article.categorySlug) as number | undefined;
      if (categoryId === undefined) {
        throw new Error(`Cannot insert article "${article.slug}": there is no category "${article.categorySlug}".`);
      }
      return insert(article, categoryId);
    },

    async schemaVersions() {
      const { version } = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as { version: number | null };
      return { current: version ?? 0, latest: MIGRATIONS.length };
    },

    async close() {
      db.close();
    },
  };
}
