// Metrics, health and request ids of the real server on a free port.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { RedisShared } from '../src/shared/redis.js';
import { openStore, SQLITE_FILE } from '../src/store/index.js';
import { freePort } from '../../../scripts/free-port.mjs';
import { startServer, type TestServer } from './helpers.js';
import { createPgSchema, pgSkip } from './pg-support.js';
import { redisPrefix, redisSkip, TEST_REDIS_URL } from './redis-support.js';

const TOKEN = 'test-metrics-token-0123456789abcdef';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const pgSkipReason = await pgSkip();
const redisSkipReason = await redisSkip();

/** The value of the sample `name{labels}` in a Prometheus text exposition, or undefined when it is not there. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('/metrics with METRICS_TOKEN', () => {
  let server: TestServer;
  const scrape = async () => {
    const response = await fetch(server.url('/metrics'), { headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(response.status, 200);
    return response.text();
  };
  before(async () => {
    server = await startServer({ METRICS_TOKEN: TOKEN }, { seed: false });
  });
  after(() => server.close());

  test('answers 401 without the token or with another one, naming the scheme', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token-0123456789abcdef', `Basic ${TOKEN}`, TOKEN]) {
      const response = await fetch(server.url('/metrics'), { headers: authorization ? { authorization } : {} });
      assert.equal(response.status, 401, String(authorization));
      assert.equal(response.headers.get('www-authenticate'), 'Bearer realm="metrics"');
      assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'unauthorized');
    }
  });

  test('gives the Prometheus text format with the process and Node.js metrics', async () => {
    const response = await fetch(server.url('/metrics'), { headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type')!, /^text\/plain; version=0\.0\.4/);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const text = await response.text();
    for (const name of ['nodejs_eventloop_lag_seconds', 'nodejs_heap_size_used_bytes', 'process_resident_memory_bytes']) {
      assert.ok(sample(text, name)! >= 0, name);
    }
  });

  test('counts requests by route pattern, method and status class, with one series for every unknown URL', async () => {
    await fetch(server.url('/healthz'));
    await fetch(server.url('/api/v1/articles?page=1'));
    await fetch(server.url('/api/v1/articles?page=abc'));
    for (const path of ['/no/such/page-1', '/no/such/page-2', '/api/v1/nothing']) await fetch(server.url(path));
    const text = await scrape();
    assert.equal(sample(text, 'http_requests_total{method="GET",route="/healthz",status="2xx"}'), 1);
    assert.equal(sample(text, 'http_requests_total{method="GET",route="/api/v1/articles",status="2xx"}'), 1);
    assert.equal(sample(text, 'http_requests_total{method="GET",route="/api/v1/articles",status="4xx"}'), 1);
    assert.equal(sample(text, 'http_requests_total{method="GET",route="unmatched",status="4xx"}'), 3);
    assert.equal(sample(text, 'http_request_duration_seconds_count{method="GET",route="/healthz",status="2xx"}'), 1);
    assert.doesNotMatch(text, /page-1|page=abc|\/api\/v1\/nothing/);
  });

  test('counts committed hits and visits by site, and each group commit with its size and time', async () => {
    const origin = new URL(server.config.publicUrl).origin;
    const hit = (n: number) =>
      fetch(server.url('/api/v1/stats/hit'), {
        method: 'POST',
        headers: {
          origin,
          'content-type': 'text/plain',
          'user-agent': `Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0 m${n}`,
        },
        body: JSON.stringify({ site: 'portal', path: '/', referrer: '' }),
      });
    const statuses = await Promise.all([1, 2, 3, 3].map(hit));
    assert.deepEqual(
      statuses.map((response) => response.status),
      [200, 200, 200, 200],
    );
    const text = await scrape();
    assert.equal(sample(text, 'stats_hits_ingested_total{site="portal"}'), 4);
    assert.equal(sample(text, 'stats_visits_total{site="portal"}'), 3);
    assert.equal(sample(text, 'stats_commit_batch_size_sum'), 4);
    const commits = sample(text, 'stats_commit_duration_seconds_count{result="ok"}')!;
    assert.ok(commits >= 1 && commits <= 4, `${commits} commits`);
    assert.equal(sample(text, 'stats_commit_batch_size_count'), commits);
  });

  test('counts sign-in failures and throttled sign-ins', async () => {
    const origin = new URL(server.config.publicUrl).origin;
    const statuses: number[] = [];
    // The account's throttling lets 4 failures through; the 5th is a failure that starts a wait, the 6th waits.
    for (let attempt = 0; attempt < 6; attempt++) {
      const response = await fetch(server.url('/api/v1/auth/login'), {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'nobody', password: 'wrong password' }),
      });
      statuses.push(response.status);
    }
    assert.deepEqual(statuses, [401, 401, 401, 401, 429, 429]);
    const text = await scrape();
    assert.equal(sample(text, 'auth_sign_in_failures_total'), 5);
    assert.equal(sample(text, 'auth_sign_in_throttled_total'), 1);
  });
});

describe('/metrics without METRICS_TOKEN', () => {
  test('is not found on the main listener', async () => {
    const server = await startServer({}, { seed: false });
    try {
      assert.equal((await fetch(server.url('/metrics'), { headers: { authorization: `Bearer ${TOKEN}` } })).status, 404);
    } finally {
      await server.close();
    }
  });

  test('METRICS_PORT serves it alone on a listener of its own, and several apps keep their own registries', async () => {
    const ports = [await freePort(), await freePort()];
    const servers = await Promise.all(ports.map((port) => startServer({ METRICS_PORT: String(port) }, { seed: false })));
    try {
      assert.equal((await fetch(servers[0].url('/metrics'))).status, 404);
      await fetch(servers[0].url('/healthz'));
      const [first, second] = await Promise.all(ports.map((port) => fetch(`http://127.0.0.1:${port}/metrics`)));
      assert.equal(first.status, 200);
      assert.equal(sample(await first.text(), 'http_requests_total{method="GET",route="/healthz",status="2xx"}'), 1);
      assert.equal(sample(await second.text(), 'http_requests_total{method="GET",route="/healthz",status="2xx"}'), undefined);
      const other = await fetch(`http://127.0.0.1:${ports[0]}/api/v1/articles`);
      assert.equal(other.status, 404);
      await other.text();
    } finally {
      await Promise.all(servers.map((server) => server.close()));
    }
    // Closing the app closes its metrics listener.
    await assert.rejects(fetch(`http://127.0.0.1:${ports[0]}/metrics`));
  });

  test('with METRICS_TOKEN as well, the metrics listener asks for it too', async () => {
    const port = await freePort();
    const server = await startServer({ METRICS_PORT: String(port), METRICS_TOKEN: TOKEN }, { seed: false });
    try {
      assert.equal((await fetch(`http://127.0.0.1:${port}/metrics`)).status, 401);
      assert.equal((await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status, 200);
    } finally {
      await server.close();
    }
  });
});

describe('/healthz and /readyz', () => {
  test('SQLite: ready while the schema is current, 503 naming the problem when it is not', async () => {
    const server = await startServer({}, { seed: false });
    try {
      const healthz = await fetch(server.url('/healthz'));
      assert.deepEqual(await healthz.json(), { status: 'ok' });
      const ready = await fetch(server.url('/readyz'));
      assert.equal(ready.status, 200);
      assert.equal(ready.headers.get('cache-control'), 'no-store');
      const body = (await ready.json()) as { status: string; checks: { database: { status: string; schemaVersion: number } } };
      assert.equal(body.status, 'ok');
      assert.equal(body.checks.database.status, 'ok');
      const version = body.checks.database.schemaVersion;
      assert.ok(version > 0);

      // Another program takes the newest migration's record away: the schema is no longer the one this server needs.
      const db = new Database(join(server.config.dataDir, SQLITE_FILE));
      const row = db.prepare('SELECT version, applied_at FROM schema_migrations WHERE version = ?').get(version) as object;
      db.prepare('DELETE FROM schema_migrations WHERE version = ?').run(version);
      const unready = await fetch(server.url('/readyz'));
      assert.equal(unready.status, 503);
      assert.deepEqual(await unready.json(), {
        status: 'unavailable',
        checks: {
          database: { status: 'failed', error: `schema version ${version - 1}, this server needs ${version}: migrations have not run` },
        },
      });
      // /healthz says nothing of the database: the process is alive.
      assert.equal((await fetch(server.url('/healthz'))).status, 200);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (@version, @applied_at)').run(row);
      db.close();
      assert.equal((await fetch(server.url('/readyz'))).status, 200);
    } finally {
      await server.close();
    }
  });

  test('PostgreSQL and Redis: both checked; Redis out of reach is 503', { skip: pgSkipReason ?? redisSkipReason }, async () => {
    const schema = await createPgSchema();
    const keys = redisPrefix();
    const dataDir = await mkdtemp(join(tmpdir(), 'ap-ready-'));
    // Redis through a relay this test can cut, as a network failure would.
    const sockets = new Set<Socket>();
    const target = new URL(TEST_REDIS_URL);
    const relay: Server = createServer((client) => {
      const upstream = connect(Number(target.port || 6379), target.hostname);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('error', () => {});
        socket.on('close', () => sockets.delete(socket));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const relayUrl = `redis://127.0.0.1:${(relay.address() as AddressInfo).port}`;
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      DATABASE_URL: schema.url,
      REDIS_URL: relayUrl,
      REDIS_PREFIX: keys.prefix,
    });
    const store = await openStore(config);
    const shared = await RedisShared.connect(relayUrl, keys.prefix);
    const app = buildApp(config, store, { shared });
    try {
      await app.ready();
      const ready = await app.inject('/readyz');
      assert.equal(ready.statusCode, 200);
      const body = ready.json() as { checks: { database: { status: string }; redis: { status: string } } };
      assert.deepEqual([body.checks.database.status, body.checks.redis.status], ['ok', 'ok']);

      relay.close();
      for (const socket of sockets) socket.destroy();
      const cut = await app.inject('/readyz');
      assert.equal(cut.statusCode, 503);
      const failed = cut.json() as { status: string; checks: { database: { status: string }; redis: { status: string; error: string } } };
      assert.equal(failed.status, 'unavailable');
      assert.equal(failed.checks.database.status, 'ok');
      assert.equal(failed.checks.redis.status, 'failed');
      assert.ok(failed.checks.redis.error.length > 0);
    } finally {
      await app.close();
      relay.close();
      await keys.clear();
      await schema.drop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('request ids', () => {
  test('every answer carries one: a new UUID, or the X-Request-Id of a trusted proxy when it is short and safe', async () => {
    const direct = await startServer({}, { seed: false });
    const proxied = await startServer({ TRUST_PROXY: '127.0.0.0/8' }, { seed: false });
    try {
      const id = async (server: TestServer, path: string, given?: string) => {
        const response = await fetch(server.url(path), { headers: given === undefined ? {} : { 'x-request-id': given } });
        await response.arrayBuffer();
        return response.headers.get('x-request-id')!;
      };
      assert.match(await id(direct, '/healthz'), UUID);
      assert.match(await id(direct, '/no/such/page'), UUID);
      // Not from a trusted proxy: the client does not choose its id.
      assert.match(await id(direct, '/healthz', 'lb-7f3a.42'), UUID);
      assert.equal(await id(proxied, '/healthz', 'lb-7f3a.42'), 'lb-7f3a.42');
      assert.equal(await id(proxied, '/api/v1/nothing', 'edge:1@eu-1_x'), 'edge:1@eu-1_x');
      for (const bad of ['has space', 'x'.repeat(65), 'a"b', 'line\tbreak', ''])
        assert.match(await id(proxied, '/healthz', bad), UUID, bad);
    } finally {
      await Promise.all([direct.close(), proxied.close()]);
    }
  });

  test('is in every log line of its request, which are JSON', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ap-logs-'));
    const lines: string[] = [];
    const config = loadConfig({ LOG_LEVEL: 'info', DATA_DIR: dataDir, TRUST_PROXY: '127.0.0.1' });
    const app = buildApp(config, await openStore(config), { logStream: { write: (line) => void lines.push(line) } });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as AddressInfo;
      // A body that is not JSON: the request is logged as it comes in, as rejected, and as answered.
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/stats/hit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'req-logs-1' },
        body: '{',
      });
      assert.equal(response.status, 400);
      assert.equal(response.headers.get('x-request-id'), 'req-logs-1');
      const entries = lines.map((line) => JSON.parse(line) as { requestId?: string; msg: string });
      const mine = entries.filter((entry) => entry.requestId === 'req-logs-1');
      assert.deepEqual(
        mine.map((entry) => entry.msg),
        ['incoming request', 'request rejected', 'request completed'],
      );
      assert.ok(entries.filter((entry) => entry.requestId !== undefined).every((entry) => entry.requestId === 'req-logs-1'));
    } finally {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
