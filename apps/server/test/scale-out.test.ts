// Two server instances on one PostgreSQL database and one Redis, as behind a load balancer: statistics, article
// views and sessions must agree whichever instance a request reaches, with no hit lost or counted twice, also
// when one instance dies in the middle of a load.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isbot } from 'isbot';
import { addUser } from '../src/auth/users.js';
import { loadConfig } from '../src/config.js';
import { openStore } from '../src/store/index.js';
import { freePort, PASSWORD } from './auth-support.js';
import { createPgSchema, pgRows, pgSkip } from './pg-support.js';
import { redisPrefix, redisSkip, TEST_REDIS_URL } from './redis-support.js';
import { nginxOrSkip, startNginx } from './nginx-support.js';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));

const skip = (await pgSkip()) ?? (await redisSkip());
// NGINX_PATH, nginx on the PATH, or Debian's package unpacked into node_modules/.cache/nginx.
const { nginx: NGINX, skip: nginxSkip } = skip ? {} : nginxOrSkip();

interface Instance {
  name: string;
  url: (path: string) => string;
  child: ReturnType<typeof spawn>;
  exited: Promise<unknown>;
  output: () => string;
}

/** A browser's user agent, different for every `n`, so that each is its own visitor. */
const browser = (n: number | string) => `Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0 Visitor/${n}`;

describe('two server instances on PostgreSQL and Redis', { skip, timeout: 240_000 }, () => {
  const keys = redisPrefix();
  let schema: Awaited<ReturnType<typeof createPgSchema>>;
  let dataDir: string;
  let env: Record<string, string>;
  let origin: string;
  let a: Instance;
  let b: Instance;

  async function start(name: string): Promise<Instance> {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: SERVER_DIR,
      env: { ...process.env, ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const exited = once(child, 'exit');
    const deadline = Date.now() + 90_000;
    while (!output.includes('Agency Portal is running at')) {
      if (child.exitCode !== null) assert.fail(`instance ${name} exited: ${output}`);
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        assert.fail(`instance ${name} did not start: ${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return { name, url: (path) => `http://127.0.0.1:${port}${path}`, child, exited, output: () => output };
  }

  async function stop(instance: Instance | undefined) {
    if (!instance || instance.child.exitCode !== null || instance.child.signalCode !== null) return;
    instance.child.kill('SIGTERM');
    await instance.exited;
  }

  before(async () => {
    schema = await createPgSchema();
    dataDir = await mkdtemp(join(tmpdir(), 'ap-scale-'));
    // Both instances sit behind one public address (the load balancer's), which is what browsers send as Origin.
    origin = `http://127.0.0.1:${await freePort()}`;
    env = {
      DATABASE_URL: schema.url,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: keys.prefix,
      PUBLIC_URL: origin,
      DATA_DIR: dataDir,
      EMBED_DIR: join(dataDir, 'no-embed'),
      LOG_LEVEL: 'warn',
      // The load balancer test's nginx runs here.
      TRUST_PROXY: '127.0.0.1',
      // The demo articles without the demo visits: the counters are this test's hits alone.
      SEED_DEMO: 'content',
    };
    // Both start at once on an empty database: one migrates and seeds, the other waits or finds it done.
    [a, b] = await Promise.all([start('A'), start('B')]);
    const store = await openStore(loadConfig(env));
    try {
      await addUser(store, { username: 'bien-tap', displayName: 'Biên tập viên', role: 'editor', password: PASSWORD }, new Date());
      await addUser(store, { username: 'thu-ky', displayName: 'Thư ký', role: 'editor', password: PASSWORD }, new Date());
    } finally {
      await store.close();
    }
  });

  after(async () => {
    await Promise.all([stop(a), stop(b)]);
    await schema?.drop();
    await keys.clear();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const hit = (instance: Pick<Instance, 'url'>, visitor: number | string, path: string, headers: Record<string, string> = {}) =>
    fetch(instance.url('/api/v1/stats/hit'), {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin, 'user-agent': browser(visitor), ...headers },
      body: JSON.stringify({ site: 'portal', path }),
    });

  async function summary(instance: Pick<Instance, 'url'>) {
    const response = await fetch(instance.url('/api/v1/stats/summary?site=portal'));
    assert.equal(response.status, 200);
    const { online, today, week, month, total } = (await response.json()) as Record<string, number>;
    return { online, today, week, month, total };
  }

  /**
   * Waits until every instance reports the visits the database holds (the rollups, summed), all with the same
   * counters, and returns them: each instance reads the rollups again after every commit it hears of.
   */
  async function agreed(...instances: Pick<Instance, 'url'>[]) {
    const [{ visits }] = await pgRows(schema.url, "SELECT COALESCE(SUM(visits), 0) AS visits FROM stats_daily WHERE site = 'portal'");
    let last: Awaited<ReturnType<typeof summary>>[] = [];
    for (let i = 0; i < 200; i++) {
      last = await Promise.all(instances.map(summary));
      const same = last.every((counts) => JSON.stringify(counts) === JSON.stringify(last[0]));
      if (same && last[0].total === Number(visits)) return last[0];
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.fail(`the instances never agreed on ${visits} visits: ${JSON.stringify(last)}`);
  }

  test('the visitors of these tests look like browsers to the bot filter', () => {
    assert.equal(isbot(browser(1)), false);
  });

  test('hits of the same visitors on both instances at once make one visit each, and both report the same counters', async () => {
    assert.deepEqual(await agreed(a, b), { online: 0, today: 0, week: 0, month: 0, total: 0 });
    const responses = await Promise.all(Array.from({ length: 60 }, (_, n) => [hit(a, n, '/'), hit(b, n, '/tin-tuc')]).flat());
    const bodies = (await Promise.all(responses.map((response) => response.json()))) as { counted: boolean; visit: boolean }[];
    assert.ok(responses.every((response) => response.status === 200));
    assert.equal(bodies.filter((body) => body.visit).length, 60, 'one new visit per visitor');
    const counts = await agreed(a, b);
    assert.deepEqual(counts, { online: 60, today: 60, week: 60, month: 60, total: 60 });
    const [{ hits }] = await pgRows(schema.url, "SELECT COUNT(*) AS hits FROM stats_hits WHERE site = 'portal'");
    assert.equal(Number(hits), 120);
  });

  test('an article view counts once per visitor a day, whichever instance gets it', async () => {
    const list = (await (await fetch(a.url('/api/v1/articles?pageSize=1'))).json()) as { items: { slug: string; views: number }[] };
    const { slug, views } = list.items[0];
    const view = (instance: Instance, visitor: number) =>
      fetch(instance.url(`/api/v1/articles/${slug}/views`), { method: 'POST', headers: { 'user-agent': browser(`view-${visitor}`) } });
    const responses = await Promise.all(Array.from({ length: 10 }, (_, n) => [view(a, n), view(b, n)]).flat());
    assert.ok(responses.every((response) => response.status === 200));
    const counted = (await Promise.all(responses.map((response) => response.json()))) as { views: number }[];
    assert.equal(Math.max(...counted.map((body) => body.views)), views + 10);
    for (const instance of [a, b]) {
      const article = (await (await fetch(instance.url(`/api/v1/articles/${slug}`))).json()) as { views: number };
      assert.equal(article.views, views + 10, `instance ${instance.name}`);
    }
  });

  test('a session started on one instance is accepted by the other, and signing out on either ends it', async () => {
    const login = await fetch(a.url('/api/v1/auth/login'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ username: 'bien-tap', password: PASSWORD }),
    });
    assert.equal(login.status, 200);
    const cookie = login.headers
      .getSetCookie()
      .find((value) => value.startsWith('ap_session='))!
      .split(';')[0];
    const me = async (instance: Instance) =>
      ((await (await fetch(instance.url('/api/v1/auth/me'), { headers: { cookie } })).json()) as { user: { username: string } | null })
        .user;
    assert.equal((await me(b))?.username, 'bien-tap');
    assert.equal((await me(a))?.username, 'bien-tap');
    const logout = await fetch(b.url('/api/v1/auth/logout'), { method: 'POST', headers: { cookie, origin } });
    assert.equal(logout.status, 200);
    assert.equal(await me(a), null);
    assert.equal(await me(b), null);
  });

  test('failed sign-ins spread over both instances are throttled together', async () => {
    const attempt = (instance: Instance, password: string) =>
      fetch(instance.url('/api/v1/auth/login'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ username: 'thu-ky', password }),
      });
    // Sixteen wrong guesses at once, eight on each: four are free, the fifth counted one is throttled, and the
    // rest wait without a check. Without a lock across instances, both would let a guess through at each step.
    const statuses = (await Promise.all(Array.from({ length: 16 }, (_, n) => attempt(n % 2 ? a : b, `sai-mat-khau-${n}`)))).map(
      (response) => response.status,
    );
    assert.equal(statuses.filter((status) => status === 401).length, 4, JSON.stringify(statuses));
    assert.equal(statuses.filter((status) => status === 429).length, 12, JSON.stringify(statuses));
    const [failures] = await pgRows(schema.url, "SELECT count FROM login_failures WHERE key = 'account:thu-ky'");
    assert.equal(Number(failures.count), 5, 'five passwords were checked');
    // Now even the right password waits, on either instance.
    assert.equal((await attempt(a, PASSWORD)).status, 429);
    assert.equal((await attempt(b, PASSWORD)).status, 429);
  });

  test(
    'behind nginx with the configuration in deploy/nginx.conf: any instance answers, clients keep their addresses, live updates stream',
    { skip: nginxSkip },
    async () => {
      const dead = await freePort(); // An instance that is down: GETs must go around it.
      const portOf = (instance: Instance) => Number(new URL(instance.url('/')).port);
      const balancer = await startNginx(NGINX!, join(dataDir, 'nginx'), [portOf(a), portOf(b), dead]);
      try {
        const statuses = await Promise.all(
          Array.from({ length: 30 }, () => fetch(balancer.url('/api/v1/articles?pageSize=1')).then((r) => r.status)),
        );
        assert.deepEqual(new Set(statuses), new Set([200]));

        // The same browser from eight addresses: eight visitors, because each instance trusts nginx's X-Forwarded-For.
        const before = await agreed(balancer, a, b);
        const hits = await Promise.all(
          Array.from({ length: 8 }, (_, n) => hit(balancer, 'behind-nginx', '/', { 'x-forwarded-for': `203.0.113.${n + 1}` })),
        );
        assert.ok(hits.every((response) => response.status === 200));
        const after = await agreed(balancer, a, b);
        assert.equal(after.total, before.total + 8);

        const controller = new AbortController();
        const stream = await fetch(balancer.url('/api/v1/stats/stream?site=portal'), { signal: controller.signal });
        assert.equal(stream.headers.get('content-type')?.split(';')[0], 'text/event-stream');
        const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
        let received = '';
        while (!received.includes('event: summary')) {
          const { value, done } = await reader.read();
          if (done) break;
          received += value;
        }
        controller.abort();
        assert.match(received, /event: summary\ndata: \{"site":"portal"/);
      } finally {
        await balancer.close();
      }
    },
  );

  test('one instance killed in the middle of a load: every acknowledged hit is counted once, none twice', async (t) => {
    const before = await agreed(a, b);
    const total = 600;
    const acknowledged = new Set<string>();
    const unknown = new Set<string>();
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (next < total) {
        const n = next++;
        const path = `/tai/${n}`;
        const instance = n % 2 ? a : b;
        if (!killed && acknowledged.size >= 150) {
          killed = true;
          a.child.kill('SIGKILL');
        }
        try {
          const response = await hit(instance, `load-${n}`, path);
          if (response.status === 200) acknowledged.add(path);
          else unknown.add(path);
          await response.arrayBuffer();
        } catch {
          // Refused or cut off: it may or may not have been committed before the instance died.
          unknown.add(path);
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    await a.exited;
    // Bounds that hold at any speed: B answers all of its 300 hits, and when A is killed at most the hits acknowledged
    // so far and the 16 in flight have been handed out, so A has answered some of its 300 and most come after the kill.
    assert.ok(killed && acknowledged.size > 300 && unknown.size > 100, `acknowledged ${acknowledged.size}, unknown ${unknown.size}`);

    const rows = await pgRows(
      schema.url,
      "SELECT path, COUNT(*) AS n FROM stats_hits WHERE site = 'portal' AND path LIKE '/tai/%' GROUP BY path",
    );
    const stored = new Map(rows.map((row) => [row.path as string, Number(row.n)]));
    assert.deepEqual(
      [...stored].filter(([, n]) => n !== 1),
      [],
      'no hit is stored twice',
    );
    assert.deepEqual(
      [...acknowledged].filter((path) => !stored.has(path)),
      [],
      'every acknowledged hit is stored',
    );
    assert.ok([...stored.keys()].every((path) => acknowledged.has(path) || unknown.has(path)));
    const cutOff = [...unknown].filter((path) => stored.has(path)).length;
    t.diagnostic(
      `${acknowledged.size} acknowledged, ${unknown.size} refused or cut off (${cutOff} of them stored anyway), ${stored.size} stored`,
    );

    // A restarted instance and the survivor agree, and count exactly what is stored: each load hit was a new visitor.
    a = await start('A again');
    const counts = await agreed(a, b);
    assert.equal(counts.total, before.total + stored.size);
    assert.equal(counts.today, before.today + stored.size);
    const [daily] = await pgRows(schema.url, "SELECT SUM(visits) AS visits FROM stats_daily WHERE site = 'portal'");
    assert.equal(Number(daily.visits), counts.total);
  });
});
