// A real server for the newsroom API tests, on a store of the given backend (SQLite or PostgreSQL), with a
// settable clock, the demo categories, and three accounts: two editors and an admin; with `siteEditors`, also two
// member sites (`site-a`, `site-b`) and the site editor of each.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { addUser } from '../src/auth/users.js';
import { loadConfig, type Config } from '../src/config.js';
import { DEMO_CATEGORIES } from '../src/seed/index.js';
import type { Store } from '../src/store/types.js';
import { Clock, freePort, login, PASSWORD } from './auth-support.js';
import type { StoreBackend } from './pg-support.js';

export { Clock, PASSWORD };

export type Who = 'anonymous' | 'editor' | 'editor2' | 'admin' | 'siteA' | 'siteB';

/** The member sites of the site editors `siteA` and `siteB`. */
export const SITE_A = 'site-a';
export const SITE_B = 'site-b';

export interface NewsroomServer {
  app: FastifyInstance;
  config: Config;
  store: Store;
  clock: Clock;
  origin: string;
  url(path: string): string;
  /** A JSON request (or bytes, with their content-type in `headers`) as `who` (with the session cookie), from the portal's own origin unless `headers` say otherwise. */
  call(who: Who, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiAnswer>;
  /** The `cookie` header of `who`'s session (signing in first if needed), for requests made without call(). */
  cookie(who: Exclude<Who, 'anonymous'>): Promise<string>;
  /** Moves the clock on by `ms`; sessions idle that long have expired, so each account signs in again on its next call. */
  advance(ms: number): void;
  close(): Promise<void>;
}

export interface ApiAnswer {
  status: number;
  headers: Headers;
  // Answers are read as JSON; tests check their shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** `siteEditors` adds a site editor per member site; `env` adds to (or overrides) the server's environment, such as an EMBED_DIR with bundles. */
export async function startNewsroomServer(
  backend: StoreBackend,
  { siteEditors = false, env = {} }: { siteEditors?: boolean; env?: Record<string, string> } = {},
): Promise<NewsroomServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // Uploaded images go to a folder of this server's own, removed when it closes.
  const mediaDir = await mkdtemp(join(tmpdir(), 'ap-media-'));
  const config = loadConfig({ LOG_LEVEL: 'silent', EMBED_DIR: '/nonexistent', PUBLIC_URL: origin, MEDIA_DIR: mediaDir, ...env });
  const store = await backend.open();
  const clock = new Clock(new Date('2026-12-01T02:00:00Z').getTime());
  for (const { slug, name } of DEMO_CATEGORIES) await store.upsertCategory({ slug, name });
  const accounts: { username: string; displayName: string; role: string; siteId?: string }[] = [
    { username: 'bientap', displayName: 'Nguyễn Văn Biên', role: 'editor' },
    { username: 'bientap2', displayName: 'Trần Thị Tập', role: 'editor' },
    { username: 'quantri', displayName: 'Lê Quản Trị', role: 'admin' },
  ];
  if (siteEditors) {
    for (const [id, username] of [
      [SITE_A, 'trang-a'],
      [SITE_B, 'trang-b'],
    ]) {
      await store.upsertStatsSite({ id, origins: [`https://${id}.example.vn`], timeZone: 'Asia/Ho_Chi_Minh' });
      accounts.push({ username, displayName: `Quản trị ${id}`, role: 'site-editor', siteId: id });
    }
  }
  for (const account of accounts) await addUser(store, { ...account, password: PASSWORD }, clock.now());
  const app = buildApp(config, store, { now: clock.now });
  await app.listen({ port, host: '127.0.0.1' });
  const server = { app, config, store, clock, origin, url: (path: string) => origin + path };

  const sessions: Partial<Record<Who, string>> = {};
  const names: Record<Exclude<Who, 'anonymous'>, string> = {
    editor: 'bientap',
    editor2: 'bientap2',
    admin: 'quantri',
    siteA: 'trang-a',
    siteB: 'trang-b',
  };
  const sessionOf = async (who: Exclude<Who, 'anonymous'>) => {
    sessions[who] ??= (await login({ ...server, logs: [], close: async () => {} }, names[who], PASSWORD)).session;
    return sessions[who];
  };

  return {
    ...server,
    async call(who, method, path, body, headers = {}) {
      const cookie = who === 'anonymous' ? undefined : await sessionOf(who);
      const response = await fetch(server.url(path), {
        method,
        headers: {
          origin,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(cookie ? { cookie: `ap_session=${cookie}` } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
      });
      const text = await response.text();
      return {
        status: response.status,
        headers: response.headers,
        body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
      };
    },
    async cookie(who) {
      return `ap_session=${await sessionOf(who)}`;
    },
    advance(ms) {
      clock.advance(ms);
      for (const who of Object.keys(sessions) as Who[]) delete sessions[who];
    },
    async close() {
      // The app closes the store.
      await app.close();
      await rm(mediaDir, { recursive: true, force: true });
    },
  };
}

/**
 * Sends each request anonymously and as an editor, and asserts the admin-only answers: `401 unauthenticated`, then
 * `403 forbidden`, each `Cache-Control: no-store`.
 */
export async function assertAdminOnly(server: NewsroomServer, routes: [string, string, unknown?][]): Promise<void> {
  for (const who of ['anonymous', 'editor'] as Who[]) {
    for (const [method, path, body] of routes) {
      const answer = await server.call(who, method, path, body);
      assert.equal(answer.status, who === 'anonymous' ? 401 : 403, `${who} ${method} ${path}`);
      assert.equal(answer.body.error.code, who === 'anonymous' ? 'unauthenticated' : 'forbidden');
      assert.equal(answer.headers.get('cache-control'), 'no-store');
    }
  }
}

/** Another site, for the Origin check. */
export const EVIL = 'https://evil.example';

/**
 * Sends each write as an admin from another site (`Origin: https://evil.example`, and `Origin: null` as a sandboxed
 * frame sends) and asserts that every one is refused with `403 forbidden_origin`.
 */
export async function assertForgedWritesRefused(server: NewsroomServer, writes: [string, string, unknown?][]): Promise<void> {
  for (const [method, path, body] of writes) {
    for (const headers of [{ origin: EVIL }, { origin: 'null' }]) {
      const answer = await server.call('admin', method, path, body, headers);
      assert.equal(answer.status, 403, `${method} ${path} ${headers.origin}`);
      assert.equal(answer.body.error.code, 'forbidden_origin');
    }
  }
}
