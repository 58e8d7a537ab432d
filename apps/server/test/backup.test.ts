// Backups and restores with the built server and the built command line: a backup taken while the server takes a
// load of hits, restored into a new folder (or a new PostgreSQL database), holds every hit acknowledged before it
// began, rollups that agree with the hit log, and every other row and image as they are; a backup of the idle server
// restores to the same rows and bytes. A corrupted archive (a flipped byte, a truncation) is refused with one clear
// line and the target left as it was. Retention keeps the right archives, on an injected clock.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { archiveName } from '../src/backup/archive.js';
import { createBackup, pgClaim } from '../src/backup/index.js';
import { BackupScheduler, expiredBackups, loadBackupSettings, nextRun } from '../src/backup/schedule.js';
import { SQLITE_FILE } from '../src/store/index.js';
import { PG_TYPES, withDefaultUser } from '../src/store/pg-db.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { freePort } from '../../../scripts/free-port.mjs';
import { postHit } from './load-support.js';
import { createPgSchema, pgRows, pgSkip, TEST_DATABASE_URL } from './pg-support.js';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const LOAD_SITE = 'backup-load';
const CONNECTIONS = 16;
/** Start the backup once this many hits have been acknowledged: the load is well under way. */
const BACKUP_AFTER = 300;

const pgSkipReason = await pgSkip();
const folders: string[] = [];
const children = new Set<ChildProcess>();
after(async () => {
  for (const child of children) child.kill('SIGKILL');
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ap-backup-'));
  folders.push(dir);
  return dir;
}

/** Runs a built command line (`dist/<script>`) to its end. */
async function runCli(script: string, args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [join(DIST, script), ...args], { env: { ...process.env, INIT_CWD: '', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const [code] = (await once(child, 'exit')) as [number];
  return { code, stdout, stderr };
}

/** The built server on a free port; registers LOAD_SITE for its own origin first. */
async function startServer(env: Record<string, string>) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const registered = await runCli('stats/cli.js', ['add', '--id', LOAD_SITE, '--origin', origin], env);
  assert.equal(registered.code, 0, registered.stderr);
  const child = spawn(process.execPath, [join(DIST, 'main.js')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: origin, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Agency Portal is running at')) resolve();
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`The server exited (${code}) before it started:\n${output}`)));
  });
  return {
    origin,
    async stop() {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
      children.delete(child);
    },
  };
}

/** A load of hits on LOAD_SITE from CONNECTIONS connections, each hit a new visitor, until stop(). */
function startLoad(origin: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const acknowledged: number[] = [];
  let sent = 0;
  let stopped = false;
  const workers = Array.from({ length: CONNECTIONS }, async () => {
    while (!stopped) {
      const n = sent++;
      const status = await postHit(origin, agent, { site: LOAD_SITE, path: `/load/${n}`, visitor: `backup-${n}` });
      assert.equal(status, 200, `hit ${n} was answered ${status}`);
      acknowledged.push(n);
    }
  });
  return {
    acknowledged,
    async until(count: number) {
      while (acknowledged.length < count) await new Promise((resolve) => setTimeout(resolve, 10));
    },
    async stop() {
      stopped = true;
      await Promise.all(workers);
      agent.destroy();
    },
  };
}

type Tables = Record<string, string[]>;

/** Every row of every table of a SQLite file, each as JSON, sorted (the search index by its shadow tables). */
function sqliteTables(file: string): Tables {
  const db = new Database(file, { readonly: true });
  try {
    const names = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      names.map((name) => [
        name,
        db
          .prepare(`SELECT * FROM "${name}"`)
          .all()
          .map((row) => JSON.stringify(row))
          .sort(),
      ]),
    );
  } finally {
    db.close();
  }
}

/** Every row of every table of the PostgreSQL schema `schema` in the database of `url`, each as JSON, sorted. */
async function pgTables(url: string, schema: string): Promise<Tables> {
  const client = new pg.Client({ connectionString: withDefaultUser(url), types: PG_TYPES });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>('SELECT tablename AS name FROM pg_tables WHERE schemaname = $1 ORDER BY 1', [
      schema,
    ]);
    const tables: Tables = {};
    for (const { name } of rows) {
      tables[name] = (await client.query(`SELECT * FROM "${schema}"."${name}"`)).rows.map((row) => JSON.stringify(row)).sort();
    }
    return tables;
  } finally {
    await client.end();
  }
}

/** Every file under `dir` with its bytes. */
async function files(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const found = new Map<string, Buffer>();
  for (const entry of entries.filter((item) => item.isFile())) {
    const path = join(entry.parentPath, entry.name);
    found.set(path.slice(dir.length + 1), await readFile(path));
  }
  return found;
}

function assertSameFiles(actual: Map<string, Buffer>, expected: Map<string, Buffer>) {
  assert.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort());
  for (const [path, bytes] of expected) assert.ok(actual.get(path)!.equals(bytes), `${path} differs`);
}

/** One line of what a run compared, for the test report. */
function summary(
  taken: { acknowledgedBefore: number[]; duringBackup: number; load: { acknowledged: number[] } },
  busyHits: number,
  tables: Tables,
  media: Map<string, Buffer>,
) {
  const rows = Object.values(tables).reduce((sum, table) => sum + table.length, 0);
  const bytes = [...media.values()].reduce((sum, file) => sum + file.length, 0);
  return (
    `${taken.load.acknowledged.length} hits acknowledged, ${taken.acknowledgedBefore.length} before the busy backup began and ` +
    `${taken.duringBackup} while it ran; the busy backup holds ${busyHits} of them; the idle one equals the source in ` +
    `${Object.keys(tables).length} tables (${rows} rows) and ${media.size} images (${bytes} bytes)`
  );
}

/** The load's hits in a restored hit log, and whether its rollups agree with that log. */
function checkLoad(tables: Tables, acknowledgedBefore: number[], label: string) {
  const hits = tables.stats_hits.map((row) => JSON.parse(row) as { site: string; day: string; path: string; new_visit: number | boolean });
  const stored = new Set(hits.filter((hit) => hit.site === LOAD_SITE).map((hit) => Number(hit.path.slice('/load/'.length))));
  const missing = acknowledgedBefore.filter((n) => !stored.has(n));
  assert.deepEqual(missing, [], `${label}: ${missing.length} hits acknowledged before the backup began are missing`);
  for (const row of tables.stats_daily.map((text) => JSON.parse(text) as { site: string; day: string; hits: number; visits: number })) {
    if (row.site !== LOAD_SITE) continue;
    const ofDay = hits.filter((hit) => hit.site === LOAD_SITE && hit.day === row.day);
    assert.equal(row.hits, ofDay.length, `${label}: the rollup of ${row.day} counts the hit log's hits`);
    assert.equal(row.visits, ofDay.filter((hit) => Boolean(hit.new_visit)).length, `${label}: the rollup counts the new visits`);
  }
  return stored.size;
}

/** Everything but the statistics tables the load writes to. */
function withoutStats(tables: Tables): Tables {
  return Object.fromEntries(Object.entries(tables).filter(([name]) => !name.startsWith('stats_')));
}

async function onlyArchive(dir: string): Promise<string> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.tar.gz'));
  assert.equal(names.length, 1, `one archive in ${dir}: ${names.join(', ')}`);
  return join(dir, names[0]);
}

/** Takes a backup with the command line while the load runs, then one of the idle server; returns both archives. */
async function backupUnderLoad(server: Awaited<ReturnType<typeof startServer>>, env: Record<string, string>) {
  const load = startLoad(server.origin);
  await load.until(BACKUP_AFTER);
  const acknowledgedBefore = [...load.acknowledged];
  const busyDir = join(await tempDir(), 'busy');
  const busy = await runCli('backup/cli.js', ['backup', '--dir', busyDir], env);
  const duringBackup = load.acknowledged.length - acknowledgedBefore.length;
  await load.stop();
  assert.equal(busy.code, 0, busy.stderr);
  assert.match(busy.stdout, /^Backup written: \S+portal-[\dT-]+Z\.tar\.gz \(\d+ bytes, \d+ files, SHA-256 [0-9a-f]{64}\)\.\n$/);
  assert.ok(duringBackup > 0, 'hits were acknowledged while the backup ran');

  const idleDir = join(await tempDir(), 'idle');
  const idle = await runCli('backup/cli.js', ['backup', '--dir', idleDir], env);
  assert.equal(idle.code, 0, idle.stderr);
  return { busy: await onlyArchive(busyDir), idle: await onlyArchive(idleDir), acknowledgedBefore, duringBackup, load };
}

describe('SQLite', () => {
  let archive: string;

  test('a backup under load restores every acknowledged hit and consistent rollups; an idle backup restores every row and image', async (t) => {
    const dataDir = join(await tempDir(), 'data');
    const server = await startServer({ DATA_DIR: dataDir });
    let taken;
    try {
      taken = await backupUnderLoad(server, { DATA_DIR: dataDir });
    } finally {
      await server.stop();
    }
    const source = sqliteTables(join(dataDir, SQLITE_FILE));
    const sourceMedia = await files(join(dataDir, 'media'));
    assert.ok(sourceMedia.size > 20, 'the demo content has uploaded images');
    let busyHits = 0;

    for (const [label, file] of [
      ['busy', taken.busy],
      ['idle', taken.idle],
    ] as const) {
      const target = join(await tempDir(), 'restored');
      const restored = await runCli('backup/cli.js', ['restore', file], { DATA_DIR: target });
      assert.equal(restored.code, 0, restored.stderr);
      assert.match(restored.stdout, /^Restored the backup of \S+ \(schema version \d+\) into /);
      const tables = sqliteTables(join(target, SQLITE_FILE));
      assertSameFiles(await files(join(target, 'media')), sourceMedia);
      if (label === 'busy') {
        busyHits = checkLoad(tables, taken.acknowledgedBefore, label);
        assert.ok(busyHits < taken.load.acknowledged.length, 'the busy backup is a snapshot from before the load ended');
        assert.deepEqual(withoutStats(tables), withoutStats(source));
      } else {
        assert.equal(checkLoad(tables, taken.load.acknowledged, label), taken.load.acknowledged.length);
        assert.deepEqual(tables, source);
      }
    }
    t.diagnostic(summary(taken, busyHits, source, sourceMedia));
    archive = taken.idle;
  });

  describe('a refused restore changes nothing', () => {
    /** Runs a restore of `file` into a fresh target and checks it fails with `message`, leaving no trace. */
    async function refused(file: string, message: RegExp, prepare?: (target: string) => Promise<void>) {
      const parent = await tempDir();
      const target = join(parent, 'data');
      await prepare?.(target);
      const before = { parent: (await readdir(parent)).sort(), target: await files(target) };
      const result = await runCli('backup/cli.js', ['restore', file], { DATA_DIR: target });
      assert.equal(result.code, 1);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, message);
      assert.equal(result.stderr.trimEnd().split('\n').length, 1, `one line: ${result.stderr}`);
      assert.deepEqual((await readdir(parent)).sort(), before.parent, 'no staging folder left behind');
      assertSameFiles(await files(target), before.target);
    }

    /** A copy of the archive (with its .sha256 unless `withSum` is false) changed by `damage`. */
    async function damaged(damage: (file: string) => Promise<void>, withSum = true): Promise<string> {
      const file = join(await tempDir(), archiveName(new Date()));
      await copyFile(archive, file);
      if (withSum) await copyFile(`${archive}.sha256`, `${file}.sha256`);
      await damage(file);
      return file;
    }

    const flipByte = async (file: string) => {
      const bytes = await readFile(file);
      bytes[Math.floor(bytes.length / 2)] ^= 0xff;
      await writeFile(file, bytes);
    };
    const cutInHalf = async (file: string) => truncate(file, Math.floor((await readFile(file)).length / 2));

    test('a flipped byte: the checksum beside it does not match', async () => {
      await refused(
        await damaged(flipByte),
        /^\S+ is corrupted: its SHA-256 [0-9a-f]{64} is not the [0-9a-f]{64} of \S+\.sha256; nothing was changed\.\n$/,
      );
    });

    test('a truncated archive: the checksum beside it does not match', async () => {
      await refused(await damaged(cutInHalf), /^\S+ is corrupted: its SHA-256/);
    });

    test('a flipped byte or a truncation without the .sha256: the archive itself fails to unpack or to match its manifest', async () => {
      await refused(await damaged(flipByte, false), /^\S+ is corrupted/);
      await refused(await damaged(cutInHalf, false), /^\S+ is corrupted or not a backup archive \(.+\); nothing was changed\.\n$/);
    });

    test('an empty target folder stays empty; a folder with a file in it is refused', async () => {
      await refused(await damaged(flipByte), /is corrupted/, (target) => mkdir(target));
      await refused(
        archive,
        /^\S+ is not empty: restore into an empty folder \(set DATA_DIR and MEDIA_DIR\), nothing was changed\.\n$/,
        async (target) => {
          await mkdir(target);
          await writeFile(join(target, 'portal.db'), 'the live database');
        },
      );
    });

    test('a file that is no backup, and a missing file', async () => {
      await refused(await damaged((file) => writeFile(file, 'not an archive'), false), /is corrupted or not a backup archive/);
      await refused(join(tmpdir(), 'no-such-backup.tar.gz'), /^There is no file \S+no-such-backup\.tar\.gz\.\n$/);
    });
  });
});

describe('PostgreSQL', () => {
  test(
    'a backup under load (pg_dump) restores into a new database with every acknowledged hit; an idle backup with every row and image',
    { skip: pgSkipReason },
    async (t) => {
      const { url, schema, drop } = await createPgSchema();
      const database = `ap_test_restore_${randomBytes(6).toString('hex')}`;
      const restoreUrl = new URL(TEST_DATABASE_URL);
      restoreUrl.pathname = `/${database}`;
      restoreUrl.searchParams.set('options', `-c search_path=${schema}`);
      await pgRows(TEST_DATABASE_URL, `CREATE DATABASE ${database}`);
      try {
        const dataDir = join(await tempDir(), 'data');
        const env = { DATABASE_URL: url, DATA_DIR: dataDir };
        const server = await startServer(env);
        let taken;
        try {
          taken = await backupUnderLoad(server, env);
        } finally {
          await server.stop();
        }
        const source = await pgTables(url, schema);
        const sourceMedia = await files(join(dataDir, 'media'));

        const busyTarget = join(await tempDir(), 'restored');
        const busy = await runCli('backup/cli.js', ['restore', taken.busy], { DATABASE_URL: restoreUrl.toString(), DATA_DIR: busyTarget });
        assert.equal(busy.code, 0, busy.stderr);
        assert.match(busy.stdout, new RegExp(`into schema ${schema} of DATABASE_URL\\.\\n$`));
        const restored = await pgTables(restoreUrl.toString(), schema);
        const busyHits = checkLoad(restored, taken.acknowledgedBefore, 'busy');
        assert.deepEqual(withoutStats(restored), withoutStats(source));
        assertSameFiles(await files(join(busyTarget, 'media')), sourceMedia);

        // A DATABASE_URL whose search_path does not name the backup's schema would not find the tables: refused.
        const elsewhere = new URL(restoreUrl);
        elsewhere.searchParams.delete('options');
        const wrong = await runCli('backup/cli.js', ['restore', taken.busy], {
          DATABASE_URL: elsewhere.toString(),
          DATA_DIR: join(await tempDir(), 'x'),
        });
        assert.equal(wrong.code, 1);
        assert.match(
          wrong.stderr,
          new RegExp(
            `^The backup's tables are in the schema ${schema}, but DATABASE_URL's search_path is \\S+, public: add \\?options=-c%20search_path%3D${schema} to it; nothing was changed\\.\\n$`,
          ),
        );
        assert.deepEqual(await pgTables(restoreUrl.toString(), schema), restored);

        // The schema holds tables now: a second restore into it is refused, and changes nothing.
        const again = await runCli('backup/cli.js', ['restore', taken.idle], {
          DATABASE_URL: restoreUrl.toString(),
          DATA_DIR: join(await tempDir(), 'x'),
        });
        assert.equal(again.code, 1);
        assert.match(
          again.stderr,
          new RegExp(`^The schema ${schema} of \\S+ holds \\d+ tables: restore into an empty database; nothing was changed\\.\\n$`),
        );
        assert.deepEqual(await pgTables(restoreUrl.toString(), schema), restored);

        // The idle backup, into the (empty) schema of that name: every row and image as the source has them.
        await pgRows(restoreUrl.toString(), `DROP SCHEMA ${schema} CASCADE; CREATE SCHEMA ${schema}`);
        const idleTarget = join(await tempDir(), 'restored');
        const idle = await runCli('backup/cli.js', ['restore', taken.idle], { DATABASE_URL: restoreUrl.toString(), DATA_DIR: idleTarget });
        assert.equal(idle.code, 0, idle.stderr);
        assert.deepEqual(await pgTables(restoreUrl.toString(), schema), source);
        assertSameFiles(await files(join(idleTarget, 'media')), sourceMedia);
        t.diagnostic(summary(taken, busyHits, source, sourceMedia));
      } finally {
        await pgRows(TEST_DATABASE_URL, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
        await drop();
      }
    },
  );

  test('one instance claims a scheduled backup: the advisory lock is held for the claim time', { skip: pgSkipReason }, async () => {
    const { url, drop } = await createPgSchema();
    try {
      const key = `backup:${new Date().toISOString()}`;
      assert.equal(await pgClaim(url, key, 300), true);
      assert.equal(await pgClaim(url, key, 300), false);
      assert.equal(await pgClaim(url, 'backup:another slot', 300), true);
      await new Promise((resolve) => setTimeout(resolve, 600));
      assert.equal(await pgClaim(url, key, 10), true, 'claimable again once the claim time is over');
    } finally {
      await drop();
    }
  });
});

describe('scheduled backups and retention', () => {
  test('BACKUP_* settings: defaults, and one clear line for a bad value', () => {
    const settings = loadBackupSettings({});
    assert.deepEqual(
      { ...settings, dir: undefined },
      { dir: undefined, schedule: undefined, keepDaily: 7, keepWeekly: 4, timeZone: 'Asia/Ho_Chi_Minh' },
    );
    assert.deepEqual(loadBackupSettings({ BACKUP_SCHEDULE: '02:30', BACKUP_KEEP_DAILY: '3', BACKUP_KEEP_WEEKLY: '0' }).schedule, {
      hour: 2,
      minute: 30,
    });
    assert.throws(
      () => loadBackupSettings({ BACKUP_SCHEDULE: '2:30am' }),
      /^Error: BACKUP_SCHEDULE must be a time of day such as 02:30 \(24-hour, Asia\/Ho_Chi_Minh\) or off; got "2:30am"\.$/,
    );
    assert.throws(
      () => loadBackupSettings({ BACKUP_KEEP_WEEKLY: '-1' }),
      /^Error: BACKUP_KEEP_WEEKLY must be a whole number from 0 to 9999; got "-1"\.$/,
    );
  });

  test('the server refuses a bad BACKUP_SCHEDULE at start with that line, and exit status 1', async () => {
    const child = spawn(process.execPath, [join(DIST, 'main.js')], {
      env: {
        ...process.env,
        PORT: String(await freePort()),
        DATA_DIR: join(await tempDir(), 'data'),
        LOG_LEVEL: 'warn',
        BACKUP_SCHEDULE: '25:00',
      },
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const [code] = (await once(child, 'exit')) as [number];
    assert.equal(code, 1);
    assert.equal(stderr, 'BACKUP_SCHEDULE must be a time of day such as 02:30 (24-hour, Asia/Ho_Chi_Minh) or off; got "25:00".\n');
  });

  test('the next run is the next time of day in the portal time zone', () => {
    const at = { hour: 2, minute: 30 };
    // 02:30 in Ho Chi Minh City (UTC+7) is 19:30 UTC the day before.
    assert.deepEqual(nextRun(new Date('2026-12-04T10:00:00Z'), at, 'Asia/Ho_Chi_Minh'), new Date('2026-12-04T19:30:00Z'));
    assert.deepEqual(nextRun(new Date('2026-12-04T19:30:00Z'), at, 'Asia/Ho_Chi_Minh'), new Date('2026-12-05T19:30:00Z'));
    assert.deepEqual(nextRun(new Date('2026-12-04T19:29:59Z'), at, 'Asia/Ho_Chi_Minh'), new Date('2026-12-04T19:30:00Z'));
  });

  test('daily backups on an injected clock: the newest of the last 3 days and of the last 2 weeks stay', async () => {
    const root = await tempDir();
    const dataDir = join(root, 'data');
    const store = openSqliteStore(join(dataDir, SQLITE_FILE));
    await store.close();
    const settings = {
      ...loadBackupSettings({ BACKUP_DIR: join(root, 'backups') }),
      keepDaily: 3,
      keepWeekly: 2,
      schedule: { hour: 2, minute: 0 },
    };
    const source = { dataDir, mediaDir: join(dataDir, 'media'), databaseUrl: undefined };
    let clock = new Date(0);
    const logged: string[] = [];
    const scheduler = new BackupScheduler(settings, {
      backup: async (at) => (await createBackup(source, settings.dir, at)).file,
      log: { info: (line) => logged.push(line), error: (line) => assert.fail(line) },
      now: () => clock,
    });
    // 02:00 in Ho Chi Minh City from Monday 9 to Wednesday 25 November 2026, and 14:00 on the 25th.
    const runs = Array.from({ length: 17 }, (_, i) => new Date(Date.UTC(2026, 10, 8 + i, 19, 0)));
    runs.push(new Date('2026-11-25T07:00:00Z'));
    for (const at of runs) {
      clock = at;
      await scheduler.runOnce(at);
    }
    const left = (await readdir(settings.dir)).sort();
    // Days: the 25th (its 14:00 backup), 24th, 23rd. Weeks: 23-29 November (the 25th), 16-22 November (the 22nd).
    const kept = ['2026-11-21T19-00-00Z', '2026-11-22T19-00-00Z', '2026-11-23T19-00-00Z', '2026-11-25T07-00-00Z'];
    assert.deepEqual(
      left,
      kept.flatMap((stamp) => [`portal-${stamp}.tar.gz`, `portal-${stamp}.tar.gz.sha256`]),
    );
    assert.equal(logged.length, runs.length);
    assert.match(
      logged.at(-1)!,
      /^Scheduled backup written to \S+portal-2026-11-25T07-00-00Z\.tar\.gz; retention deleted portal-2026-11-24T19-00-00Z\.tar\.gz\.$/,
    );
  });

  test('retention leaves other files alone; a slot another instance claimed is skipped', async () => {
    assert.deepEqual(
      expiredBackups(['notes.txt', 'portal-2026-11-01T01-00-00Z.tar.gz', 'portal-2026-11-01T02-00-00Z.tar.gz'], {
        keepDaily: 1,
        keepWeekly: 0,
        timeZone: 'Asia/Ho_Chi_Minh',
      }),
      ['portal-2026-11-01T01-00-00Z.tar.gz'],
    );
    const logged: string[] = [];
    const scheduler = new BackupScheduler(
      { ...loadBackupSettings({ BACKUP_DIR: await tempDir() }), schedule: { hour: 2, minute: 0 } },
      {
        backup: () => assert.fail('no backup when the claim is lost'),
        claim: async (key) => (assert.equal(key, 'backup:2026-11-25T19:00:00.000Z'), false),
        log: { info: (line) => logged.push(line), error: (line) => assert.fail(line) },
      },
    );
    await scheduler.runOnce(new Date('2026-11-25T19:00:00Z'));
    assert.deepEqual(logged, ['Scheduled backup of 2026-11-25T19:00:00.000Z skipped: another instance takes it.']);
  });
});
