import { join } from 'node:path';
import type { Config } from '../config.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './types.js';

export type * from './types.js';

/** The SQLite file inside DATA_DIR. */
export const SQLITE_FILE = 'portal.db';

/** Opens the configured store: the SQLite file `${DATA_DIR}/portal.db`, created and migrated as needed. */
export async function openStore(config: Pick<Config, 'dataDir' | 'databaseUrl'>): Promise<Store> {
  if (config.databaseUrl !== undefined) {
    throw new Error(
      'DATABASE_URL is set, but the PostgreSQL store is not available in this version of the server. ' +
        `Unset DATABASE_URL to use the SQLite file in DATA_DIR (${config.dataDir}).`,
    );
  }
  return openSqliteStore(join(config.dataDir, SQLITE_FILE));
}
