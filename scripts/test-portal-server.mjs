// The real portal server for component tests that need its API (AP_TEST_PORTAL=1): the built
// apps/server/dist/main.js on a free port with a temporary DATA_DIR (it seeds its demo articles on first
// start), and a middleware that proxies /api/ and /media/ from the test server to it, so the tests fetch
// the same origin. The server is killed and its data removed when the test run exits.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../apps/server/dist/main.js', import.meta.url));
const feedSeed = fileURLToPath(new URL('../apps/server/test/feeds-in-widget-seed.mjs', import.meta.url));
const PROXIED = ['/api/', '/media/'];
// Node's fetch has already decoded the body: these headers would describe the encoded one.
const DROPPED_HEADERS = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive']);

/** A TCP port that is free now (the kernel's pick for port 0). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the server with PUBLIC_URL set to `publicUrl` (the test server's origin, so the articles' links
 * and images point through the proxy; by default the server's own origin), on `port` (by default a free
 * one), with `env` added. Resolves once it prints its URL, to `{ origin, proxy, stop }`.
 */
export async function startPortalServer({ publicUrl, port, env = {} } = {}) {
  if (!existsSync(main)) {
    throw new Error(`${main} is missing: run "npx turbo run build --filter=@agency-portal/server..." first.`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'ap-test-portal-'));
  port ??= await freePort();
  publicUrl ??= `http://127.0.0.1:${port}`;
  // Sibling feeds with stored items for <ap-article-list feed="…"> (nothing is fetched: see the script).
  execFileSync(process.execPath, [feedSeed], { env: { ...process.env, DATA_DIR: dataDir }, stdio: ['ignore', 'ignore', 'inherit'] });
  const server = spawn(process.execPath, [main], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, PUBLIC_URL: publicUrl, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () => {
    server.kill();
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('exit', stop);

  const origin = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The portal server did not start within 60 s:\n${output}`)), 60_000);
    server.on('exit', (code) => reject(new Error(`The portal server exited with code ${code}:\n${output}`)));
    server.stdout.setEncoding('utf8');
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /Agency Portal is running at (http:\/\/\S+?)\/?\s/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });

  /** Koa middleware for the test server: GET and HEAD under /api/ and /media/ go to the portal server. */
  async function proxy(ctx, next) {
    if (!['GET', 'HEAD'].includes(ctx.method) || !PROXIED.some((prefix) => ctx.path.startsWith(prefix))) return next();
    const response = await fetch(origin + ctx.url, { method: ctx.method, headers: { accept: ctx.get('accept') || '*/*' } });
    ctx.status = response.status;
    for (const [name, value] of response.headers) {
      if (!DROPPED_HEADERS.has(name)) ctx.set(name, value);
    }
    ctx.body = Buffer.from(await response.arrayBuffer());
  }

  return { origin, proxy, stop };
}
