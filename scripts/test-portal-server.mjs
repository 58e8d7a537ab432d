// The real portal server for component tests that need its API (AP_TEST_PORTAL=1): the built
// apps/server/dist/main.js on a free port with a temporary DATA_DIR (it seeds its demo articles on first
// start), and a middleware that proxies /api/ and /media/ from the test server to it, so the tests fetch
// the same origin. The server is killed and its data removed when the test run exits.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { startBuiltServer } from './built-server.mjs';
import { freePort } from './free-port.mjs';

const main = fileURLToPath(new URL('../apps/server/dist/main.js', import.meta.url));
const feedSeed = fileURLToPath(new URL('../apps/server/test/feeds-in-widget-seed.mjs', import.meta.url));
const trafficSeed = fileURLToPath(new URL('../apps/server/test/traffic-seed.mjs', import.meta.url));
const PROXIED = ['/api/', '/media/', '/embed/'];
// Node's fetch has already decoded the body: these headers would describe the encoded one.
const DROPPED_HEADERS = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive']);

/** The password of the test server's staff users (a temporary DATA_DIR: they exist only there). */
export const TEST_PASSWORD = 'mật khẩu thử nghiệm 2026';
/**
 * Staff users of the test server: four per browser engine, so engines do not share one. `thu-<engine>` and
 * `khoa-<engine>` (for throttling tests) are editors, `qt-<engine>` an admin, `te-<engine>` the site editor of
 * TEST_MEMBER_SITE.
 */
export const TEST_USERS = ['chromium', 'firefox', 'webkit'].flatMap((engine) => [
  `thu-${engine}`,
  `khoa-${engine}`,
  `qt-${engine}`,
  `te-${engine}`,
]);
/** The member site of the site editors: the traffic seed's site with visits (apps/server/test/traffic-seed.mjs). */
export const TEST_MEMBER_SITE = 'so-thu-nghiem';

const NAMES = { thu: 'Thử', khoa: 'Khóa', qt: 'Quản trị', te: 'Trang' };
const ROLES = { qt: 'admin', te: 'site-editor' };

/** Creates TEST_USERS ("Thử <engine>", "Khóa <engine>", "Quản trị <engine>", "Trang <engine>") in `dataDir` with the built server's user code. */
async function addTestUsers(dataDir) {
  const dist = new URL('../apps/server/dist/', import.meta.url);
  const { addUser } = await import(new URL('auth/users.js', dist).href);
  const { openStore } = await import(new URL('store/index.js', dist).href);
  const store = await openStore({ dataDir, databaseUrl: undefined });
  try {
    for (const username of TEST_USERS) {
      const [word, engine] = username.split('-');
      const role = ROLES[word] ?? 'editor';
      const siteId = role === 'site-editor' ? TEST_MEMBER_SITE : undefined;
      await addUser(store, { username, displayName: `${NAMES[word]} ${engine}`, role, siteId, password: TEST_PASSWORD }, new Date());
    }
  } finally {
    await store.close();
  }
}

export { freePort };

/**
 * Starts the server with PUBLIC_URL set to `publicUrl` (the test server's origin, so the articles' links
 * and images point through the proxy; by default the server's own origin), on `port` (by default a free
 * one), with `env` added. `prepare(dataDir)` runs before the server starts (the server's commands, such as
 * registering a statistics site, which a running server would learn of only later). Resolves once it prints its URL,
 * to `{ origin, proxy, stop, dataDir }`.
 *
 * @param {{ publicUrl?: string, port?: number, env?: Record<string, string>, prepare?: (dataDir: string) => void }} [options]
 */
export async function startPortalServer({ publicUrl, port, env = {}, prepare } = {}) {
  if (!existsSync(main)) {
    throw new Error(`${main} is missing: run "npx turbo run build --filter=@agency-portal/server..." first.`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'ap-test-portal-'));
  port ??= await freePort();
  publicUrl ??= `http://127.0.0.1:${port}`;
  // Sibling feeds with stored items for <ap-article-list feed="…"> (nothing is fetched: see the script).
  execFileSync(process.execPath, [feedSeed], { env: { ...process.env, DATA_DIR: dataDir }, stdio: ['ignore', 'ignore', 'inherit'] });
  // Visit statistics of two sites of their own for the newsroom's traffic view (the portal's counts are left alone).
  execFileSync(process.execPath, [trafficSeed], { env: { ...process.env, DATA_DIR: dataDir }, stdio: ['ignore', 'ignore', 'inherit'] });
  prepare?.(dataDir);
  const { origin, stop } = await startBuiltServer(main, {
    dataDir,
    // The demo articles without the demo visits: the tests count the visits they make themselves.
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      PUBLIC_URL: publicUrl,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'content',
      ...env,
    },
  });

  await addTestUsers(dataDir);

  /**
   * Named locks for tests that the engines run at once against this one server and that must not interleave (such as
   * reordering every partner while another engine adds one): POST /__test-portal/lock?name=… answers once the lock
   * is the caller's, DELETE gives it back. A lock not given back within LOCK_MS is taken back (a crashed browser).
   */
  const locks = namedLocks();

  /** The visit statistics beacons the proxy passed on, with the portal's answers (GET /__test-portal/beacons). */
  const beacons = [];

  /**
   * Koa middleware for the test server: GET and HEAD under /api/ and /media/ go to the portal server, and so do
   * POSTs, PUTs, PATCHes and DELETEs under /api/, with their body, cookies, origin and user agent (sign-in; statistics
   * beacons and partner impressions, which the server counts only for people, not bots; the newsroom's writes).
   * Answers are streamed, so Server-Sent Events pass through. Four test routes: GET /__test-portal/beacons lists the
   * beacons passed on, POST /__test-portal/hit?ua=...[&origin=...] sends a hit with that user agent (headless Chromium
   * is a bot to the server) from that origin, POST /__test-portal/load?origin=...&path=... asks the portal for `path` as
   * a page of another origin would (a member site's widget: where the widgets live), and POST and DELETE
   * /__test-portal/lock?name=... take and give back a named lock (see `locks`).
   */
  async function proxy(ctx, next) {
    if (ctx.path === '/__test-portal/beacons') {
      ctx.type = 'application/json';
      ctx.set('cache-control', 'no-store');
      ctx.body = JSON.stringify(beacons);
      return;
    }
    if (ctx.path === '/__test-portal/hit' && ctx.method === 'POST') {
      const response = await fetch(`${origin}/api/v1/stats/hit`, {
        method: 'POST',
        headers: {
          origin: String(ctx.query.origin ?? '') || ctx.get('origin') || publicUrl,
          'user-agent': String(ctx.query.ua),
          'content-type': 'text/plain',
        },
        body: await readBody(ctx.req),
      });
      ctx.status = response.status;
      ctx.type = 'application/json';
      ctx.body = await response.text();
      return;
    }
    if (ctx.path === '/__test-portal/load' && ctx.method === 'POST') {
      const response = await fetch(origin + String(ctx.query.path), { headers: { origin: String(ctx.query.origin) } });
      await response.arrayBuffer();
      ctx.status = response.ok ? 204 : response.status;
      return;
    }
    if (ctx.path === '/__test-portal/lock' && ['POST', 'DELETE'].includes(ctx.method)) {
      const name = String(ctx.query.name ?? '');
      if (ctx.method === 'POST') await locks.acquire(name);
      else locks.release(name);
      ctx.status = 204;
      return;
    }
    // Writes under /api/: sign-in, beacons and impressions, and the newsroom's PUT, PATCH and DELETE.
    const post = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(ctx.method) && ctx.path.startsWith('/api/');
    const isBeacon = post && ctx.path === '/api/v1/stats/hit';
    if (!(post || ['GET', 'HEAD'].includes(ctx.method)) || !PROXIED.some((prefix) => ctx.path.startsWith(prefix))) return next();
    const headers = { accept: ctx.get('accept') || '*/*' };
    for (const name of ['content-type', 'cookie', 'origin', 'sec-fetch-site', 'user-agent']) {
      if (ctx.get(name)) headers[name] = ctx.get(name);
    }
    const body = post ? await readBody(ctx.req) : undefined;
    const response = await fetch(origin + ctx.url, { method: ctx.method, headers, body });
    ctx.status = response.status;
    for (const [name, value] of response.headers) {
      if (!DROPPED_HEADERS.has(name) && name !== 'set-cookie') ctx.set(name, value);
    }
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) ctx.set('set-cookie', cookies);
    if (isBeacon) {
      const answer = await response.text();
      beacons.push({
        body: body.toString('utf8'),
        userAgent: headers['user-agent'] ?? null,
        status: response.status,
        answer: JSON.parse(answer),
      });
      ctx.body = answer;
    } else if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
      ctx.req.on('close', () => void response.body.cancel().catch(() => {}));
      ctx.body = Readable.fromWeb(response.body);
    } else {
      ctx.body = Buffer.from(await response.arrayBuffer());
    }
  }

  return { origin, proxy, stop, dataDir };
}

/** How long a test may hold a lock of the test server before it is taken back. */
const LOCK_MS = 120_000;

/** Locks by name, each held by one caller at a time and handed to the next waiting caller in turn. */
function namedLocks() {
  /** @type {Map<string, { waiting: (() => void)[], timer: NodeJS.Timeout }>} */
  const held = new Map();
  const hold = (name, waiting) => {
    const timer = setTimeout(() => release(name), LOCK_MS);
    timer.unref();
    held.set(name, { waiting, timer });
  };
  const release = (name) => {
    const lock = held.get(name);
    if (!lock) return;
    clearTimeout(lock.timer);
    held.delete(name);
    const next = lock.waiting.shift();
    if (next) {
      hold(name, lock.waiting);
      next();
    }
  };
  const acquire = (name) =>
    new Promise((resolve) => {
      const lock = held.get(name);
      if (lock) lock.waiting.push(resolve);
      else {
        hold(name, []);
        resolve();
      }
    });
  return { acquire, release };
}

/** A request's body as it came (bytes: an uploaded picture is not text). */
async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks);
}
