// `npm run backup [-- --dir DIR]`: writes a backup of the configured store (DATABASE_URL, or the SQLite file in
// DATA_DIR) and of MEDIA_DIR into BACKUP_DIR (or DIR) while the server runs.
// `npm run restore -- FILE`: restores the backup FILE into an empty DATA_DIR (and MEDIA_DIR), or with DATABASE_URL
// into a database whose schema holds no tables, after checking the archive.
// Relative paths are taken from the folder npm was started in. Errors are one line on stderr, exit status 1.
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { BackupError, createBackup, restoreBackup } from './index.js';

const USAGE = 'Usage: npm run backup [-- --dir DIR] | npm run restore -- FILE';

async function main(argv: string[]): Promise<number> {
  // npm runs workspace scripts in the workspace's folder: read paths as the user wrote them, from where npm started.
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { dir: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  try {
    const config = loadConfig();
    if (command === 'backup' && rest.length === 0) {
      const dir = parsed.values.dir ?? config.backup.dir;
      const { file, sha256, bytes, manifest } = await createBackup(config, dir);
      console.log(`Backup written: ${shortPath(file)} (${bytes} bytes, ${manifest.files.length} files, SHA-256 ${sha256}).`);
      return 0;
    }
    if (command === 'restore' && rest.length === 1 && parsed.values.dir === undefined) {
      const manifest = await restoreBackup(rest[0], config);
      const where = manifest.database.kind === 'sqlite' ? config.dataDir : `schema ${manifest.database.schema} of DATABASE_URL`;
      console.log(`Restored the backup of ${manifest.createdAt} (schema version ${manifest.database.schemaVersion}) into ${where}.`);
      return 0;
    }
  } catch (error) {
    console.error(error instanceof BackupError ? error.message : `Failed: ${(error as Error).message}`.replace(/\s*\n\s*/g, ' '));
    return 1;
  }
  console.error(USAGE);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));

/** `path` relative to the current folder when it lies inside it, else as it is. */
function shortPath(path: string): string {
  const short = relative(process.cwd(), path);
  return short === '' || short.startsWith('..') ? path : short;
}
