// Measures search latency in the store (apps/server/dist): the FTS index (SQLite FTS5, PostgreSQL tsvector + GIN)
// through store.search(), beside a LIKE '%…%' scan over the same articles, at 10^3, 10^4 and 10^5 articles, on a
// fresh SQLite file and a fresh PostgreSQL schema (skipped when BENCH_DATABASE_URL / TEST_DATABASE_URL is not
// reachable). Articles are made from the demo content's words, titles and sentences (see makeArticle). Prints median
// and p99 per database, size and method over a fixed set of queries, and how many articles each query finds.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openSqliteStore } from '../apps/server/dist/store/sqlite.js';
import { registerSearchFunctions } from '../apps/server/dist/store/sqlite-search.js';
import { openPgStore } from '../apps/server/dist/store/pg.js';
import { withDefaultUser } from '../apps/server/dist/store/pg-db.js';
import { demoArticles, DEMO_CATEGORIES } from '../apps/server/dist/seed/index.js';
import { htmlText, parseQuery } from '../apps/server/dist/search/text.js';

const SIZES = [1_000, 10_000, 100_000];
/** What readers type: a frequent phrase without diacritics, with diacritics, a quoted phrase, one short word, a rare number. */
const QUERIES = ['cai cach hanh chinh', 'chuyển đổi số', '"một cửa" hồ sơ', 'hoà', '4242'];
/** Timed runs of each query per cell (fewer when a cell's time is up), after WARMUP untimed ones. */
const RUNS = 40;
const WARMUP = 3;
const CELL_TIME_MS = 6_000;
const PAGE_SIZE = 10;
const NOW = new Date('2027-01-01T00:00:00Z');
const DATABASE_URL = process.env.BENCH_DATABASE_URL?.trim() || process.env.TEST_DATABASE_URL?.trim() || 'postgres://127.0.0.1:5432/test';

// A deterministic corpus shaped like a news archive: most text is words drawn by their frequency in the demo
// articles (so common syllables such as "hành" and "chính" are common, but phrases are rare), and a few articles
// carry a demo article's title or sentences (so a topic's phrase is found in some of them, as in real news). Every
// article has a numbered decision in its text.
const demo = demoArticles();
const sentences = demo.flatMap((article) => htmlText(article.body).split(/(?<=[.;:])\s+/)).filter((s) => s.length > 20);
const vocabulary = demo.flatMap((article) => `${article.title} ${article.summary} ${htmlText(article.body)}`.split(/\s+/)).filter(Boolean);
let seed = 42;
const random = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
const words = (n) => Array.from({ length: n }, () => vocabulary[random(vocabulary.length)]).join(' ');
/** One article in TOPICAL has a demo title, and one in TOPICAL has a demo sentence in its text. */
const TOPICAL = 20;
function makeArticle(i) {
  const base = demo[random(demo.length)];
  const body = [
    words(40),
    random(TOPICAL) === 0 ? sentences[random(sentences.length)] : words(15),
    `Quyết định số ${i}/QĐ-UBND.`,
    words(25),
  ];
  return {
    slug: `bai-${i}`,
    title: random(TOPICAL) === 0 ? `${base.title} (${i})` : words(12),
    summary: words(25),
    body: `<p>${body.join(' ')}</p>`,
    category: base.categorySlug,
    publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
  };
}

/** The LIKE scan a portal without a search index would run: the query as typed, anywhere in title, summary or body. */
const likeSql = (param, limit) =>
  `SELECT id FROM articles WHERE title LIKE ${param} OR summary LIKE ${param} OR body LIKE ${param} ORDER BY published_at DESC LIMIT ${limit}`;
const likeCountSql = (param) =>
  `SELECT COUNT(*) AS n FROM articles WHERE title LIKE ${param} OR summary LIKE ${param} OR body LIKE ${param}`;

async function time(fn) {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Median and p99 of `QUERIES` run through `run(query)`: WARMUP untimed, then up to RUNS timed each. */
async function measure(run) {
  const times = [];
  const deadline = performance.now() + CELL_TIME_MS;
  for (const query of QUERIES) {
    for (let i = 0; i < WARMUP; i++) await run(query);
  }
  for (let i = 0; i < RUNS && (i < 5 || performance.now() < deadline); i++) {
    for (const query of QUERIES) times.push(await time(() => run(query)));
  }
  times.sort((a, b) => a - b);
  const rank = (p) => times[Math.ceil(p * times.length) - 1];
  return { samples: times.length, median: rank(0.5), p99: rank(0.99) };
}

const searchOptions = (q) => ({ query: parseQuery(q), source: 'portal', offset: 0, limit: PAGE_SIZE, now: NOW });

async function benchSqlite(rows) {
  const dir = await mkdtemp(join(tmpdir(), 'ap-bench-search-'));
  const file = join(dir, 'portal.db');
  try {
    const store = openSqliteStore(file);
    for (const { slug, name } of DEMO_CATEGORIES) await store.upsertCategory({ slug, name });
    const db = new Database(file, { timeout: 5000 });
    registerSearchFunctions(db);
    const ids = new Map(
      db
        .prepare('SELECT slug, id FROM categories')
        .all()
        .map((row) => [row.slug, row.id]),
    );
    const insert = db.prepare(
      `INSERT INTO articles (slug, title, summary, body, category_id, author, published_at, created_at, updated_at)
       VALUES (@slug, @title, @summary, @body, @categoryId, 'Phóng viên', @publishedAt, @publishedAt, @publishedAt)`,
    );
    const like = db.prepare(likeSql('@pattern', PAGE_SIZE));
    const likeCount = db.prepare(likeCountSql('@pattern'));
    let count = 0;
    for (const size of SIZES) {
      const t0 = performance.now();
      db.transaction(() => {
        for (; count < size; count++) {
          const article = makeArticle(count + 1);
          insert.run({ ...article, categoryId: ids.get(article.category) });
        }
      })();
      const loaded = performance.now() - t0;
      if (size === SIZES.at(-1)) {
        for (const q of QUERIES) found.set(q, (await store.search(searchOptions(q))).total);
      }
      rows.push({
        db: 'SQLite',
        size,
        loaded,
        fts: await measure((q) => store.search(searchOptions(q))),
        like: await measure(async (q) => {
          const pattern = `%${q}%`;
          like.all({ pattern });
          likeCount.get({ pattern });
        }),
      });
      report(rows.at(-1));
    }
    db.close();
    await store.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function benchPg(rows) {
  const admin = new pg.Client({ connectionString: withDefaultUser(DATABASE_URL), connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch (error) {
    console.log(`PostgreSQL at ${DATABASE_URL.replace(/\/\/[^@]*@/, '//')} is not reachable (${error.message}): its rows are skipped.`);
    return;
  }
  const schema = `ap_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE SCHEMA ${schema}`);
  try {
    const url = new URL(DATABASE_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const store = await openPgStore(url.toString());
    for (const { slug, name } of DEMO_CATEGORIES) await store.upsertCategory({ slug, name });
    await admin.query(`SET search_path = ${schema}`);
    const ids = new Map((await admin.query('SELECT slug, id FROM categories')).rows.map((row) => [row.slug, row.id]));
    let count = 0;
    for (const size of SIZES) {
      const t0 = performance.now();
      while (count < size) {
        const batch = [];
        for (; count < size && batch.length < 2000; count++) batch.push(makeArticle(count + 1));
        await admin.query(
          `INSERT INTO articles (slug, title, summary, body, category_id, author, published_at, created_at, updated_at)
           SELECT slug, title, summary, body, category_id, 'Phóng viên', published_at, published_at, published_at
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::timestamptz[])
             AS a (slug, title, summary, body, category_id, published_at)`,
          [
            batch.map((a) => a.slug),
            batch.map((a) => a.title),
            batch.map((a) => a.summary),
            batch.map((a) => a.body),
            batch.map((a) => ids.get(a.category)),
            batch.map((a) => a.publishedAt),
          ],
        );
      }
      await admin.query('ANALYZE articles');
      const loaded = performance.now() - t0;
      rows.push({
        db: 'PostgreSQL',
        size,
        loaded,
        fts: await measure((q) => store.search(searchOptions(q))),
        like: await measure(async (q) => {
          const pattern = `%${q}%`;
          await admin.query(likeSql('$1', PAGE_SIZE), [pattern]);
          await admin.query(likeCountSql('$1'), [pattern]);
        }),
      });
      report(rows.at(-1));
    }
    await store.close();
  } finally {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

const ms = (value) => value.toFixed(2);
function report(row) {
  console.log(
    `  ${row.db} ${row.size.toLocaleString('en-US')} articles (loaded in ${(row.loaded / 1000).toFixed(1)} s): ` +
      `index ${ms(row.fts.median)} / ${ms(row.fts.p99)} ms, LIKE ${ms(row.like.median)} / ${ms(row.like.p99)} ms (median / p99)`,
  );
}

const rows = [];
/** How many articles each query finds at the largest size, for reading the table. */
const found = new Map();
console.log(`Queries: ${QUERIES.map((q) => JSON.stringify(q)).join(', ')}; first page of ${PAGE_SIZE} and the total.`);
await benchSqlite(rows);
await benchPg(rows);

const header = ['database', 'articles', 'index median ms', 'index p99 ms', "LIKE '%…%' median ms", "LIKE '%…%' p99 ms", 'samples'];
const table = rows.map((row) => [
  row.db,
  row.size.toLocaleString('en-US'),
  ms(row.fts.median),
  ms(row.fts.p99),
  ms(row.like.median),
  ms(row.like.p99),
  `${row.fts.samples} / ${row.like.samples}`,
]);
console.log(`\nSearch latency in the store, sequential, one client; Node ${process.version}.\n`);
console.log(`| ${header.join(' | ')} |`);
console.log(`| ${header.map((h, i) => (i >= 2 ? '---:' : '---')).join(' | ')} |`);
for (const row of table) console.log(`| ${row.join(' | ')} |`);
console.log(
  `\nArticles found at ${SIZES.at(-1).toLocaleString('en-US')}: ${[...found].map(([q, n]) => `${JSON.stringify(q)} ${n.toLocaleString('en-US')}`).join(', ')}.`,
);
