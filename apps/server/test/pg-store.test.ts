// The PostgreSQL store itself: its schema and migrations, openStore() with DATABASE_URL, and the commands that
// open the store. What it stores is tested for both backends in the store suite (store*.test.ts, auth-store.test.ts).
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describeStore, openStore, SQLITE_FILE } from '../src/store/index.js';
import { MIGRATIONS } from '../src/store/migrations.js';
import { maskDatabaseUrl, withDefaultUser } from '../src/store/pg-db.js';
import { migratePg, PG_MIGRATIONS } from '../src/store/pg-migrations.js';
import { openPgStore } from '../src/store/pg.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { createPgSchema, describeWith, pgRows, pgSkip, TEST_DATABASE_URL } from './pg-support.js';
import { runCli } from './helpers.js';

const skip = await pgSkip();
const VERSIONS = MIGRATIONS.map((_, i) => i + 1);

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ap-pg-store-'));
});
after(() => rm(dir, { recursive: true, force: true }));

/** The tables of `schema` with their columns and types, for before/after comparisons. */
const columns = (url: string, schema: string) =>
  pgRows(
    url,
    `SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = $1
     ORDER BY table_name, column_name`,
    [schema],
  );

test('connection URLs in messages have their password masked; a URL without a user gets the system user, as psql does', () => {
  assert.equal(maskDatabaseUrl('postgres://portal:s3cret@db.example:5432/portal'), 'postgres://portal:***@db.example:5432/portal');
  assert.equal(
    maskDatabaseUrl('postgresql://db/portal?password=s3cret&sslmode=require'),
    'postgresql://db/portal?password=***&sslmode=require',
  );
  assert.equal(maskDatabaseUrl('postgres://db/portal'), 'postgres://db/portal');
  assert.equal(describeStore({ dataDir: '/srv/data', databaseUrl: 'postgres://u:p@db/portal' }), 'PostgreSQL postgres://u:***@db/portal');
  assert.equal(describeStore({ dataDir: '/srv/data', databaseUrl: undefined }), '/srv/data/portal.db');
  assert.equal(withDefaultUser('postgres://db/portal', { USER: 'portal' }), 'postgres://portal@db/portal');
  assert.equal(withDefaultUser('postgres://an@db/portal', { USER: 'portal' }), 'postgres://an@db/portal');
  assert.equal(withDefaultUser('postgres://db/portal', { USER: 'portal', PGUSER: 'pg' }), 'postgres://db/portal');
  assert.equal(withDefaultUser('postgres://db/portal?user=an', { USER: 'portal' }), 'postgres://db/portal?user=an');
});

test('the PostgreSQL migrations match the SQLite ones in number', () => {
  assert.equal(PG_MIGRATIONS.length, MIGRATIONS.length);
});

describeWith('PostgreSQL', skip, 'schema and migrations', ({ test }) => {
  test('a fresh schema gets every migration, recorded once, and the tables the SQLite file has, with PostgreSQL types', async () => {
    const { url, schema, drop } = await createPgSchema();
    try {
      await (await openPgStore(url)).close();
      assert.deepEqual(
        (await pgRows(url, 'SELECT version FROM schema_migrations ORDER BY version')).map((row) => row.version),
        VERSIONS,
      );
      const sqliteFile = join(dir, 'compare.db');
      await openSqliteStore(sqliteFile).close();
      const db = new Database(sqliteFile, { readonly: true });
      // The search indexes are each engine's own: FTS5 virtual tables (and their shadow tables) in SQLite, columns here.
      const virtual = db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
        .pluck()
        .all() as string[];
      const sqliteTables = (
        db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[]
      ).filter((name) => !virtual.some((table) => name === table || name.startsWith(`${table}_`)));
      db.close();
      const pgTables = (await pgRows(url, `SELECT table_name FROM information_schema.tables WHERE table_schema = '${schema}'`))
        .map((row) => row.table_name)
        .sort();
      assert.deepEqual(pgTables, sqliteTables);

      const types = new Map((await columns(url, schema)).map((row) => [`${row.table_name}.${row.column_name}`, row.data_type]));
      assert.equal(types.get('stats_hits.at'), 'timestamp with time zone');
      assert.equal(types.get('stats_hits.day'), 'date');
      assert.equal(types.get('stats_hits.new_visit'), 'boolean');
      assert.equal(types.get('stats_sites.origins'), 'jsonb');
      assert.equal(types.get('stats_daily.visits'), 'bigint');
      assert.equal(types.get('articles.published_at'), 'timestamp with time zone');
      assert.equal(types.get('partners.pinned'), 'boolean');
      assert.equal(types.get('partner_counts.clicks'), 'bigint');
    } finally {
      await drop();
    }
  });

  test('a second open applies nothing', async () => {
    const { url, drop } = await createPgSchema();
    try {
      await (await openPgStore(url)).close();
      const before = await pgRows(url, 'SELECT version, applied_at FROM schema_migrations ORDER BY version');
      await (await openPgStore(url)).close();
      const client = new pg.Client({ connectionString: withDefaultUser(url) });
      await client.connect();
      try {
        assert.deepEqual(await migratePg(client as unknown as pg.PoolClient, 'test'), []);
      } finally {
        await client.end();
      }
      assert.deepEqual(await pgRows(url, 'SELECT version, applied_at FROM schema_migrations ORDER BY version'), before);
    } finally {
      await drop();
    }
  });

  test('stores opened at the same moment on one fresh schema all succeed; each migration is applied once', async () => {
    const { url, drop } = await createPgSchema();
    try {
      const stores = await Promise.all([openPgStore(url), openPgStore(url), openPgStore(url)]);
      try {
        assert.deepEqual(
          (await pgRows(url, 'SELECT version FROM schema_migrations ORDER BY version')).map((row) => row.version),
          VERSIONS,
        );
        // One database: what one writes, the others read.
        await stores[0].upsertCategory({ slug: 'tin-tuc', name: 'Tin tức' });
        assert.deepEqual(await stores[2].listCategories(), [{ slug: 'tin-tuc', name: 'Tin tức' }]);
      } finally {
        await Promise.all(stores.map((store) => store.close()));
      }
    } finally {
      await drop();
    }
  });

  test('a portal from before the newsroom (schema 5) keeps its articles: published, version 1, titles searchable', async () => {
    const { url, drop } = await createPgSchema();
    try {
      await pgRows(url, 'CREATE TABLE schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL)');
      for (const [i, sql] of PG_MIGRATIONS.slice(0, 5).entries()) {
        await pgRows(url, sql);
        await pgRows(url, 'INSERT INTO schema_migrations VALUES ($1, now())', [i + 1]);
      }
      await pgRows(url, "INSERT INTO categories (slug, name) VALUES ('tin-tuc', 'Tin tức')");
      await pgRows(
        url,
        `INSERT INTO articles (slug, title, summary, body, category_id, author, published_at, updated_at)
         VALUES ('cu', 'Đổi mới công tác dân vận', '', '<p>x</p>', 1, 'A', '2026-01-05T01:00:00Z', '2026-01-05T01:00:00Z')`,
      );
      const store = await openPgStore(url);
      try {
        const now = new Date('2026-06-01T00:00:00Z');
        assert.equal((await store.getArticle('cu', now))?.title, 'Đổi mới công tác dân vận');
        const { items } = await store.listStaffArticles({ offset: 0, limit: 10, q: 'doi moi dan van', now });
        assert.equal(items.length, 1);
        assert.equal(items[0].status, 'published');
        assert.equal(items[0].version, 1);
        assert.deepEqual(items[0].createdAt, new Date('2026-01-05T01:00:00Z'));
      } finally {
        await store.close();
      }
    } finally {
      await drop();
    }
  });

  test('a database with a newer schema version is refused with a clear error and left as it was', async () => {
    const { url, schema, drop } = await createPgSchema();
    try {
      await (await openPgStore(url)).close();
      const newer = MIGRATIONS.length + 1;
      await pgRows(url, `INSERT INTO schema_migrations (version, applied_at) VALUES (${newer}, now())`);
      const before = {
        columns: await columns(url, schema),
        migrations: await pgRows(url, 'SELECT * FROM schema_migrations ORDER BY version'),
      };
      await assert.rejects(openPgStore(url), {
        message: new RegExp(
          `^The database postgres://\\S+ \\(schema ${schema}\\) has schema version ${newer}, but this server only knows versions up to ` +
            `${MIGRATIONS.length}: it was written by a newer server\\. Run that version, or point DATABASE_URL at another database\\.$`,
        ),
      });
      assert.deepEqual(
        { columns: await columns(url, schema), migrations: await pgRows(url, 'SELECT * FROM schema_migrations ORDER BY version') },
        before,
      );
    } finally {
      await drop();
    }
  });

  test('a schema holding only a newer schema_migrations gets no tables', async () => {
    const { url, schema, drop } = await createPgSchema();
    try {
      await pgRows(url, 'CREATE TABLE schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL)');
      await pgRows(url, 'INSERT INTO schema_migrations VALUES (99, now())');
      await assert.rejects(openPgStore(url), /has schema version 99/);
      assert.deepEqual(await pgRows(url, `SELECT table_name FROM information_schema.tables WHERE table_schema = '${schema}'`), [
        { table_name: 'schema_migrations' },
      ]);
    } finally {
      await drop();
    }
  });

  test('a search_path naming no existing schema fails with a clear error', async () => {
    const url = new URL(TEST_DATABASE_URL);
    url.searchParams.set('options', '-c search_path=ap_test_does_not_exist');
    await assert.rejects(openPgStore(url.toString()), /has no schema to create the tables in: none of the search_path exists/);
  });
});

describeWith('PostgreSQL', skip, 'openStore() and the commands with DATABASE_URL', ({ test, before, after }) => {
  let url: string;
  let drop: () => Promise<void>;
  before(async () => ({ url, drop } = await createPgSchema()));
  after(() => drop());

  test('openStore() opens the PostgreSQL database of DATABASE_URL, not the SQLite file in DATA_DIR', async () => {
    const dataDir = join(dir, 'unused-data');
    const store = await openStore({ dataDir, databaseUrl: url });
    try {
      await store.upsertCategory({ slug: 'thong-bao', name: 'Thông báo' });
    } finally {
      await store.close();
    }
    assert.deepEqual(await pgRows(url, 'SELECT slug, name FROM categories'), [{ slug: 'thong-bao', name: 'Thông báo' }]);
    assert.equal(existsSync(dataDir), false);
  });

  test('user:add, site:add, feeds:add and seed write to PostgreSQL; seeding twice inserts nothing the second time', async () => {
    const env = { DATABASE_URL: url, DATA_DIR: join(dir, 'unused-cli-data') };
    const user = await runCli('src/auth/users-cli.ts', ['--username', 'nguyen.an', '--role', 'admin'], env, 'một mật khẩu đủ dài\n');
    assert.equal(user.code, 0, user.stderr);
    assert.equal(user.stdout.trim(), 'Created admin "nguyen.an" (nguyen.an).');
    const site = await runCli('src/stats/cli.ts', ['add', '--id', 'so-gd', '--origin', 'https://sogd.example.vn'], env);
    assert.equal(site.code, 0, site.stderr);
    const feed = await runCli('src/feeds-in/cli.ts', ['add', 'so-tttt', 'https://stttt.example.vn/rss', '--name', 'Sở TT&TT'], env);
    assert.equal(feed.code, 0, feed.stderr);
    assert.match(feed.stdout, /^Store: PostgreSQL postgres:\/\//);

    const first = await runCli('src/seed/cli.ts', [], env);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Demo content: 44 articles inserted, 0 already present\./);
    const second = await runCli('src/seed/cli.ts', [], env);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /Demo content: 0 articles inserted, 44 already present\./);

    assert.deepEqual(await pgRows(url, 'SELECT username, role FROM users'), [{ username: 'nguyen.an', role: 'admin' }]);
    // The seed's demo visits added their sites beside so-gd, which keeps its origin.
    assert.deepEqual(await pgRows(url, 'SELECT id, origins FROM stats_sites ORDER BY id'), [
      { id: 'portal', origins: [] },
      { id: 'so-gd', origins: ['https://sogd.example.vn'] },
      { id: 'so-tttt', origins: [] },
      { id: 'so-yte', origins: [] },
    ]);
    assert.deepEqual(await pgRows(url, 'SELECT id FROM feed_sources'), [{ id: 'so-tttt' }]);
    assert.deepEqual(await pgRows(url, 'SELECT COUNT(*) AS n FROM articles'), [{ n: 44 }]);
    // The demo pictures' renditions go to the media folder (under DATA_DIR unless MEDIA_DIR says otherwise); the data does not.
    assert.equal(existsSync(join(env.DATA_DIR, SQLITE_FILE)), false, 'no SQLite file is made');
    assert.ok(readdirSync(join(env.DATA_DIR, 'media')).length > 0, 'the demo pictures are in the media folder');
  });
});
