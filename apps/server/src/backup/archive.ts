// What a backup archive holds and how its checksums are made. An archive `portal-<UTC time>.tar.gz` holds
// `manifest.json` (first), the database (`database/portal.db`, a SQLite file, or `database/portal.pgdump`, a
// pg_dump archive in custom format) and the uploaded images under `media/`. The manifest lists every other file with
// its size and SHA-256; `<archive>.sha256` beside it holds the SHA-256 of the whole archive, as `sha256sum` writes it.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';

export const MANIFEST = 'manifest.json';
export const MANIFEST_FORMAT = 'agency-portal-backup/1';
export const SQLITE_ENTRY = 'database/portal.db';
export const PG_ENTRY = 'database/portal.pgdump';
export const MEDIA_FOLDER = 'media';

export interface ManifestFile {
  /** Path inside the archive, with `/` separators. */
  path: string;
  size: number;
  sha256: string;
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  /** When the backup was taken (ISO 8601, UTC). */
  createdAt: string;
  database:
    | { kind: 'sqlite'; schemaVersion: number }
    /** `schema`: the PostgreSQL schema the tables were in; a restore puts them in a schema of that name. */
    | { kind: 'postgresql'; schemaVersion: number; schema: string };
  files: ManifestFile[];
}

/** `portal-2026-12-04T10-00-00Z.tar.gz`: the archive name of a backup taken at `at` (UTC, to the second). */
export function archiveName(at: Date): string {
  return `portal-${at.toISOString().slice(0, 19).replaceAll(':', '-')}Z.tar.gz`;
}

const ARCHIVE_NAME = /^portal-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.tar\.gz$/;

/** When the backup named `name` was taken, or undefined when `name` is not an archive name. */
export function archiveTime(name: string): Date | undefined {
  const match = ARCHIVE_NAME.exec(name);
  if (!match) return undefined;
  const at = new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`);
  return Number.isNaN(at.getTime()) ? undefined : at;
}

/** The SHA-256 of a file, in hex. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/** The line `sha256sum` writes for `name`, so that `sha256sum -c <archive>.sha256` checks the archive too. */
export function checksumLine(sha256: string, name: string): string {
  return `${sha256}  ${name}\n`;
}

/** Every regular file under `dir`, as paths relative to it with `/` separators, sorted. Missing `dir`: none. */
export async function listFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
