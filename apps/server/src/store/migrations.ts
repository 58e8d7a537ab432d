// The SQLite schema, as an ordered list of migrations. Migration N (1-based) brings the database to schema
// version N; each runs once, in a transaction, and is recorded in `schema_migrations`. Never edit or reorder
// a migration that has shipped: append a new one.

export const MIGRATIONS: readonly string[] = [
  // 1: categories, articles and once-per-visitor-per-day view counting.
  `
  CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
  );

  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    category_id INTEGER NOT NULL REFERENCES categories (id),
    author TEXT NOT NULL,
    image_path TEXT,
    image_alt TEXT,
    image_width INTEGER,
    image_height INTEGER,
    image_bytes INTEGER,
    image_type TEXT,
    views INTEGER NOT NULL DEFAULT 0,
    -- ISO 8601 UTC with milliseconds (Date#toISOString), so text order is time order.
    published_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (
      (image_path IS NULL AND image_alt IS NULL AND image_width IS NULL AND image_height IS NULL AND image_bytes IS NULL AND image_type IS NULL)
      OR (image_path IS NOT NULL AND image_alt IS NOT NULL AND image_width IS NOT NULL AND image_height IS NOT NULL AND image_bytes IS NOT NULL AND image_type IS NOT NULL)
    )
  );
  CREATE INDEX articles_newest ON articles (published_at DESC, id DESC);
  CREATE INDEX articles_category_newest ON articles (category_id, published_at DESC, id DESC);

  -- One row per article, day (YYYY-MM-DD, portal time zone) and visitor hash: a view counts once a day.
  CREATE TABLE article_views (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    visitor TEXT NOT NULL,
    PRIMARY KEY (article_id, day, visitor)
  ) WITHOUT ROWID;

  -- The secret that visitor hashes of a day are made with; deleted when the day is over.
  CREATE TABLE visitor_salts (
    day TEXT PRIMARY KEY,
    salt TEXT NOT NULL
  );
  `,
  // 2: carousel banners, partner strip banners and their daily click and impression counts.
  `
  CREATE TABLE banners (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    image_path TEXT NOT NULL,
    image_alt TEXT NOT NULL,
    image_width INTEGER NOT NULL,
    image_height INTEGER NOT NULL,
    url TEXT,
    interval_ms INTEGER,
    starts_at TEXT,
    ends_at TEXT,
    position INTEGER NOT NULL DEFAULT 0
  );

  CREATE TABLE partners (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    image_path TEXT NOT NULL,
    image_alt TEXT NOT NULL,
    image_width INTEGER NOT NULL,
    image_height INTEGER NOT NULL,
    url TEXT NOT NULL,
    placement TEXT NOT NULL,
    starts_at TEXT,
    ends_at TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    pinned INTEGER NOT NULL DEFAULT 0,
    paid INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX partners_placement ON partners (placement, pinned DESC, position, id);

  -- Counts per partner and day (YYYY-MM-DD, portal time zone).
  CREATE TABLE partner_counts (
    partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    clicks INTEGER NOT NULL DEFAULT 0,
    impressions INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (partner_id, day)
  ) WITHOUT ROWID;
  `,
];
