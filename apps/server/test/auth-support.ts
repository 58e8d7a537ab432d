import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { addUser } from '../src/auth/users.js';
import { loadConfig, type Config } from '../src/config.js';
import { openStore, type Store } from '../src/store/index.js';
import { freePort } from '../../../scripts/free-port.mjs';

export const PASSWORD = 'ngựa-pin-kẹp-giấy đúng';

export { freePort };

/** A settable clock for expiry and throttling tests. */
export class Clock {
  constructor(public time = new Date('2026-03-02T01:00:00Z').getTime()) {}
  now = () => new Date(this.time);
  advance(ms: number) {
    this.time += ms;
  }
}

export interface AuthServer {
  app: FastifyInstance;
  config: Config;
  store: Store;
  clock: Clock;
  /** Every line the server logged. */
  logs: string[];
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * The real app on a free port with an empty SQLite store in a temporary DATA_DIR, a settable clock, the log
 * kept in memory, and one editor "bien-tap" whose password is PASSWORD.
 */
export async function startAuthServer(env: Record<string, string> = {}): Promise<AuthServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ap-auth-'));
  // The port is picked first, so that PUBLIC_URL (the portal's own, allowed origin) is the server's real origin.
  const port = await freePort();
  const config = loadConfig({ LOG_LEVEL: 'info', DATA_DIR: dataDir, EMBED_DIR: dataDir, PUBLIC_URL: `http://127.0.0.1:${port}`, ...env });
  const store = await openStore(config);
  const clock = new Clock();
  const logs: string[] = [];
  await addUser(store, { username: 'Bien-Tap', displayName: 'Biên tập viên', role: 'editor', password: PASSWORD }, clock.now());
  const app = buildApp(config, store, { now: clock.now, logStream: { write: (line) => void logs.push(line) } });
  await app.listen({ port, host: '127.0.0.1' });
  const origin = `http://127.0.0.1:${port}`;
  return {
    app,
    config,
    store,
    clock,
    logs,
    origin,
    url: (path) => origin + path,
    async close() {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface LoginResult {
  response: Response;
  body: {
    user?: { username: string; displayName: string; role: string } | null;
    error?: { code: string; message: string; retryAfter?: number };
  };
  /** The session cookie's value from Set-Cookie, if one was set. */
  session: string | undefined;
}

/** The session cookie set by `response` (name=value), if any. */
export function sessionCookie(response: Response, name = 'ap_session'): string | undefined {
  const header = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`));
  const value = header?.split(';')[0].slice(name.length + 1);
  return value ? value : undefined;
}

export async function login(
  server: AuthServer,
  username: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<LoginResult> {
  const response = await fetch(server.url('/api/v1/auth/login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.origin, ...headers },
    body: JSON.stringify({ username, password }),
  });
  return { response, body: (await response.json()) as LoginResult['body'], session: sessionCookie(response) };
}

export async function me(server: AuthServer, session: string | undefined, headers: Record<string, string> = {}) {
  const response = await fetch(server.url('/api/v1/auth/me'), {
    headers: { ...(session ? { cookie: `ap_session=${session}` } : {}), ...headers },
  });
  return { response, body: (await response.json()) as { user: { username: string } | null; cookies: boolean } };
}
