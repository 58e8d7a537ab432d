// The store backends the store suite runs on: always SQLite (a file in a temporary folder), and PostgreSQL (a
// fresh schema per store, dropped afterwards) when TEST_DATABASE_URL's server is reachable. When it is not, the
// PostgreSQL runs are registered as skipped, with the reason, and one line says so.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { openStore } from '../src/store/index.js';
import { maskDatabaseUrl, PG_TYPES, withDefaultUser } from '../src/store/pg-db.js';
import { openPgStore } from '../src/store/pg.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/types.js';
import { sayOnce } from './say-once.js';

/** The PostgreSQL database the tests use (each test store in a schema of its own): env TEST_DATABASE_URL. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || 'postgres://127.0.0.1:5432/test';

/** Where TEST_DATABASE_URL points, for messages: host and port. */
const SERVER = URL.canParse(TEST_DATABASE_URL)
  ? `${new URL(TEST_DATABASE_URL).hostname}:${new URL(TEST_DATABASE_URL).port || '5432'}`
  : maskDatabaseUrl(TEST_DATABASE_URL);

/** A client on `url` (the operating system's user when the URL names none, as psql does). */
function client(url: string, connectionTimeoutMillis = 10_000) {
  return new pg.Client({ connectionString: withDefaultUser(url), connectionTimeoutMillis, types: PG_TYPES });
}

/** Runs `work` on a new connection to `url`, closed afterwards. */
async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const connection = client(url);
  await connection.connect();
  try {
    return await work(connection);
  } finally {
    await connection.end();
  }
}

let available: Promise<boolean> | undefined;

/** Whether TEST_DATABASE_URL accepts a connection within 2 s (asked once per process). */
export function pgAvailable(): Promise<boolean> {
  available ??= (async () => {
    const connection = client(TEST_DATABASE_URL, 2000);
    try {
      await connection.connect();
      await connection.query('SELECT 1');
      return true;
    } catch {
      return false;
    } finally {
      await connection.end().catch(() => {});
    }
  })();
  return available;
}

/**
 * Creates an empty schema `ap_test_<random>` in TEST_DATABASE_URL's database and returns a DATABASE_URL that selects
 * it (`options=-c search_path=<schema>`), and `drop()`, which drops the schema with everything in it.
 */
export async function createPgSchema(): Promise<{ url: string; schema: string; drop(): Promise<void> }> {
  const schema = `ap_test_${randomBytes(6).toString('hex')}`;
  await withClient(TEST_DATABASE_URL, (connection) => connection.query(`CREATE SCHEMA ${schema}`));
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    schema,
    drop: () => withClient(TEST_DATABASE_URL, (connection) => connection.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)).then(() => {}),
  };
}

/** Rows of `sql` on the database at `url`, on a connection of their own. */
export function pgRows(url: string, sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  return withClient(url, async (connection) => (await connection.query(sql, params)).rows);
}

export interface StoreBackend {
  name: 'SQLite' | 'PostgreSQL';
  /** Why this backend's tests are skipped here; undefined when they run. */
  skip: string | undefined;
  /** A new, empty, migrated store of its own (a file in a new folder, or a new schema); closing it removes that. */
  open(): Promise<Store>;
  /** Another store on the database of `store`, as a second server would open it. Close it before `store`. */
  openAgain(store: Store): Promise<Store>;
  /** The rows of a query (SQL both databases understand) on the database of `store`, read on a connection of their own. */
  rows(store: Store, sql: string): Promise<Record<string, unknown>[]>;
  /** Runs statements (SQL both databases understand) on the database of `store`, as another program would (foreign keys on). */
  exec(store: Store, sql: string): Promise<void>;
}

/** Where each open test store lives: its SQLite file or its DATABASE_URL. */
const locations = new WeakMap<Store, { file: string } | { url: string }>();

function locate(store: Store) {
  const location = locations.get(store);
  if (location === undefined) throw new Error('This store was not opened by a StoreBackend.');
  return location;
}

const sqlite: StoreBackend = {
  name: 'SQLite',
  skip: undefined,
  async open() {
    const dir = await mkdtemp(join(tmpdir(), 'ap-store-'));
    const file = join(dir, 'portal.db');
    const store = openSqliteStore(file);
    const own: Store = {
      ...store,
      async close() {
        await store.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
    locations.set(own, { file });
    return own;
  },
  async openAgain(store) {
    const { file } = locate(store) as { file: string };
    const again = openSqliteStore(file);
    locations.set(again, { file });
    return again;
  },
  async rows(store, sql) {
    const db = new Database((locate(store) as { file: string }).file, { readonly: true });
    try {
      return db.prepare(sql).all() as Record<string, unknown>[];
    } finally {
      db.close();
    }
  },
  async exec(store, sql) {
    const db = new Database((locate(store) as { file: string }).file, { timeout: 5000 });
    try {
      db.pragma('foreign_keys = ON');
      db.exec(sql);
    } finally {
      db.close();
    }
  },
};

function postgres(skip: string | undefined): StoreBackend {
  return {
    name: 'PostgreSQL',
    skip,
    async open() {
      const { url, drop } = await createPgSchema();
      let store: Store;
      try {
        store = await openPgStore(url);
      } catch (error) {
        await drop();
        throw error;
      }
      const own: Store = {
        ...store,
        async close() {
          await store.close();
          await drop();
        },
      };
      locations.set(own, { url });
      return own;
    },
    async openAgain(store) {
      const { url } = locate(store) as { url: string };
      const again = await openPgStore(url);
      locations.set(again, { url });
      return again;
    },
    rows: (store, sql) => pgRows((locate(store) as { url: string }).url, sql),
    exec: async (store, sql) => void (await pgRows((locate(store) as { url: string }).url, sql)),
  };
}

let pgSkipReason: Promise<string | undefined> | undefined;

/**
 * Why the PostgreSQL tests are skipped (TEST_DATABASE_URL's server is not reachable), or undefined when they run.
 * The first call in a test run prints one line saying so.
 */
/**
 * A new, empty database of `backend` for the command line's tests: the environment that names it (`DATA_DIR` or
 * `DATABASE_URL`), a store opened on it for one piece of work at a time (as another process would), and its removal.
 */
export async function commandLineDatabase(backend: StoreBackend) {
  let env: Record<string, string>;
  let remove: () => Promise<void>;
  if (backend.name === 'SQLite') {
    const dir = await mkdtemp(join(tmpdir(), 'ap-cli-'));
    env = { DATA_DIR: dir };
    remove = () => rm(dir, { recursive: true, force: true });
  } else {
    const schema = await createPgSchema();
    env = { DATABASE_URL: schema.url };
    remove = schema.drop;
  }
  return {
    env,
    remove,
    async withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
      const store = await openStore(loadConfig({ LOG_LEVEL: 'silent', ...env }));
      try {
        return await work(store);
      } finally {
        await store.close();
      }
    },
  };
}

export function pgSkip(): Promise<string | undefined> {
  pgSkipReason ??= pgAvailable().then((up) => {
    if (up) return undefined;
    const reason = `PostgreSQL at ${SERVER} is not reachable: the PostgreSQL runs of the store suite and the two-instance tests are skipped`;
    sayOnce('postgres', `${reason} (set TEST_DATABASE_URL to use another server)`);
    return reason;
  });
  return pgSkipReason;
}

/** The backends to run the store suite on: SQLite, and PostgreSQL (skipped, with the reason, when not reachable). */
export async function storeBackends(): Promise<StoreBackend[]> {
  return [sqlite, postgres(await pgSkip())];
}

/** What a suite body registers its tests and hooks with. */
export interface SuiteApi {
  test: (name: string, fn: () => void | Promise<void>) => void;
  before: (fn: () => unknown) => void;
  after: (fn: () => unknown) => void;
  beforeEach: (fn: () => unknown) => void;
  afterEach: (fn: () => unknown) => void;
}

/**
 * `describe(`${name}: ${title}`)` with `body` registering its tests through `api`. When `skip` is set, every test is
 * still registered, as skipped with that reason, and no hook runs.
 */
export function describeWith(name: string, skip: string | undefined, title: string, body: (api: SuiteApi) => void): void {
  describe(`${name}: ${title}`, () => {
    if (skip === undefined) {
      body({
        test: (testName, fn) => void test(testName, fn),
        before: (fn) => before(fn),
        after: (fn) => after(fn),
        beforeEach: (fn) => beforeEach(fn),
        afterEach: (fn) => afterEach(fn),
      });
      return;
    }
    const none = () => {};
    body({ test: (testName) => void test(testName, { skip }, none), before: none, after: none, beforeEach: none, afterEach: none });
  });
}

/** describeWith for one backend of storeBackends(). */
export function describeStore(backend: StoreBackend, title: string, body: (api: SuiteApi) => void): void {
  describeWith(backend.name, backend.skip, title, body);
}
