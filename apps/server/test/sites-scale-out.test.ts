// Two server instances on one PostgreSQL database and one Redis: a change to the site registry made through one
// instance applies on the other at once, without a restart (Redis tells every instance to read the sites again).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { addUser } from '../src/auth/users.js';
import { loadConfig } from '../src/config.js';
import { RedisShared } from '../src/shared/redis.js';
import { SITES_TTL_MS } from '../src/stats/engine.js';
import { openPgStore } from '../src/store/pg.js';
import { freePort, PASSWORD } from './auth-support.js';
import { createPgSchema, pgSkip } from './pg-support.js';
import { redisPrefix, redisSkip, TEST_REDIS_URL } from './redis-support.js';
import { FIREFOX } from './helpers.js';

const skip = (await pgSkip()) ?? (await redisSkip());
const MEMBER = 'https://sotp.example.vn';

describe('the site registry on two instances sharing PostgreSQL and Redis', { skip, timeout: 60_000 }, () => {
  const keys = redisPrefix();
  let schema: Awaited<ReturnType<typeof createPgSchema>>;
  let origin: string;
  const apps: FastifyInstance[] = [];
  const urls: string[] = [];
  let cookie: string;

  before(async () => {
    schema = await createPgSchema();
    // Both instances sit behind one public address (the load balancer's).
    origin = `http://127.0.0.1:${await freePort()}`;
    const config = loadConfig({ LOG_LEVEL: 'silent', EMBED_DIR: '/nonexistent', PUBLIC_URL: origin, DATABASE_URL: schema.url });
    for (let i = 0; i < 2; i++) {
      const store = await openPgStore(schema.url);
      if (i === 0) await addUser(store, { username: 'quantri', displayName: 'Quản trị', role: 'admin', password: PASSWORD }, new Date());
      const app = buildApp(config, store, { shared: await RedisShared.connect(TEST_REDIS_URL, keys.prefix) });
      await app.listen({ port: 0, host: '127.0.0.1' });
      apps.push(app);
      urls.push(`http://127.0.0.1:${(app.server.address() as { port: number }).port}`);
    }
    const login = await fetch(`${urls[0]}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ username: 'quantri', password: PASSWORD }),
    });
    assert.equal(login.status, 200);
    cookie = login.headers
      .getSetCookie()
      .find((value) => value.startsWith('ap_session='))!
      .split(';')[0];
  });

  after(async () => {
    for (const app of apps) await app.close();
    await schema?.drop();
    await keys.clear();
  });

  /** A write to the registry through instance `n`. */
  const write = async (n: number, method: string, path: string, body?: unknown) => {
    const response = await fetch(urls[n] + path, {
      method,
      headers: { origin, cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    assert.ok(response.ok, `${method} ${path}: ${response.status} ${await response.clone().text()}`);
    return response.json() as Promise<{ version: number }>;
  };
  const hit = (n: number, from = MEMBER) =>
    fetch(`${urls[n]}/api/v1/stats/hit`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: from, 'user-agent': FIREFOX },
      body: JSON.stringify({ site: 'so-tp', path: '/' }),
    }).then((response) => response.status);
  /** Waits until instance `n` answers a hit with `status`; well within SITES_TTL_MS, so only Redis can have told it. */
  async function until(n: number, status: number, from = MEMBER) {
    const deadline = Date.now() + SITES_TTL_MS / 2;
    let last = 0;
    while (Date.now() < deadline) {
      if ((last = await hit(n, from)) === status) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.fail(`instance ${n} still answers ${last}, not ${status}`);
  }

  test('created on one instance, disabled, changed and enabled on either: the other follows without a restart', async () => {
    assert.equal(await hit(1), 404, 'not registered yet');
    await write(0, 'POST', '/api/v1/newsroom/sites', { id: 'so-tp', name: 'Sở Tư pháp', homeUrl: MEMBER, origins: [MEMBER] });
    await until(1, 200);
    await write(0, 'POST', '/api/v1/newsroom/sites/so-tp/disable');
    await until(1, 404);
    const summary = await fetch(`${urls[1]}/api/v1/stats/summary?site=so-tp`);
    assert.equal(summary.status, 410);
    const enabled = await write(1, 'POST', '/api/v1/newsroom/sites/so-tp/enable');
    await until(0, 200);
    // A new origin, and the old one taken away, through instance B: instance A follows.
    await write(1, 'PATCH', '/api/v1/newsroom/sites/so-tp', { version: enabled.version, origins: ['https://www.sotp.example.vn'] });
    await until(0, 403);
    await until(0, 200, 'https://www.sotp.example.vn');
  });
});
