// Backups of the portal (see the Backups section of the README): createBackup and restoreBackup for the command line
// (cli.ts), and the daily backup the server schedules itself.
import pg from 'pg';
import type { Config } from '../config.js';
import { withDefaultUser } from '../store/pg-db.js';
import { createBackup } from './backup.js';
import { BackupScheduler, type BackupSchedulerOptions } from './schedule.js';

export { createBackup, BackupError } from './backup.js';
export { restoreBackup } from './restore.js';
export { pruneBackups, type BackupScheduler } from './schedule.js';

/** How long the instance that claimed a scheduled backup keeps the claim: longer than clocks of instances disagree. */
const CLAIM_MS = 30 * 60_000;
/** The class (first key) of the advisory locks that claim scheduled backups, beside the migrations' "ap_m". */
const BACKUP_LOCK_CLASS = 0x61705f62; // "ap_b"

/**
 * The daily backup of BACKUP_SCHEDULE, when set, in this server process (call start()). With several instances one takes
 * each backup: the one that claims it first, in Redis when REDIS_URL is set, else by a PostgreSQL advisory lock held
 * for half an hour.
 */
export function backupSchedule(
  config: Config,
  log: BackupSchedulerOptions['log'],
  redisClaim?: (key: string, ms: number) => Promise<boolean>,
): BackupScheduler | undefined {
  const settings = config.backup;
  if (settings.schedule === undefined) return undefined;
  const { databaseUrl } = config;
  const claim = redisClaim
    ? (key: string) => redisClaim(key, CLAIM_MS)
    : databaseUrl !== undefined
      ? (key: string) => pgClaim(databaseUrl, key)
      : undefined;
  return new BackupScheduler(
    { ...settings, schedule: settings.schedule },
    { backup: async (at) => (await createBackup(config, settings.dir, at)).file, claim, log },
  );
}

/**
 * True when this instance holds the advisory lock of `key` in the portal's database: the lock is kept, on a
 * connection of its own, for CLAIM_MS, so instances that try a little later (their clocks differ) do not get it.
 */
export async function pgClaim(url: string, key: string, ms = CLAIM_MS): Promise<boolean> {
  const client = new pg.Client({ connectionString: withDefaultUser(url), connectionTimeoutMillis: 10_000 });
  await client.connect();
  client.on('error', () => {}); // a dropped connection only ends the claim early
  const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, hashtext(current_schema() || $2)) AS locked', [
    BACKUP_LOCK_CLASS,
    `:${key}`,
  ]);
  if (!rows[0].locked) {
    await client.end();
    return false;
  }
  setTimeout(() => void client.end().catch(() => {}), ms).unref();
  return true;
}
