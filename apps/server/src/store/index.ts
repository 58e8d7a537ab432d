import { join } from 'node:path';
import type { Config } from '../config.js';
import { maskDatabaseUrl } from './pg-db.js';
import { openPgStore } from './pg.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './types.js';

export type * from './types.js';

/** The SQLite file inside DATA_DIR. */
export const SQLITE_FILE = 'portal.db';

/**
 * Opens the configured store, created and migrated as needed: the PostgreSQL database of DATABASE_URL when it is
 * set, otherwise the SQLite file `${DATA_DIR}/portal.db`.
 */
export async function openStore(config: Pick<Config, 'dataDir' | 'databaseUrl'>): Promise<Store> {
  if (config.databaseUrl !== undefined) return openPgStore(config.databaseUrl);
  return openSqliteStore(join(config.dataDir, SQLITE_FILE));
}

/** Which store `openStore(config)` opens, for messages: the SQLite file, or the PostgreSQL URL with its password masked. */
export function describeStore(config: Pick<Config, 'dataDir' | 'databaseUrl'>): string {
  return config.databaseUrl !== undefined ? `PostgreSQL ${maskDatabaseUrl(config.databaseUrl)}` : join(config.dataDir, SQLITE_FILE);
}
