// The scheduled backup the server takes by itself, and the retention that prunes old archives: keep the newest backup
// of each of the last BACKUP_KEEP_DAILY days that have one and of each of the last BACKUP_KEEP_WEEKLY weeks (Monday
// start), days and weeks in the portal's time zone.
import { readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { dayIn, DEFAULT_TIME_ZONE, weekStart } from '../stats/clock.js';
import { archiveTime } from './archive.js';

export interface BackupSettings {
  /** Absolute path of the folder the archives go to (BACKUP_DIR, `./backups` by default). */
  dir: string;
  /** The time of day of the scheduled backup (BACKUP_SCHEDULE, `HH:MM` in the portal's time zone); none when unset. */
  schedule: { hour: number; minute: number } | undefined;
  keepDaily: number;
  keepWeekly: number;
  timeZone: string;
}

/** Reads BACKUP_DIR, BACKUP_SCHEDULE, BACKUP_KEEP_DAILY and BACKUP_KEEP_WEEKLY; throws naming the variable on a bad value. */
export function loadBackupSettings(env: NodeJS.ProcessEnv = process.env): BackupSettings {
  const read = (name: string) => env[name]?.trim() || undefined;
  const scheduleText = read('BACKUP_SCHEDULE');
  let schedule: BackupSettings['schedule'];
  if (scheduleText !== undefined && scheduleText !== 'off') {
    const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(scheduleText);
    if (!match)
      throw new Error(`BACKUP_SCHEDULE must be a time of day such as 02:30 (24-hour, ${DEFAULT_TIME_ZONE}) or off; got "${scheduleText}".`);
    schedule = { hour: Number(match[1]), minute: Number(match[2]) };
  }
  return {
    dir: resolve(read('BACKUP_DIR') ?? './backups'),
    schedule,
    keepDaily: count('BACKUP_KEEP_DAILY', read('BACKUP_KEEP_DAILY') ?? '7'),
    keepWeekly: count('BACKUP_KEEP_WEEKLY', read('BACKUP_KEEP_WEEKLY') ?? '4'),
    timeZone: DEFAULT_TIME_ZONE,
  };
}

function count(name: string, value: string): number {
  if (!/^\d{1,4}$/.test(value)) throw new Error(`${name} must be a whole number from 0 to 9999; got "${value}".`);
  return Number(value);
}

/**
 * The archive names among `names` that retention deletes: all but the newest of each of the newest `keepDaily` days
 * and the newest of each of the newest `keepWeekly` weeks. Names that are not archive names are never listed.
 */
export function expiredBackups(
  names: string[],
  { keepDaily, keepWeekly, timeZone }: Pick<BackupSettings, 'keepDaily' | 'keepWeekly' | 'timeZone'>,
): string[] {
  const archives = names
    .map((name) => ({ name, at: archiveTime(name) }))
    .filter((archive): archive is { name: string; at: Date } => archive.at !== undefined)
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  const kept = new Set<string>();
  const keepNewestPer = (period: (day: string) => string, limit: number) => {
    const seen = new Set<string>();
    for (const { name, at } of archives) {
      const key = period(dayIn(timeZone, at.getTime()));
      if (seen.has(key)) continue;
      if (seen.size === limit) break;
      seen.add(key);
      kept.add(name);
    }
  };
  keepNewestPer((day) => day, keepDaily);
  keepNewestPer(weekStart, keepWeekly);
  return archives.filter(({ name }) => !kept.has(name)).map(({ name }) => name);
}

/** Deletes the archives of `dir` that retention expires, with their `.sha256`; returns their names. */
export async function pruneBackups(settings: BackupSettings): Promise<string[]> {
  const expired = expiredBackups(await readdir(settings.dir), settings);
  for (const name of expired) {
    await rm(join(settings.dir, name), { force: true });
    await rm(join(settings.dir, `${name}.sha256`), { force: true });
  }
  return expired;
}

/** The first instant after `after` whose time of day in `timeZone` is `hour:minute`. */
export function nextRun(after: Date, { hour, minute }: { hour: number; minute: number }, timeZone: string): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(after)
      .map(({ type, value }) => [type, Number(value)]),
  );
  const now = parts.hour * 60 + parts.minute;
  const wait = (hour * 60 + minute - now + 1440) % 1440 || 1440;
  const start = Math.floor(after.getTime() / 60_000) * 60_000;
  return new Date(start + wait * 60_000);
}

export interface BackupSchedulerOptions {
  /** Takes one backup at `at`; returns the archive's path. */
  backup: (at: Date) => Promise<string>;
  /**
   * With several instances: true when this instance takes the backup of the slot `key` (one scheduled time), false
   * when another one does. Without it, every run takes its backup.
   */
  claim?: (key: string) => Promise<boolean>;
  log: { info(message: string): void; error(message: string): void };
  now?: () => Date;
}

/** Takes a backup at the scheduled time every day, then prunes by retention. */
export class BackupScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly now: () => Date;

  constructor(
    private readonly settings: BackupSettings & { schedule: NonNullable<BackupSettings['schedule']> },
    private readonly options: BackupSchedulerOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  start(): void {
    const at = nextRun(this.now(), this.settings.schedule, this.settings.timeZone);
    this.timer = setTimeout(() => {
      this.running = this.runOnce(at).finally(() => {
        this.running = undefined;
        if (this.timer !== undefined) this.start();
      });
    }, at.getTime() - this.now().getTime());
    this.timer.unref();
  }

  /** Stops scheduling; waits for a backup under way. */
  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** The scheduled backup of the slot `slot` (its planned time): claimed, taken, then the old archives pruned. */
  async runOnce(slot: Date): Promise<void> {
    const { log, claim, backup } = this.options;
    try {
      if (claim !== undefined && !(await claim(`backup:${slot.toISOString()}`))) {
        log.info(`Scheduled backup of ${slot.toISOString()} skipped: another instance takes it.`);
        return;
      }
      const file = await backup(this.now());
      const pruned = await pruneBackups(this.settings);
      log.info(`Scheduled backup written to ${file}${pruned.length > 0 ? `; retention deleted ${pruned.join(', ')}` : ''}.`);
    } catch (error) {
      log.error(`Scheduled backup failed: ${(error as Error).message}`);
    }
  }
}
