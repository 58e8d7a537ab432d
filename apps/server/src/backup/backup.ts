// Taking a backup while the server runs: the database as one consistent snapshot (SQLite's online backup API, or
// pg_dump), then the uploaded images, packed with the manifest into one dated archive (see archive.ts).
import { execFile } from 'node:child_process';
import { copyFile, link, mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import * as tar from 'tar';
import type { Config } from '../config.js';
import { SQLITE_FILE } from '../store/index.js';
import { maskDatabaseUrl, withDefaultUser } from '../store/pg-db.js';
import {
  archiveName,
  checksumLine,
  listFiles,
  MANIFEST,
  MANIFEST_FORMAT,
  MEDIA_FOLDER,
  PG_ENTRY,
  sha256File,
  SQLITE_ENTRY,
  type Manifest,
} from './archive.js';

export const run = promisify(execFile);

/** An error of a backup or restore whose message says all: the command line prints it alone. */
export class BackupError extends Error {}

export interface BackupResult {
  /** Absolute path of the archive. */
  file: string;
  sha256: string;
  bytes: number;
  manifest: Manifest;
}

export type BackupSource = Pick<Config, 'dataDir' | 'mediaDir' | 'databaseUrl'>;

/**
 * Writes a backup of the configured store and of MEDIA_DIR into `dir` as `portal-<at>.tar.gz` with its `.sha256`.
 * The database is copied first, the images after: every image a database row names was written before the row
 * (media/routes.ts), so the archive holds all of them. Nothing is left in `dir` but the finished archive and its
 * checksum, which appear only once complete.
 */
export async function createBackup(source: BackupSource, dir: string, at = new Date()): Promise<BackupResult> {
  const name = archiveName(at);
  const file = join(dir, name);
  if (await exists(file)) throw new BackupError(`${file} already exists: a backup was taken in this second.`);
  await mkdir(dir, { recursive: true });
  const staging = await mkdtemp(join(dir, '.staging-'));
  try {
    await mkdir(join(staging, 'database'));
    const database =
      source.databaseUrl === undefined
        ? await snapshotSqlite(join(source.dataDir, SQLITE_FILE), join(staging, SQLITE_ENTRY))
        : await dumpPostgres(source.databaseUrl, join(staging, PG_ENTRY));
    const media = await stageMedia(source.mediaDir, join(staging, MEDIA_FOLDER));
    const entries = [database.entry, ...media.map((path) => `${MEDIA_FOLDER}/${path}`)];
    const files = [];
    for (const path of entries) {
      const staged = join(staging, path);
      files.push({ path, size: (await stat(staged)).size, sha256: await sha256File(staged) });
    }
    const manifest: Manifest = { format: MANIFEST_FORMAT, createdAt: at.toISOString(), database: database.manifest, files };
    await writeFile(join(staging, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);

    const partial = join(staging, name);
    await tar.create({ gzip: true, cwd: staging, file: partial, portable: true, noDirRecurse: true }, [MANIFEST, ...entries]);
    const sha256 = await sha256File(partial);
    const bytes = (await stat(partial)).size;
    await writeFile(`${file}.sha256`, checksumLine(sha256, name));
    await rename(partial, file);
    return { file, sha256, bytes, manifest };
  } catch (error) {
    await rm(`${file}.sha256`, { force: true });
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Copies the SQLite database with the online backup API on a connection of its own. All remaining pages are copied
 * in one step, under one read transaction: a snapshot of every committed write (the WAL included), which the
 * server's writers do not wait for. A write between steps only makes SQLite start that step over.
 */
async function snapshotSqlite(file: string, target: string) {
  if (!(await exists(file))) throw new BackupError(`There is no database at ${file}: check DATA_DIR (or set DATABASE_URL).`);
  const db = new Database(file, { fileMustExist: true, timeout: 5000 });
  let schemaVersion: number;
  try {
    schemaVersion = schemaVersionOf(db);
    await db.backup(target, { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }
  const copy = new Database(target, { readonly: true });
  try {
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new BackupError(`The copy of ${file} fails SQLite's quick_check: ${String(check)}.`);
  } finally {
    copy.close();
  }
  return { entry: SQLITE_ENTRY, manifest: { kind: 'sqlite' as const, schemaVersion } };
}

function schemaVersionOf(db: Database.Database): number {
  const table = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (table === undefined) return 0;
  return (db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get() as number | null) ?? 0;
}

/** The schemas of the search_path of a connection to `url`, `$user` replaced by the user's name. */
export async function pgSearchPath(url: string): Promise<string[]> {
  const client = await pgConnect(url);
  try {
    const { rows } = await client.query<{ path: string; user: string }>(
      "SELECT current_setting('search_path') AS path, current_user AS user",
    );
    return rows[0].path
      .split(',')
      .map((item) => item.trim().replace(/^"(.*)"$/, '$1'))
      .map((item) => (item === '$user' ? rows[0].user : item));
  } finally {
    await client.end();
  }
}

async function pgConnect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: withDefaultUser(url), connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new BackupError(`Could not connect to PostgreSQL at ${maskDatabaseUrl(url)} (DATABASE_URL): ${(error as Error).message}.`);
  }
  return client;
}

/** The PostgreSQL schema the portal's tables are in (the first of the search_path) and its schema version. */
export async function pgSchemaOf(url: string): Promise<{ schema: string; schemaVersion: number; tables: number }> {
  const client = await pgConnect(url);
  try {
    const schema = (await client.query<{ schema: string | null }>('SELECT current_schema() AS schema')).rows[0].schema;
    if (schema === null) throw new BackupError(`The PostgreSQL database ${maskDatabaseUrl(url)} has no schema of its search_path.`);
    const tables = Number((await client.query('SELECT count(*) AS n FROM pg_tables WHERE schemaname = $1', [schema])).rows[0].n as string);
    const hasMigrations = (await client.query('SELECT to_regclass($1) AS t', [`"${schema}".schema_migrations`])).rows[0].t !== null;
    const schemaVersion = hasMigrations
      ? Number((await client.query(`SELECT COALESCE(MAX(version), 0) AS v FROM "${schema}".schema_migrations`)).rows[0].v)
      : 0;
    return { schema, schemaVersion, tables };
  } finally {
    await client.end();
  }
}

/** One pg_dump of the portal's schema: one snapshot of every table (a dump per table could disagree). */
async function dumpPostgres(url: string, target: string) {
  const { schema, schemaVersion } = await pgSchemaOf(url);
  try {
    await run('pg_dump', [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      `--schema=${schema}`,
      `--file=${target}`,
      `--dbname=${libpqUrl(url)}`,
    ]);
  } catch (error) {
    throw new BackupError(`pg_dump failed on ${maskDatabaseUrl(url)}: ${toolError(error)}`);
  }
  return { entry: PG_ENTRY, manifest: { kind: 'postgresql' as const, schemaVersion, schema } };
}

/**
 * `url` for pg_dump and pg_restore: with the default user (as the server connects), and `+` in the query written
 * `%20`, since libpq does not read `+` as a space (`?options=-c+search_path%3Dportal`, as URLSearchParams writes it).
 */
export function libpqUrl(url: string): string {
  const full = withDefaultUser(url);
  const query = full.indexOf('?');
  return query === -1 ? full : full.slice(0, query) + full.slice(query).replaceAll('+', '%20');
}

/** The first line of what a failed command said, or why it could not start (e.g. pg_dump is not installed). */
export function toolError(error: unknown): string {
  const { stderr, code, message } = error as { stderr?: string; code?: string | number; message: string };
  if (code === 'ENOENT') return `${message.split(' ').pop()} is not installed (Debian: apt-get install postgresql-client).`;
  return (stderr?.trim().split('\n')[0] || message).trim();
}

/**
 * Puts every image of `mediaDir` into `target` (a hard link where both are on one disk, else a copy) and returns their
 * paths. Renditions are written under a temporary name and renamed (media/files.ts): those names are left out.
 */
async function stageMedia(mediaDir: string, target: string): Promise<string[]> {
  const paths = (await listFiles(mediaDir)).filter((path) => !/(^|\/)\.[^/]*\.tmp$/.test(path));
  const staged: string[] = [];
  for (const path of paths) {
    const from = join(mediaDir, path);
    const to = join(target, path);
    await mkdir(dirname(to), { recursive: true });
    try {
      await link(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') continue; // removed since the listing (a refused upload): it is in no row
      try {
        await copyFile(from, to);
      } catch (copyError) {
        if ((copyError as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw copyError;
      }
    }
    staged.push(path);
  }
  return staged;
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
