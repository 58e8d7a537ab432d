import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { runFeedsCommand } from '../src/feeds-in/commands.js';
import { SQLITE_FILE } from '../src/store/index.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { MIGRATIONS } from '../src/store/migrations.js';
import { createPgSchema, pgRows, pgSkip } from './pg-support.js';
import { freePort } from '../../../scripts/free-port.mjs';

const pgSkipReason = await pgSkip();

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));

/** Runs src/main.ts (through tsx) with the given environment on top of this one. */
function runMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, exited, output: () => ({ stdout, stderr }) };
}

/** Waits until the server has printed `line` on stdout; fails (and stops the server) if it exits first or never does. */
async function waitForLine(run: ReturnType<typeof runMain>, line: string, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  while (!run.output().stdout.includes(line)) {
    if (run.child.exitCode !== null) assert.fail(`the server exited: ${JSON.stringify(run.output())}`);
    if (Date.now() > deadline) {
      run.child.kill();
      assert.fail(`the server did not print ${JSON.stringify(line)} within ${timeout} ms: ${JSON.stringify(run.output())}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const SEEDING_LINES = [
  'Demo images: 26 written in every width as WebP and JPEG, 0 already present.',
  'Seeding demo content: 10/44 articles',
  'Seeding demo content: 20/44 articles',
  'Seeding demo content: 30/44 articles',
  'Seeding demo content: 40/44 articles',
  'Seeding demo content: 44/44 articles',
  'Demo content: 44 articles inserted, 0 already present.',
];

describe('main', { timeout: 120_000 }, () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ap-main-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test('a configuration error prints the message alone and exits 1', async () => {
    const run = runMain({ PORT: 'abc' });
    assert.equal(await run.exited, 1);
    assert.deepEqual(run.output(), { stdout: '', stderr: 'PORT must be a whole number from 1 to 65535; got "abc".\n' });
  });

  test('every configuration problem gets its line, and production refuses insecure settings', async () => {
    const run = runMain({ PORT: 'abc', LOG_LEVEL: 'loud', NODE_ENV: 'production', PUBLIC_URL: 'http://tintuc.example.gov.vn' });
    assert.equal(await run.exited, 1);
    assert.deepEqual(run.output(), {
      stdout: '',
      stderr: [
        'PORT must be a whole number from 1 to 65535; got "abc".',
        'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent; got "loud".',
        'PUBLIC_URL must be an absolute https URL in production (session cookies are sent over https only); got "http://tintuc.example.gov.vn".',
        '',
      ].join('\n'),
    });
  });

  test('a good production configuration starts, seeds nothing, is ready, and reports feed fetches in its metrics', async () => {
    const dataDir = join(dir, 'production');
    const token = 'p'.repeat(40);
    // A configured sibling feed at a loopback address: the fetch is refused (as it must be), which is an outcome too.
    const setup = openSqliteStore(join(dataDir, SQLITE_FILE));
    try {
      assert.equal(await runFeedsCommand(['add', 'so-a', 'http://127.0.0.1:9/feed.xml'], { store: setup, out: () => {} }), 0);
    } finally {
      await setup.close();
    }
    const port = await freePort();
    const env = { NODE_ENV: 'production', PUBLIC_URL: 'https://tintuc.example.gov.vn', METRICS_TOKEN: token };
    const run = runMain({ ...env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    await waitForLine(run, `Agency Portal is running at http://127.0.0.1:${port}/\n`);
    try {
      assert.doesNotMatch(run.output().stdout, /Demo|Seeding/);
      const base = `http://127.0.0.1:${port}`;
      assert.equal(((await (await fetch(`${base}/api/v1/articles`)).json()) as { total: number }).total, 0);
      const ready = await fetch(`${base}/readyz`);
      assert.equal(ready.status, 200);
      assert.equal(((await ready.json()) as { status: string }).status, 'ok');
      let metrics = '';
      for (let tries = 0; !metrics.includes('feeds_in_fetches_total{source="so-a",outcome="failed"} 1') && tries < 100; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        metrics = await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}` } })).text();
      }
      assert.match(metrics, /^feeds_in_fetches_total\{source="so-a",outcome="failed"\} 1$/m);
      // The log is JSON lines, each request's lines with its id.
      const logged = run
        .output()
        .stdout.split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { requestId?: string; msg: string });
      assert.ok(logged.some((entry) => entry.msg === 'request completed' && typeof entry.requestId === 'string'));
    } finally {
      run.child.kill('SIGTERM');
      assert.equal(await run.exited, 0);
    }
    const db = new Database(join(dataDir, SQLITE_FILE), { readonly: true });
    try {
      assert.deepEqual(db.prepare('SELECT (SELECT COUNT(*) FROM articles) + (SELECT COUNT(*) FROM stats_daily) AS n').get(), { n: 0 });
    } finally {
      db.close();
    }
  });

  test('SEED_DEMO=0 writes nothing on a new DATA_DIR; SEED_DEMO=content writes the articles without visits', async () => {
    for (const [value, articles] of [
      ['0', 0],
      ['content', 44],
    ] as const) {
      const dataDir = join(dir, `seed-${value}`);
      const port = await freePort();
      const run = runMain({ PORT: String(port), DATA_DIR: dataDir, SEED_DEMO: value, EMBED_DIR: '/nonexistent/embed/dist' });
      await waitForLine(run, `Agency Portal is running at http://127.0.0.1:${port}/\n`);
      run.child.kill('SIGTERM');
      assert.equal(await run.exited, 0);
      assert.doesNotMatch(run.output().stdout, /Demo visits/);
      const db = new Database(join(dataDir, SQLITE_FILE), { readonly: true });
      try {
        assert.equal(db.prepare('SELECT COUNT(*) FROM articles').pluck().get(), articles, value);
        assert.equal(db.prepare('SELECT COUNT(*) FROM stats_hits').pluck().get(), 0, value);
      } finally {
        db.close();
      }
    }
  });

  test('starts on a new DATA_DIR, seeds it, prints its URL, warns about a missing embed build and closes on SIGTERM', async () => {
    const dataDir = join(dir, 'first-start');
    const port = await freePort();
    const run = runMain({ PORT: String(port), DATA_DIR: dataDir, EMBED_DIR: '/nonexistent/embed/dist' });
    const line = `Agency Portal is running at http://127.0.0.1:${port}/\n`;
    await waitForLine(run, line);
    const lines = run.output().stdout.split('\n');
    assert.deepEqual(lines.slice(0, SEEDING_LINES.length), SEEDING_LINES);
    assert.match(lines[SEEDING_LINES.length], /^Demo visits: \d+ visits \(\d+ page views\) over 365 days on 4 sites, in [\d.]+ s\.$/);
    const summary = (await (await fetch(`http://127.0.0.1:${port}/api/v1/stats/summary?site=portal`)).json()) as { total: number };
    assert.ok(summary.total > 60_000, `total ${summary.total}`);
    assert.match(run.output().stdout, /"level":40,.*"msg":"Embed bundles not found at \/nonexistent\/embed\/dist/);
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    assert.deepEqual(await response.json(), { status: 'ok' });
    const articles = (await (await fetch(`http://127.0.0.1:${port}/api/v1/articles`)).json()) as { total: number };
    assert.equal(articles.total, 44);

    run.child.kill('SIGTERM');
    assert.equal(await run.exited, 0);
    assert.equal(run.output().stderr, '');

    // A second start finds articles and does not seed.
    const again = runMain({ PORT: String(port), DATA_DIR: dataDir, EMBED_DIR: '/nonexistent/embed/dist' });
    await waitForLine(again, line);
    assert.doesNotMatch(again.output().stdout, /Seeding/);
    again.child.kill('SIGTERM');
    assert.equal(await again.exited, 0);
  });

  test('a store that cannot be opened prints one line and exits 1', async () => {
    const file = join(dir, 'not-a-folder');
    await writeFile(file, 'x');
    const run = runMain({ PORT: String(await freePort()), DATA_DIR: file });
    assert.equal(await run.exited, 1);
    assert.equal(run.output().stdout, '');
    assert.match(run.output().stderr, /^Could not open the store: [^\n]*not-a-folder[^\n]*\n$/);
  });

  test('a database from a newer server prints one line and exits 1, and is left alone', async () => {
    const dataDir = join(dir, 'newer');
    await mkdir(dataDir);
    const db = new Database(join(dataDir, SQLITE_FILE));
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(99, new Date().toISOString());
    db.close();
    const newer = runMain({ PORT: String(await freePort()), DATA_DIR: dataDir });
    assert.equal(await newer.exited, 1);
    assert.equal(newer.output().stdout, '');
    assert.match(
      newer.output().stderr,
      new RegExp(
        `^Could not open the store: The database \\S+ has schema version 99, but this server only knows versions up to ${MIGRATIONS.length}: [^\\n]*\\n$`,
      ),
    );
    const check = new Database(join(dataDir, SQLITE_FILE), { readonly: true });
    try {
      assert.deepEqual(check.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all(), ['schema_migrations']);
    } finally {
      check.close();
    }
  });

  test('a DATABASE_URL it cannot connect to prints one line naming it (password masked) and exits 1', async () => {
    const closed = await freePort();
    const run = runMain({
      PORT: String(await freePort()),
      DATA_DIR: join(dir, 'unused'),
      DATABASE_URL: `postgres://portal:s3cret@127.0.0.1:${closed}/portal`,
    });
    assert.equal(await run.exited, 1);
    assert.equal(run.output().stdout, '');
    assert.match(
      run.output().stderr,
      new RegExp(
        `^Could not open the store: Could not connect to PostgreSQL at postgres://portal:\\*\\*\\*@127\\.0\\.0\\.1:${closed}/portal \\(DATABASE_URL\\): [^\\n]*\\n$`,
      ),
    );
    assert.doesNotMatch(run.output().stderr, /s3cret/);
  });

  test(
    'with DATABASE_URL: the first start seeds the PostgreSQL database, the next does not; no SQLite file',
    { skip: pgSkipReason },
    async () => {
      const { url, drop } = await createPgSchema();
      try {
        const dataDir = join(dir, 'pg-unused');
        const port = await freePort();
        const env = { PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: url, EMBED_DIR: '/nonexistent/embed/dist' };
        const line = `Agency Portal is running at http://127.0.0.1:${port}/\n`;
        const run = runMain(env);
        await waitForLine(run, line);
        assert.deepEqual(run.output().stdout.split('\n').slice(0, SEEDING_LINES.length), SEEDING_LINES);
        const articles = (await (await fetch(`http://127.0.0.1:${port}/api/v1/articles`)).json()) as { total: number };
        assert.equal(articles.total, 44);
        run.child.kill('SIGTERM');
        assert.equal(await run.exited, 0);
        assert.equal(run.output().stderr, '');

        const again = runMain(env);
        await waitForLine(again, line);
        assert.doesNotMatch(again.output().stdout, /Seeding/);
        again.child.kill('SIGTERM');
        assert.equal(await again.exited, 0);
        assert.deepEqual(await pgRows(url, 'SELECT COUNT(*) AS n FROM articles'), [{ n: 44 }]);
        // DATA_DIR holds only the uploaded images' folder (MEDIA_DIR's default), no database file.
        assert.equal(existsSync(join(dataDir, 'portal.db')), false);
        assert.equal(existsSync(join(dataDir, 'media')), true);
        // The demo pictures' renditions are there, recorded in the PostgreSQL database.
        assert.deepEqual(await pgRows(url, 'SELECT COUNT(*)::int AS n FROM media'), [{ n: 26 }]);
        assert.equal(readdirSync(join(dataDir, 'media')).length, 2 * (12 * 3 + 4 * 4 + 10));
      } finally {
        await drop();
      }
    },
  );
});
