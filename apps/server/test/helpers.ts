import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';

export const ENTRY_SOURCE = 'export const entry = "pagination";\n';
export const CHUNK_SOURCE = 'export const chunk = "x";\n';

export interface TestServer {
  app: FastifyInstance;
  /** Absolute URL of `path` on the running server. */
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Starts the real server on a free port, with a temporary embed folder holding `pagination.js` and
 * `chunks/x-abc123.js` (unless EMBED_DIR is given). `beforeListen` may add routes a test needs.
 */
export async function startServer(env: Record<string, string> = {}, beforeListen?: (app: FastifyInstance) => void): Promise<TestServer> {
  const embedDir = await mkdtemp(join(tmpdir(), 'ap-embed-'));
  await mkdir(join(embedDir, 'chunks'));
  await writeFile(join(embedDir, 'pagination.js'), ENTRY_SOURCE);
  await writeFile(join(embedDir, 'chunks', 'x-abc123.js'), CHUNK_SOURCE);

  const app = buildApp(loadConfig({ LOG_LEVEL: 'silent', EMBED_DIR: embedDir, ...env }));
  beforeListen?.(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    async close() {
      await app.close();
      await rm(embedDir, { recursive: true, force: true });
    },
  };
}
