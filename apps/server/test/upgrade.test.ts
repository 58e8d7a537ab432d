// Upgrades: several processes starting at once on one database migrate it once (SQLite: BEGIN IMMEDIATE; PostgreSQL:
// the advisory lock), and a database of the previous schema with a portal's data in it (the demo content, a user, a
// session, visit statistics) upgrades to the current one with every row intact.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { parseQuery } from '../src/search/text.js';
import { seedDemoContent } from '../src/seed/index.js';
import { MIGRATIONS } from '../src/store/migrations.js';
import { PG_TYPES, withDefaultUser } from '../src/store/pg-db.js';
import { PG_MIGRATIONS } from '../src/store/pg-migrations.js';
import { openPgStore } from '../src/store/pg.js';
import { registerSearchFunctions } from '../src/store/sqlite-search.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/types.js';
import { createPgSchema, pgRows, pgSkip } from './pg-support.js';

/** The schema version of the previous release: every migration but the newest. */
const PREVIOUS = MIGRATIONS.length - 1;
const NOW = new Date('2026-12-04T03:00:00Z');
const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));
const PROCESSES = 4;

const pgSkipReason = await pgSkip();
const folders: string[] = [];
after(() => Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true }))));

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ap-upgrade-'));
  folders.push(dir);
  return dir;
}

/**
 * Runs `setup` then `script` (ES module bodies with `dist(path)` importing the built server's modules) in PROCESSES
 * node processes: each runs `setup` (its imports), then all start `script` at the same instant. Returns what each
 * printed (JSON).
 */
async function runTogether(setup: string, script: string): Promise<unknown[]> {
  const startAt = Date.now() + 3000;
  const body = `
    const dist = (path) => import(${JSON.stringify(join(SERVER_DIR, 'dist/'))} + path);
    ${setup}
    await new Promise((resolve) => setTimeout(resolve, ${startAt} - Date.now()));
    ${script}`;
  const runs = Array.from({ length: PROCESSES }, async () => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', body], { cwd: SERVER_DIR });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const [code] = (await once(child, 'exit')) as [number];
    assert.equal(code, 0, stderr);
    return JSON.parse(stdout) as unknown;
  });
  return Promise.all(runs);
}

/** Exactly one of the runs applied every migration; the others none. */
function assertMigratedOnce(applied: unknown[]) {
  const all = MIGRATIONS.map((_, i) => i + 1);
  assert.deepEqual(
    applied.map((versions) => JSON.stringify(versions)).sort(),
    [JSON.stringify(all), ...Array.from({ length: PROCESSES - 1 }, () => '[]')].sort(),
  );
}

/** Writes a portal's data through the current store: the demo content, a user and a session, visit statistics. */
async function fill(store: Store, mediaDir: string) {
  await seedDemoContent(store, () => {}, { mediaDir });
  const user = await store.createUser({ username: 'bientap', displayName: 'Biên tập', role: 'editor', passwordHash: 'x', createdAt: NOW });
  await store.createSession({ idHash: 'a'.repeat(64), userId: user.id, createdAt: NOW, lastSeenAt: NOW });
  await store.upsertStatsSite({ id: 'so-gd', origins: ['https://so-gd.example.vn'], timeZone: 'Asia/Ho_Chi_Minh' });
  await store.commitStatsHits(
    Array.from({ length: 20 }, (_, i) => ({
      site: 'so-gd',
      at: NOW.getTime() + i * 60_000,
      day: '2026-12-04',
      path: `/tin/${i}`,
      referrer: i % 2 ? 'example.vn' : null,
      visitor: `v${i % 7}`,
      newVisit: i < 7,
    })),
  );
}

type Rows = Record<string, string[]>;

/** After the upgrade: the rows of every table of the old schema, in the old columns, are the same; the store works. */
async function assertUpgraded(store: Store, before: Rows, read: () => Promise<Rows>) {
  assert.deepEqual(await read(), before);
  const { items, total } = await store.listArticles({ offset: 0, limit: 1, now: NOW });
  assert.ok(total > 40);
  assert.equal((await store.getArticle(items[0].slug, NOW))?.title, items[0].title);
  assert.ok((await store.search({ query: parseQuery(items[0].title), source: 'portal', offset: 0, limit: 5, now: NOW })).total > 0);
  assert.equal((await store.getUserByUsername('bientap'))?.displayName, 'Biên tập');
  assert.equal((await store.statsTotals()).find((row) => row.site === 'so-gd')?.hits, 20);
  // Banners stored before banner sets (migration 16) are the home page's carousel, in their order.
  const banners = await store.listAllBanners();
  assert.ok(banners.length > 0 && banners.every((banner) => banner.set === 'trang-chu'));
  assert.deepEqual(
    (await store.listBanners(NOW)).map((banner) => banner.id),
    (await store.listBanners(NOW, 'trang-chu')).map((banner) => banner.id),
  );
  assert.deepEqual(
    (await store.bannerSets(NOW)).map(({ set }) => set),
    ['trang-chu'],
  );
  // New rows get new ids after the copied ones.
  await store.upsertCategory({ slug: 'moi', name: 'Mới' });
  await store.createUser({ username: 'moi', displayName: 'Mới', role: 'editor', passwordHash: 'x', createdAt: NOW });
}

describe('SQLite', () => {
  test('processes starting at once on a new file: one migrates, the others wait and apply nothing', async () => {
    // A race: three rounds, each on a new file.
    for (let round = 0; round < 3; round++) {
      const file = join(await tempDir(), 'portal.db');
      const applied = await runTogether(
        `const { openDatabase } = await dist('store/sqlite.js');`,
        `const { db, applied } = openDatabase(${JSON.stringify(file)});
       db.close();
       console.log(JSON.stringify(applied));`,
      );
      assertMigratedOnce(applied);
    }
  });

  test(`a database of the previous schema (${PREVIOUS}) with a portal's data upgrades with every row intact`, async () => {
    const dir = await tempDir();
    const current = openSqliteStore(join(dir, 'current.db'));
    await fill(current, join(dir, 'media'));
    await current.close();

    const file = join(dir, 'portal.db');
    const old = new Database(file);
    registerSearchFunctions(old);
    old.pragma('foreign_keys = OFF'); // the copy goes table by table
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    MIGRATIONS.slice(0, PREVIOUS).forEach((sql, i) => {
      old.exec(sql);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(i + 1, NOW.toISOString());
    });
    old.exec(`ATTACH ${JSON.stringify(join(dir, 'current.db'))} AS cur`);
    const tables = // Plain tables only: the search indexes (virtual tables and their shadow tables) follow the articles by their triggers.
      (
        old
          .prepare(
            "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT IN ('schema_migrations', 'sqlite_schema')",
          )
          .pluck()
          .all() as string[]
      ).map((name) => ({
        name,
        columns: (old.prepare(`SELECT name FROM pragma_table_info(?, 'main')`).pluck().all(name) as string[]).map((c) => `"${c}"`),
      }));
    for (const { name, columns } of tables) old.exec(`INSERT INTO main."${name}" (${columns}) SELECT ${columns} FROM cur."${name}"`);
    old.exec('DETACH cur');
    const read = async () => {
      const db = new Database(file, { readonly: true });
      try {
        return Object.fromEntries(
          tables.map(({ name, columns }) => [
            name,
            db
              .prepare(`SELECT ${columns} FROM "${name}"`)
              .all()
              .map((row) => JSON.stringify(row))
              .sort(),
          ]),
        );
      } finally {
        db.close();
      }
    };
    old.close();
    const before = await read();
    assert.ok(before.articles.length > 40 && before.stats_hits.length === 20 && before.media.length > 0);

    const store = openSqliteStore(file);
    try {
      await assertUpgraded(store, before, read);
    } finally {
      await store.close();
    }
  });
});

describe('PostgreSQL', () => {
  test('processes starting at once on a new schema: one migrates, the others wait and apply nothing', { skip: pgSkipReason }, async () => {
    const { url, drop } = await createPgSchema();
    try {
      const applied = await runTogether(
        `const { migratePg } = await dist('store/pg-migrations.js');
         const { default: pg } = await import('pg');
         const client = new pg.Client({ connectionString: ${JSON.stringify(withDefaultUser(url))} });
         await client.connect();`,
        `console.log(JSON.stringify(await migratePg(client, 'test')));
         await client.end();`,
      );
      assertMigratedOnce(applied);
    } finally {
      await drop();
    }
  });

  test(
    `a database of the previous schema (${PREVIOUS}) with a portal's data upgrades with every row intact`,
    { skip: pgSkipReason },
    async () => {
      const source = await createPgSchema();
      const target = await createPgSchema();
      try {
        const current = await openPgStore(source.url);
        await fill(current, join(await tempDir(), 'media'));
        await current.close();

        const client = new pg.Client({ connectionString: withDefaultUser(target.url), types: PG_TYPES });
        await client.connect();
        let tables: { name: string; columns: string }[];
        try {
          await client.query('CREATE TABLE schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL)');
          for (const [i, sql] of PG_MIGRATIONS.slice(0, PREVIOUS).entries()) {
            await client.query(sql);
            await client.query('INSERT INTO schema_migrations VALUES ($1, $2)', [i + 1, NOW]);
          }
          const { rows } = await client.query<{ name: string; columns: string }>(
            `SELECT table_name AS name, string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) AS columns
           FROM information_schema.columns WHERE table_schema = $1 AND table_name <> 'schema_migrations' GROUP BY table_name`,
            [target.schema],
          );
          tables = rows;
          await client.query("SET session_replication_role = 'replica'"); // foreign keys: the copy goes table by table
          for (const { name, columns } of tables) {
            await client.query(
              `INSERT INTO "${name}" (${columns}) OVERRIDING SYSTEM VALUE SELECT ${columns} FROM "${source.schema}"."${name}"`,
            );
          }
          await client.query("SET session_replication_role = 'origin'");
          // As the previous release left them: each identity's next value after the highest id.
          const { rows: identities } = await client.query<{ name: string; column: string }>(
            `SELECT table_name AS name, column_name AS column FROM information_schema.columns WHERE table_schema = $1 AND is_identity = 'YES'`,
            [target.schema],
          );
          for (const { name, column } of identities) {
            await client.query(
              `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT MAX("${column}") FROM "${name}"), 0) + 1, false)`,
              [`"${target.schema}"."${name}"`, column],
            );
          }
        } finally {
          await client.end();
        }
        const read = async () =>
          Object.fromEntries(
            await Promise.all(
              tables.map(async ({ name, columns }) => [
                name,
                (await pgRows(target.url, `SELECT ${columns} FROM "${name}"`)).map((row) => JSON.stringify(row)).sort(),
              ]),
            ),
          ) as Rows;
        const before = await read();
        assert.ok(before.articles.length > 40 && before.stats_hits.length === 20 && before.media.length > 0);

        const store = await openPgStore(target.url);
        try {
          await assertUpgraded(store, before, read);
        } finally {
          await store.close();
        }
      } finally {
        await target.drop();
        await source.drop();
      }
    },
  );
});
