// The SQLite schema, as an ordered list of migrations. Migration N (1-based) brings the database to schema
// version N; each runs once and is recorded in `schema_migrations`, all pending ones in one write transaction that
// holds the lock while the version is read (sqlite.ts). Never edit or reorder a migration that has shipped: append a
// new one.

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
  // 2: visit statistics: registered sites, the hit log, visitors of the last 30 minutes and daily rollups.
  `
  -- A site that may send hits: its allowed origins (a JSON array) and the time zone of its days.
  CREATE TABLE stats_sites (
    id TEXT PRIMARY KEY,
    origins TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    created_at TEXT NOT NULL
  );

  -- One row per counted hit (page view). No visitor, IP or user agent; the referrer is kept as its host only.
  CREATE TABLE stats_hits (
    id INTEGER PRIMARY KEY,
    site TEXT NOT NULL,
    -- Milliseconds since 1970 (UTC); day is the site's calendar day (YYYY-MM-DD in its time zone).
    at INTEGER NOT NULL,
    day TEXT NOT NULL,
    path TEXT NOT NULL,
    referrer TEXT,
    new_visit INTEGER NOT NULL
  );

  -- The last hit of each visitor hash, to tell a new visit (30 minutes without a hit) from a continuing one.
  -- Rows older than the visit window are deleted.
  CREATE TABLE stats_visitors (
    site TEXT NOT NULL,
    visitor TEXT NOT NULL,
    last_hit INTEGER NOT NULL,
    PRIMARY KEY (site, visitor)
  ) WITHOUT ROWID;

  -- Visits and hits per site and day, kept up to date in the transaction that stores the hits.
  CREATE TABLE stats_daily (
    site TEXT NOT NULL,
    day TEXT NOT NULL,
    visits INTEGER NOT NULL,
    hits INTEGER NOT NULL,
    PRIMARY KEY (site, day)
  ) WITHOUT ROWID;
  `,
  // 3: staff users, server-side sessions (only a hash of each session id) and sign-in failure counters.
  `
  CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    -- Normalized (NFC, lower case) so that "An" and "an" are one account.
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('editor', 'admin')),
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );

  CREATE TABLE sessions (
    -- sha256 of the session id in the cookie: a copy of the database gives no usable session.
    id_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX sessions_user ON sessions (user_id);

  -- Failed sign-ins per throttling key ("account:<username>" or "ip:<address>").
  CREATE TABLE login_failures (
    key TEXT PRIMARY KEY,
    count INTEGER NOT NULL,
    last_failure_at TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
  // 4: feeds in: configured sibling sources and the last good items of each.
  `
  CREATE TABLE feed_sources (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    url TEXT NOT NULL,
    refresh_minutes INTEGER NOT NULL CHECK (refresh_minutes > 0),
    created_at TEXT NOT NULL,
    -- What the fetches left behind (ISO 8601 UTC timestamps, as in articles).
    fetched_at TEXT,
    checked_at TEXT,
    next_fetch_at TEXT NOT NULL,
    failures INTEGER NOT NULL DEFAULT 0,
    error_code TEXT,
    error_message TEXT,
    etag TEXT,
    last_modified TEXT,
    site_url TEXT
  );

  -- The items of a source's last good fetch, in display order.
  CREATE TABLE feed_items (
    id INTEGER PRIMARY KEY,
    source_id TEXT NOT NULL REFERENCES feed_sources (id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    url TEXT,
    summary TEXT NOT NULL,
    html TEXT NOT NULL,
    author TEXT NOT NULL,
    image_url TEXT,
    image_alt TEXT,
    published_at TEXT,
    UNIQUE (source_id, item_key)
  );
  CREATE INDEX feed_items_order ON feed_items (source_id, position);
  `,
  // 5: carousel banners, partner strip banners and their daily click and impression counts.
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
  // 6: the newsroom: article states (draft or published, soft deletion), versions for the edit conflict check, a
  // folded title for searching, old slugs that redirect, staff accounts that can be disabled or told to set a new
  // password, and the audit log of every change staff make.
  `
  ALTER TABLE articles ADD COLUMN status TEXT NOT NULL DEFAULT 'published' CHECK (status IN ('draft', 'published'));
  ALTER TABLE articles ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE articles ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
  UPDATE articles SET created_at = published_at;
  ALTER TABLE articles ADD COLUMN deleted_at TEXT;
  -- The title in lower case with diacritics folded (đ -> d), written by the store: "chuyen doi so" finds "Chuyển đổi số".
  ALTER TABLE articles ADD COLUMN title_folded TEXT;
  CREATE INDEX articles_updated ON articles (updated_at DESC, id DESC);

  -- Slugs an article had before: their addresses answer with a permanent redirect to the current one.
  CREATE TABLE article_slugs (
    slug TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE
  ) WITHOUT ROWID;

  ALTER TABLE users ADD COLUMN disabled_at TEXT;
  ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;

  -- Who changed what and when. The actor's username is kept as it was, also after the account is gone.
  CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    actor TEXT NOT NULL,
    -- e.g. article.create, article.publish, user.disable
    action TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id TEXT NOT NULL,
    -- What the target was called at the time (an article's title, a username), for reading the log.
    summary TEXT NOT NULL,
    -- JSON object: changed field -> { "before": ..., "after": ... }
    changes TEXT NOT NULL
  );
  CREATE INDEX audit_log_newest ON audit_log (at DESC, id DESC);
  CREATE INDEX audit_log_target ON audit_log (target_type, target_id, at DESC);
  `,
  // 7: the newsroom's uploaded images: one row per picture (by the hash of the uploaded bytes), with the renditions
  // stored in the media folder (JSON array of { name, width, height, type, bytes }).
  `
  CREATE TABLE media (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    files TEXT NOT NULL,
    uploaded_by_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    uploaded_by TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX media_newest ON media (created_at DESC, id DESC);
  `,
  // 8: the newsroom's banners and partners: the uploaded image (media) a banner's or partner's image was made from, so
  // that the editor shows and keeps it (NULL for the demo images).
  `
  ALTER TABLE banners ADD COLUMN image_media_id INTEGER REFERENCES media (id) ON DELETE SET NULL;
  ALTER TABLE partners ADD COLUMN image_media_id INTEGER REFERENCES media (id) ON DELETE SET NULL;
  `,
  // 9: clicks and impressions of the carousel banners per day, as partner_counts has them for the partners.
  `
  -- Counts per banner and day (YYYY-MM-DD, portal time zone); deleting a banner deletes its counts.
  CREATE TABLE banner_counts (
    banner_id INTEGER NOT NULL REFERENCES banners (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    clicks INTEGER NOT NULL DEFAULT 0,
    impressions INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (banner_id, day)
  ) WITHOUT ROWID;
  `,
  // 10: the cover picture of an article set in the newsroom: the uploaded image (media) it was made from, so that pages
  // give its renditions as srcset and the editor shows and keeps it (NULL for the demo images). image_path and the other
  // image columns keep the JPEG rendition that Open Graph tags and feed enclosures use.
  `
  ALTER TABLE articles ADD COLUMN image_media_id INTEGER REFERENCES media (id) ON DELETE SET NULL;
  `,
  // 11: search: an FTS5 index of the articles and one of the feed items, each over the exact and the folded form of
  // the title and of the body (summary and text), kept in step by triggers. The forms are made by the functions
  // that migrate() registers on every connection (registerSearchFunctions, sqlite-search.ts), so writing articles or feed items
  // needs them: write through the store, not with the sqlite3 shell. The index is built here for existing rows.
  `
  CREATE VIEW articles_search_source AS
    SELECT id, ap_search_exact(title) AS title_exact, ap_search_fold(title) AS title_folded,
      ap_search_exact(ap_search_body(summary, body)) AS body_exact, ap_search_fold(ap_search_body(summary, body)) AS body_folded
    FROM articles;
  CREATE VIRTUAL TABLE articles_search USING fts5(
    title_exact, title_folded, body_exact, body_folded,
    content = 'articles_search_source', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 0'
  );
  INSERT INTO articles_search (articles_search) VALUES ('rebuild');
  CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_search (rowid, title_exact, title_folded, body_exact, body_folded)
    VALUES (new.id, ap_search_exact(new.title), ap_search_fold(new.title),
      ap_search_exact(ap_search_body(new.summary, new.body)), ap_search_fold(ap_search_body(new.summary, new.body)));
  END;
  CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_search (articles_search, rowid, title_exact, title_folded, body_exact, body_folded)
    VALUES ('delete', old.id, ap_search_exact(old.title), ap_search_fold(old.title),
      ap_search_exact(ap_search_body(old.summary, old.body)), ap_search_fold(ap_search_body(old.summary, old.body)));
  END;
  CREATE TRIGGER articles_search_update AFTER UPDATE OF title, summary, body ON articles
  WHEN old.title IS NOT new.title OR old.summary IS NOT new.summary OR old.body IS NOT new.body BEGIN
    INSERT INTO articles_search (articles_search, rowid, title_exact, title_folded, body_exact, body_folded)
    VALUES ('delete', old.id, ap_search_exact(old.title), ap_search_fold(old.title),
      ap_search_exact(ap_search_body(old.summary, old.body)), ap_search_fold(ap_search_body(old.summary, old.body)));
    INSERT INTO articles_search (rowid, title_exact, title_folded, body_exact, body_folded)
    VALUES (new.id, ap_search_exact(new.title), ap_search_fold(new.title),
      ap_search_exact(ap_search_body(new.summary, new.body)), ap_search_fold(ap_search_body(new.summary, new.body)));
  END;

  CREATE VIEW feed_items_search_source AS
    SELECT id, ap_search_exact(title) AS title_exact, ap_search_fold(title) AS title_folded,
      ap_search_exact(ap_search_body(summary, html)) AS body_exact, ap_search_fold(ap_search_body(summary, html)) AS body_folded
    FROM feed_items;
  CREATE VIRTUAL TABLE feed_items_search USING fts5(
    title_exact, title_folded, body_exact, body_folded,
    content = 'feed_items_search_source', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 0'
  );
  INSERT INTO feed_items_search (feed_items_search) VALUES ('rebuild');
  CREATE TRIGGER feed_items_search_insert AFTER INSERT ON feed_items BEGIN
    INSERT INTO feed_items_search (rowid, title_exact, title_folded, body_exact, body_folded)
    VALUES (new.id, ap_search_exact(new.title), ap_search_fold(new.title),
      ap_search_exact(ap_search_body(new.summary, new.html)), ap_search_fold(ap_search_body(new.summary, new.html)));
  END;
  CREATE TRIGGER feed_items_search_delete AFTER DELETE ON feed_items BEGIN
    INSERT INTO feed_items_search (feed_items_search, rowid, title_exact, title_folded, body_exact, body_folded)
    VALUES ('delete', old.id, ap_search_exact(old.title), ap_search_fold(old.title),
      ap_search_exact(ap_search_body(old.summary, old.html)), ap_search_fold(ap_search_body(old.summary, old.html)));
  END;
  CREATE TRIGGER feed_items_search_update AFTER UPDATE OF title, summary, html ON feed_items
  WHEN old.title IS NOT new.title OR old.summary IS NOT new.summary OR old.html IS NOT new.html BEGIN
    INSERT INTO feed_items_search (feed_items_search, rowid, title_exact, title_folded, body_exact, body_folded)
    VALUES ('delete', old.id, ap_search_exact(old.title), ap_search_fold(old.title),
      ap_search_exact(ap_search_body(old.summary, old.html)), ap_search_fold(ap_search_body(old.summary, old.html)));
    INSERT INTO feed_items_search (rowid, title_exact, title_folded, body_exact, body_folded)
    VALUES (new.id, ap_search_exact(new.title), ap_search_fold(new.title),
      ap_search_exact(ap_search_body(new.summary, new.html)), ap_search_fold(ap_search_body(new.summary, new.html)));
  END;
  `,
  // 12: the site registry: the statistics' sites become the member sites of the network, with a name, home page,
  // feed, contact, a disabled state and a version for the edit conflict check. A site from before keeps its id as name.
  `
  ALTER TABLE stats_sites ADD COLUMN name TEXT NOT NULL DEFAULT '';
  UPDATE stats_sites SET name = id;
  ALTER TABLE stats_sites ADD COLUMN home_url TEXT;
  ALTER TABLE stats_sites ADD COLUMN feed_url TEXT;
  ALTER TABLE stats_sites ADD COLUMN contact_name TEXT;
  ALTER TABLE stats_sites ADD COLUMN contact_email TEXT;
  -- A disabled site's hits are refused and its counters not shown; NULL while it is enabled.
  ALTER TABLE stats_sites ADD COLUMN disabled_at TEXT;
  ALTER TABLE stats_sites ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
  UPDATE stats_sites SET updated_at = created_at;
  ALTER TABLE stats_sites ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
  `,
  // 13: a member site's feed URL is its feed source (the source with the site's id, named after the site). Until now
  // the two were kept apart: a site with a feed URL gets its source (due at once) or, when one of its id was added with
  // feeds:add at another address, moves it to the site's address (the registry is where the address is kept from now
  // on: see putFeedSourceSql in sites-shared.ts); a site without a feed URL adopts the address of a source of its id.
  `
  INSERT INTO feed_sources (id, name, url, refresh_minutes, created_at, next_fetch_at)
    SELECT id, name, feed_url, 30, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM stats_sites WHERE feed_url IS NOT NULL
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, url = excluded.url,
      next_fetch_at = CASE WHEN feed_sources.url = excluded.url THEN feed_sources.next_fetch_at ELSE excluded.next_fetch_at END,
      failures = CASE WHEN feed_sources.url = excluded.url THEN feed_sources.failures ELSE 0 END,
      fetched_at = CASE WHEN feed_sources.url = excluded.url THEN feed_sources.fetched_at END,
      etag = CASE WHEN feed_sources.url = excluded.url THEN feed_sources.etag END,
      last_modified = CASE WHEN feed_sources.url = excluded.url THEN feed_sources.last_modified END,
      error_code = CASE WHEN feed_sources.url = excluded.url THEN feed_sources.error_code END,
      error_message = CASE WHEN feed_sources.url = excluded.url THEN feed_sources.error_message END;
  UPDATE stats_sites SET feed_url = (SELECT f.url FROM feed_sources f WHERE f.id = stats_sites.id)
    WHERE feed_url IS NULL AND id IN (SELECT id FROM feed_sources);
  UPDATE feed_sources SET name = (SELECT m.name FROM stats_sites m WHERE m.id = feed_sources.id)
    WHERE id IN (SELECT id FROM stats_sites);
  `,
  // 14: site editors: a user may be the webmaster of one member site (role site-editor, with its site_id), and a
  // member site's most viewed pages are read from the hit log by site and day. SQLite cannot change a CHECK in place,
  // so users is rebuilt (SQLite's "make other kinds of table schema changes" steps): migrate() runs this with foreign
  // keys off, so that dropping the old table neither deletes the sessions nor clears the audit log's and the media's
  // users, and checks every reference before it commits. The ids are copied, so every reference still holds.
  `
  CREATE TABLE users_new (
    id INTEGER PRIMARY KEY,
    -- Normalized (NFC, lower case) so that "An" and "an" are one account.
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('editor', 'admin', 'site-editor')),
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    disabled_at TEXT,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    -- The one member site a site editor works on; every other role has none.
    site_id TEXT REFERENCES stats_sites (id),
    CHECK ((role = 'site-editor') = (site_id IS NOT NULL))
  );
  INSERT INTO users_new (id, username, display_name, role, password_hash, created_at, updated_at, disabled_at, must_change_password)
    SELECT id, username, display_name, role, password_hash, created_at, updated_at, disabled_at, must_change_password FROM users;
  DROP TABLE users;
  ALTER TABLE users_new RENAME TO users;
  CREATE INDEX users_site ON users (site_id) WHERE site_id IS NOT NULL;
  CREATE INDEX stats_hits_site_day ON stats_hits (site, day);
  `,
  // 15: where the widgets live: which origins load which widgets, per portal day, counted in memory and added here in
  // batches (src/usage/). Only what a page's Origin says: no IP, user agent, path or anything else about a visitor.
  // version: the release a pinned bundle path named, 'latest' for the moving path, NULL where not a bundle;
  // site_id: the site whose origins include the origin (NULL: an unregistered origin); site_hint: the site a hit from
  // that origin named. The origins an admin chose to ignore are kept apart.
  `
  CREATE TABLE widget_usage (
    day TEXT NOT NULL,
    origin TEXT NOT NULL,
    widget TEXT NOT NULL,
    version TEXT,
    site_id TEXT,
    site_hint TEXT,
    loads INTEGER NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL
  );
  CREATE UNIQUE INDEX widget_usage_key ON widget_usage (day, origin, widget, COALESCE(version, ''));
  CREATE INDEX widget_usage_origin ON widget_usage (origin);
  CREATE TABLE ignored_origins (
    origin TEXT PRIMARY KEY,
    ignored_at TEXT NOT NULL,
    ignored_by TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
  // 16: banner sets: a banner belongs to one carousel (`trang-chu`, the home page's, for every banner from before),
  // and the order of banners is per set. Not named `set`, an SQL keyword.
  `
  ALTER TABLE banners ADD COLUMN banner_set TEXT NOT NULL DEFAULT 'trang-chu';
  CREATE INDEX banners_set ON banners (banner_set, position, id);
  `,
  // 17: a member site's own look (src/sites/, apps/portal/src/site-look.ts): a JSON object of its primary, text and
  // background colours, font family and corner radius, checked before it is stored; NULL for the portal's look.
  `
  ALTER TABLE stats_sites ADD COLUMN look TEXT;
  `,
  // 18: an article's versions in other languages than Vietnamese (the articles row), written in the newsroom: one row
  // per article and language, so another language later is a row, not new columns. Only English for now. The body is
  // sanitized HTML, as the article's.
  `
  CREATE TABLE article_translations (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    lang TEXT NOT NULL CHECK (lang = 'en'),
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (article_id, lang)
  ) WITHOUT ROWID;
  `,
];
