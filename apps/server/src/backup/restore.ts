// Restoring a backup archive (archive.ts) into an empty DATA_DIR (and MEDIA_DIR), and with PostgreSQL into a
// database whose schema holds no tables. Everything is checked before anything is written: the archive's SHA-256
// against its `.sha256`, then the archive unpacked into a staging folder beside DATA_DIR and every file checked
// against the manifest. Only then is the database put in place and the images moved in.
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import * as tar from 'tar';
import { SQLITE_FILE } from '../store/index.js';
import { MIGRATIONS } from '../store/migrations.js';
import { maskDatabaseUrl } from '../store/pg-db.js';
import { listFiles, MANIFEST, MANIFEST_FORMAT, MEDIA_FOLDER, PG_ENTRY, sha256File, SQLITE_ENTRY, type Manifest } from './archive.js';
import { BackupError, exists, libpqUrl, pgSchemaOf, pgSearchPath, run, toolError, type BackupSource } from './backup.js';

/** Restores the archive `file` into the configured store and MEDIA_DIR; throws a BackupError, having written nothing, when it may not. */
export async function restoreBackup(file: string, target: BackupSource): Promise<Manifest> {
  if (!(await exists(file))) throw new BackupError(`There is no file ${file}.`);
  await checkArchiveChecksum(file);
  for (const dir of new Set([target.dataDir, target.mediaDir])) {
    if (!(await isEmptyOrMissing(dir))) {
      throw new BackupError(`${dir} is not empty: restore into an empty folder (set DATA_DIR and MEDIA_DIR), nothing was changed.`);
    }
  }

  const parent = dirname(target.dataDir);
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(join(parent, `.${basename(target.dataDir)}-restore-`));
  try {
    const manifest = await unpack(file, staging);
    if (manifest.database.schemaVersion > MIGRATIONS.length) {
      throw new BackupError(
        `${file} holds a database of schema version ${manifest.database.schemaVersion}, newer than this server's ${MIGRATIONS.length}: ` +
          'restore it with the server version that made it.',
      );
    }
    if (manifest.database.kind === 'sqlite') {
      if (target.databaseUrl !== undefined) {
        throw new BackupError(`${file} holds a SQLite database, but DATABASE_URL is set: unset it to restore into DATA_DIR.`);
      }
      const db = new Database(join(staging, SQLITE_ENTRY), { readonly: true });
      try {
        if (db.pragma('quick_check', { simple: true }) !== 'ok') {
          throw new BackupError(`The database in ${file} fails SQLite's quick_check.`);
        }
      } finally {
        db.close();
      }
      await mkdir(target.dataDir, { recursive: true });
      await rename(join(staging, SQLITE_ENTRY), join(target.dataDir, SQLITE_FILE));
    } else {
      if (target.databaseUrl === undefined) {
        throw new BackupError(`${file} holds a PostgreSQL dump: set DATABASE_URL to the (empty) database to restore it into.`);
      }
      await restorePostgres(target.databaseUrl, join(staging, PG_ENTRY), manifest.database.schema);
    }
    await moveMedia(join(staging, MEDIA_FOLDER), target.mediaDir);
    await mkdir(target.dataDir, { recursive: true });
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** Compares the archive with `<file>.sha256` when that is there (without it, the manifest's checksums still apply). */
async function checkArchiveChecksum(file: string): Promise<void> {
  const sums = `${file}.sha256`;
  if (!(await exists(sums))) return;
  const expected = (await readFile(sums, 'utf8')).trim().split(/\s+/)[0];
  if (!/^[0-9a-f]{64}$/i.test(expected)) throw new BackupError(`${sums} holds no SHA-256: nothing was changed.`);
  const actual = await sha256File(file);
  if (actual !== expected.toLowerCase()) {
    throw new BackupError(`${file} is corrupted: its SHA-256 ${actual} is not the ${expected} of ${basename(sums)}; nothing was changed.`);
  }
}

/** Unpacks the archive into `staging` and checks it against its manifest: the same files, sizes and SHA-256s. */
async function unpack(file: string, staging: string): Promise<Manifest> {
  try {
    // Synchronously: a failed extraction must have stopped writing before the staging folder is removed.
    tar.extract({ file, cwd: staging, strict: true, sync: true });
  } catch (error) {
    throw new BackupError(`${file} is corrupted or not a backup archive (${(error as Error).message}); nothing was changed.`);
  }
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(staging, MANIFEST), 'utf8')) as Manifest;
  } catch {
    throw new BackupError(`${file} has no readable ${MANIFEST}: it is not a backup archive; nothing was changed.`);
  }
  if (manifest.format !== MANIFEST_FORMAT || !Array.isArray(manifest.files)) {
    throw new BackupError(
      `${file} is not a backup of this portal (manifest format ${JSON.stringify(manifest.format)}); nothing was changed.`,
    );
  }
  const listed = new Map(manifest.files.map((entry) => [entry.path, entry]));
  const present = (await listFiles(staging)).filter((path) => path !== MANIFEST);
  const extra = present.find((path) => !listed.has(path));
  const missing = manifest.files.find((entry) => !present.includes(entry.path));
  if (extra !== undefined || missing !== undefined) {
    const what = extra !== undefined ? `holds ${extra}, which its manifest does not list` : `lacks ${missing!.path}`;
    throw new BackupError(`${file} ${what}; nothing was changed.`);
  }
  for (const entry of manifest.files) {
    const path = join(staging, entry.path);
    if ((await stat(path)).size !== entry.size || (await sha256File(path)) !== entry.sha256) {
      throw new BackupError(`${file} is corrupted: ${entry.path} does not match its checksum in the manifest; nothing was changed.`);
    }
  }
  return manifest;
}

/**
 * pg_restore of the dump in one transaction into the schema it was taken from, in the database of `url`. That schema
 * must hold no tables; when it exists (empty), the dump's CREATE SCHEMA is left out.
 */
async function restorePostgres(url: string, dump: string, schema: string): Promise<void> {
  const shown = maskDatabaseUrl(url);
  const searchPath = await pgSearchPath(url);
  if (!searchPath.includes(schema)) {
    throw new BackupError(
      `The backup's tables are in the schema ${schema}, but DATABASE_URL's search_path is ${searchPath.join(', ')}: ` +
        `add ?options=-c%20search_path%3D${schema} to it; nothing was changed.`,
    );
  }
  const withSchema = new URL(url);
  withSchema.searchParams.set('options', `-c search_path=${schema}`);
  const found = await pgSchemaOf(withSchema.toString()).catch((error: unknown) => {
    if (error instanceof BackupError && /has no schema/.test(error.message)) return undefined;
    throw error;
  });
  if (found !== undefined && found.tables > 0) {
    throw new BackupError(
      `The schema ${schema} of ${shown} holds ${found.tables} tables: restore into an empty database; nothing was changed.`,
    );
  }
  const args = ['--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges', `--dbname=${libpqUrl(url)}`];
  if (found !== undefined) {
    // The schema is there already: restore every entry of the dump but its CREATE SCHEMA.
    const { stdout } = await run('pg_restore', ['--list', dump]);
    const list = join(dirname(dump), 'restore.list');
    await writeFile(
      list,
      stdout
        .split('\n')
        .filter((line) => !/^\d+; \d+ \d+ SCHEMA - /.test(line))
        .join('\n'),
    );
    args.push(`--use-list=${list}`);
  }
  try {
    await run('pg_restore', [...args, dump]);
  } catch (error) {
    throw new BackupError(`pg_restore into ${shown} failed, nothing was restored: ${toolError(error)}`);
  }
}

/** Moves the staged images into `mediaDir` (empty or missing): a rename on one disk, a copy across disks. */
async function moveMedia(from: string, mediaDir: string): Promise<void> {
  if (!(await exists(from))) return;
  await mkdir(dirname(mediaDir), { recursive: true });
  await rmdir(mediaDir).catch(() => {}); // an empty folder only
  try {
    await rename(from, mediaDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
    await cp(from, mediaDir, { recursive: true, errorOnExist: true, force: false });
  }
}

async function isEmptyOrMissing(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}
