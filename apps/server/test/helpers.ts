import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { seedDemoContent } from '../src/seed/index.js';
import { openStore, type Store } from '../src/store/index.js';

/** A person's browser: the statistics count people only, and headless engines and scripts are bots to them. */
export const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';

export const ENTRY_SOURCE = 'export const entry = "pagination";\n';
export const CHUNK_SOURCE = 'export const chunk = "x";\n';

export interface TestServer {
  app: FastifyInstance;
  config: Config;
  /** The server's store (closed by `close()`), for checks behind the API's back. */
  store: Store;
  /** Absolute URL of `path` on the running server. */
  url(path: string): string;
  /** Closes the server and its store and removes the temporary folders. */
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** The server's clock (view counting takes the day from it); the real time by default. */
  now?: () => Date;
  /** Runs before the server listens, e.g. to add routes a test needs. */
  beforeListen?: (app: FastifyInstance) => void;
  /** Seed the demo content (the default), or start with an empty store. */
  seed?: boolean;
}

/**
 * Starts the real server on a free port with a SQLite store in a temporary DATA_DIR, seeded with the demo
 * content (unless `seed: false`), and a temporary embed folder holding `pagination.js` and
 * `chunks/x-abc123.js` (unless EMBED_DIR is given). `env` is read like the process environment.
 */
export async function startServer(
  env: Record<string, string> = {},
  { now, beforeListen, seed = true }: TestServerOptions = {},
): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ap-data-'));
  const embedDir = await mkdtemp(join(tmpdir(), 'ap-embed-'));
  await mkdir(join(embedDir, 'chunks'));
  await writeFile(join(embedDir, 'pagination.js'), ENTRY_SOURCE);
  await writeFile(join(embedDir, 'chunks', 'x-abc123.js'), CHUNK_SOURCE);
  const removeDirs = () => Promise.all([dataDir, embedDir].map((dir) => rm(dir, { recursive: true, force: true })));

  const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir, EMBED_DIR: embedDir, ...env });
  const store = await openStore(config);
  let app: FastifyInstance | undefined;
  try {
    if (seed) await seedDemoContent(store, () => {}, config);
    app = buildApp(config, store, { now });
    beforeListen?.(app);
    await app.listen({ port: 0, host: '127.0.0.1' });
  } catch (error) {
    // The app closes the store when it closes.
    await (app ? app.close() : store.close());
    await removeDirs();
    throw error;
  }
  const server = app;
  const { port } = server.server.address() as AddressInfo;
  return {
    app: server,
    config,
    store,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    async close() {
      await server.close();
      await removeDirs();
    },
  };
}

/**
 * Runs a command-line entry of the server (`script`, TypeScript through tsx, relative to apps/server) with `env` on
 * top of this environment and `input` on standard input (a pipe, not a terminal).
 */
export function runCli(
  script: string,
  args: string[],
  env: Record<string, string>,
  input = '',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}
