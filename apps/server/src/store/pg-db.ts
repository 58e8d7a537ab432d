// What the parts of the PostgreSQL store share: the pool's type parsing and transactions on one client.
import { userInfo } from 'node:os';
import pg from 'pg';
import type { CustomTypesConfig, Pool, PoolClient } from 'pg';

/**
 * Values as the SQLite store returns them: `bigint` (COUNT, SUM, ids, counters) as a number, not a string, and
 * `date` as its YYYY-MM-DD text, not a Date at local midnight. Everything else as pg parses it (timestamptz as a
 * Date, jsonb parsed, boolean as boolean).
 */
export const PG_TYPES: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === pg.types.builtins.INT8 && format !== 'binary') return parseBigint;
    if (oid === pg.types.builtins.DATE && format !== 'binary') return (value: string) => value;
    return pg.types.getTypeParser(oid, format);
  }) as CustomTypesConfig['getTypeParser'],
};

function parseBigint(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new RangeError(`The PostgreSQL bigint ${value} does not fit a JavaScript number.`);
  return number;
}

/**
 * Runs `work` in a transaction on one client of the pool: BEGIN, then COMMIT when it resolves, ROLLBACK (and
 * its error) when it throws, so that either all of its writes are stored or none.
 */
export async function transaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch (rollbackError) {
      // The connection is unusable: the pool must not hand it out again.
      broken = rollbackError as Error;
    }
    throw error;
  } finally {
    client.release(broken);
  }
}

/** `url` with its password (in the user info or a `password` parameter) replaced by `***`, for messages and logs. */
export function maskDatabaseUrl(url: string): string {
  if (!URL.canParse(url)) return url.replace(/\/\/[^/@]*@/, '//***@');
  const parsed = new URL(url);
  if (parsed.password !== '') parsed.password = '***';
  if (parsed.searchParams.has('password')) parsed.searchParams.set('password', '***');
  return parsed.toString();
}

/**
 * `url` with the operating system's user name when it names no user and PGUSER is not set: psql and the other libpq
 * clients connect as that user, while pg would send none (or $USER, which a service manager may not set).
 */
export function withDefaultUser(url: string, env: NodeJS.ProcessEnv = process.env): string {
  if (!URL.canParse(url) || env.PGUSER) return url;
  const parsed = new URL(url);
  if (parsed.username !== '' || parsed.searchParams.has('user')) return url;
  parsed.username = encodeURIComponent(env.USER || userInfo().username);
  return parsed.toString();
}
