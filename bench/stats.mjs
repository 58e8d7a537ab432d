// Benchmarks the visit statistics endpoints against a bare node:http JSON endpoint, with wrk on loopback, on
// each store: SQLite (the default), PostgreSQL, and PostgreSQL with Redis (what several instances run):
// 1. POST /api/v1/stats/hit with everything on (origin check, bot filter, visitor hash, visit rule, group
//    commit: each answer waits for its transaction) against a bare server answering the same POST with JSON;
// 2. GET /api/v1/stats/summary at 10^5 and at 10^7 stored hits (written straight into the hit log and the
//    daily rollups with SQL, as the engine stores them) against the bare server answering a GET with JSON.
// Each target runs in its own process; wrk gets one thread. Prints a table and the ratios. PostgreSQL
// (BENCH_DATABASE_URL, default postgres://127.0.0.1:5432/test, in a schema of its own, dropped afterwards) and
// Redis (BENCH_REDIS_URL, default redis://127.0.0.1:6379) rows are left out, with a line saying so, when
// they are not reachable.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { freePort } from '../scripts/free-port.mjs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DURATION = process.env.BENCH_DURATION ?? '8s';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const STORED = [100_000, 10_000_000];
const START_TIMEOUT_MS = 60_000;

const root = fileURLToPath(new URL('..', import.meta.url));
const serverDir = join(root, 'apps/server');
// better-sqlite3, pg and ioredis are the server's dependencies: load them from there.
const serverRequire = createRequire(join(serverDir, 'package.json'));
const Database = serverRequire('better-sqlite3');
const pg = serverRequire('pg');
const { Redis } = serverRequire('ioredis');
const DATABASE_URL = withUser(process.env.BENCH_DATABASE_URL ?? 'postgres://127.0.0.1:5432/test');
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The URL with the system user when it names none, as psql would connect (pg would send no user name). */
function withUser(text) {
  const url = new URL(text);
  if (!url.username && !url.searchParams.has('user') && !process.env.PGUSER) url.username = process.env.USER || userInfo().username;
  return url.href;
}

function ensureWrk() {
  if (spawnSync('wrk', ['--version']).error === undefined) return;
  if (process.getuid?.() === 0) {
    console.log("wrk is missing: installing Debian's package (apt-get install -y wrk).");
    execFileSync('apt-get', ['install', '-y', '-q', 'wrk'], { stdio: 'inherit' });
    return;
  }
  throw new Error('wrk is missing: install it with "sudo apt-get install -y wrk" and run the benchmark again.');
}

const children = new Set();

/** Starts `args` with node and resolves once stdout matches `ready`. */
async function startProcess(args, env, ready) {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let output = '';
  const timer = setTimeout(() => child.kill(), START_TIMEOUT_MS);
  try {
    for await (const chunk of child.stdout) {
      output += chunk;
      if (ready.test(output)) {
        child.stdout.resume();
        return child;
      }
    }
    throw new Error(`${args.join(' ')} exited before it was ready:\n${output}`);
  } finally {
    clearTimeout(timer);
  }
}

async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

// The bare endpoint: reads the body like a JSON API would, parses it, answers small JSON.
const BARE_SERVER = `
import { createServer } from 'node:http';
const summary = JSON.stringify({ site: 'portal', online: 16, today: 531, week: 4235, month: 14800, total: 93308, timezone: 'Asia/Ho_Chi_Minh',
  definitions: { counts: 'visits', visitGapMinutes: 30, onlineWindowMinutes: 5, weekStartsOn: 'monday', botsExcluded: true, cookies: false },
  updatedAt: new Date().toISOString() });
createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    const out = req.method === 'POST' ? JSON.stringify({ counted: true, visit: JSON.parse(body).path.length > 0 }) : summary;
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(out) });
    res.end(out);
  });
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('bare ready'));
`;

async function startBare() {
  const port = await freePort();
  const child = await startProcess(['--input-type=module', '-e', BARE_SERVER], { PORT: String(port) }, /bare ready/);
  return { child, origin: `http://127.0.0.1:${port}` };
}

/** Starts the built server on `backend` (its DATA_DIR, DATABASE_URL, REDIS_URL). */
async function startPortal(backend) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = await startProcess(
    [join(serverDir, 'dist/main.js')],
    { PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: origin, LOG_LEVEL: 'warn', ...backend.env },
    /Agency Portal is running at/,
  );
  return { child, origin };
}

/** SQLite in a fresh DATA_DIR. */
function sqliteBackend(name, dataDir) {
  const file = join(dataDir, 'portal.db');
  return {
    name,
    env: { DATA_DIR: dataDir },
    async storeHits(count) {
      return storeHitsSqlite(file, count);
    },
    async countHits() {
      const db = new Database(file, { readonly: true });
      try {
        return db.prepare('SELECT COUNT(*) FROM stats_hits').pluck().get();
      } finally {
        db.close();
      }
    },
    async drop() {},
  };
}

/** PostgreSQL in a schema of its own (selected through the URL's search_path), with or without Redis. */
async function postgresBackend(name, dataDir, withRedis) {
  const schema = `ap_bench_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const url = new URL(DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const query = async (sql, params) => {
    const client = new pg.Client({ connectionString: url.href });
    await client.connect();
    try {
      return await client.query(sql, params);
    } finally {
      await client.end();
    }
  };
  return {
    name,
    env: { DATA_DIR: dataDir, DATABASE_URL: url.href, ...(withRedis ? { REDIS_URL, REDIS_PREFIX: `${schema}:` } : {}) },
    async storeHits(count) {
      const have = Number((await query('SELECT COUNT(*) AS n FROM stats_hits')).rows[0].n);
      const end = Date.now() - 60_000;
      const step = (365 * 86_400_000) / count;
      await query(
        `INSERT INTO stats_hits (site, at, day, path, referrer, new_visit)
         SELECT 'portal', to_timestamp(($3::float8 - n * $4::float8) / 1000), (to_timestamp(($3::float8 - n * $4::float8) / 1000) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
                '/tin-tuc/bai-' || (n % 500), CASE WHEN n % 4 = 0 THEN 'www.google.com' END, n % 3 = 0
         FROM generate_series($1::bigint, $2::bigint) AS n`,
        [have, count - 1, end, step],
      );
      await query(`INSERT INTO stats_daily (site, day, visits, hits)
        SELECT site, day, COUNT(*) FILTER (WHERE new_visit), COUNT(*) FROM stats_hits GROUP BY site, day
        ON CONFLICT (site, day) DO UPDATE SET visits = excluded.visits, hits = excluded.hits`);
      await query('VACUUM ANALYZE stats_hits');
      return count - have;
    },
    async countHits() {
      return Number((await query('SELECT COUNT(*) AS n FROM stats_hits')).rows[0].n);
    },
    async drop() {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
      if (withRedis) {
        const redis = new Redis(REDIS_URL);
        const keys = await redis.keys(`${schema}:*`);
        if (keys.length > 0) await redis.del(...keys);
        redis.disconnect();
      }
    },
  };
}

/** Whether `check` succeeds within 2 s. */
async function reachable(check) {
  try {
    await Promise.race([check(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000))]);
    return true;
  } catch {
    return false;
  }
}

/** A wrk script that POSTs hits like the widget's beacon, from 1,000 different browsers in turn. */
function hitScript(origin) {
  return `
local n = 0
wrk.method = "POST"
wrk.body = '{"site":"portal","path":"/tin-tuc/hoi-nghi","referrer":"https://www.google.com/"}'
wrk.headers["content-type"] = "text/plain;charset=UTF-8"
wrk.headers["origin"] = "${origin}"
request = function()
  n = n + 1
  wrk.headers["user-agent"] = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0 bench-" .. (n % 1000)
  return wrk.format()
end
done = function(summary, latency, requests)
  io.write(string.format("ERRORS %d %d %d %d %d\\n", summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
`;
}

async function runWrk(name, url, script) {
  const args = ['-t1', `-c${CONNECTIONS}`, `-d${DURATION}`, '--latency'];
  if (script) args.push('-s', script);
  const result = spawnSync('wrk', [...args, url], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`wrk failed for ${name}:\n${result.stderr}${result.stdout}`);
  const out = result.stdout;
  const perSecond = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const latency = (p) => parseMs(new RegExp(`\\s${p}%\\s+([\\d.]+\\w+)`).exec(out)?.[1]);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  const errors = /ERRORS (\d+) (\d+) (\d+) (\d+) (\d+)/.exec(out)?.slice(1).map(Number) ?? [0, 0, 0, 0, 0];
  if (non2xx > 0 || errors.some(Boolean)) throw new Error(`${name}: ${non2xx} non-2xx answers, socket errors ${errors.join('/')}:\n${out}`);
  return { name, perSecond, p50: latency(50), p99: latency(99) };
}

function parseMs(text) {
  if (!text) return NaN;
  const value = parseFloat(text);
  if (text.endsWith('us')) return value / 1000;
  if (text.endsWith('ms')) return value;
  if (text.endsWith('s')) return value * 1000;
  return NaN;
}

/** Brings the stored hits to `count`: hit log rows over the last 365 days, one visit in three, and the rollups. */
function storeHitsSqlite(file, count) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const have = db.prepare('SELECT COUNT(*) FROM stats_hits').pluck().get();
  const add = count - have;
  const end = Date.now() - 60_000;
  const step = (365 * 86_400_000) / count;
  db.transaction(() => {
    db.prepare(
      `WITH RECURSIVE seq(n) AS (SELECT ? UNION ALL SELECT n + 1 FROM seq WHERE n < ?)
       INSERT INTO stats_hits (site, at, day, path, referrer, new_visit)
       SELECT 'portal', CAST(@end - n * @step AS INTEGER), date((@end - n * @step) / 1000 + 7 * 3600, 'unixepoch'),
              '/tin-tuc/bai-' || (n % 500), CASE n % 4 WHEN 0 THEN 'www.google.com' ELSE NULL END, n % 3 = 0
       FROM seq`
        .replace(/@end/g, String(end))
        .replace(/@step/g, String(step)),
    ).run(have, count - 1);
    db.exec(`INSERT INTO stats_daily (site, day, visits, hits)
             SELECT site, day, SUM(new_visit), COUNT(*) FROM stats_hits WHERE true GROUP BY site, day
             ON CONFLICT (site, day) DO UPDATE SET visits = excluded.visits, hits = excluded.hits`);
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return add;
}

const fmt = (value, digits = 0) =>
  Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '-';

ensureWrk();
const work = await mkdtemp(join(tmpdir(), 'ap-bench-stats-'));
const rows = [];
const pgUp = await reachable(async () => {
  const client = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 2000 });
  await client.connect();
  await client.end();
});
const redisUp = await reachable(async () => {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
  } finally {
    redis.disconnect();
  }
});
if (!pgUp) console.log(`PostgreSQL at ${DATABASE_URL} is not reachable: its rows are left out.`);
else if (!redisUp) console.log(`Redis at ${REDIS_URL} is not reachable: the PostgreSQL + Redis rows are left out.`);

/** A fresh store of each kind (a DATA_DIR, a PostgreSQL schema): one set for the hits, another for the summaries. */
const all = [];
async function freshBackends(phase) {
  const backends = [sqliteBackend('SQLite', join(work, `${phase}-sqlite`))];
  if (pgUp) backends.push(await postgresBackend('PostgreSQL', join(work, `${phase}-pg`), false));
  if (pgUp && redisUp) backends.push(await postgresBackend('PostgreSQL + Redis', join(work, `${phase}-pg-redis`), true));
  all.push(...backends);
  return backends;
}

try {
  const bare = await startBare();
  const bareHitScript = join(work, 'bare-hit.lua');
  await writeFile(bareHitScript, hitScript(bare.origin));
  const bareHit = await runWrk('bare node:http POST (JSON)', `${bare.origin}/api/v1/stats/hit`, bareHitScript);
  rows.push({ ...bareHit, ratio: 1 });

  // 1. Hits, on each store.
  for (const backend of await freshBackends('hits')) {
    const portal = await startPortal(backend);
    const script = join(work, 'hit.lua');
    await writeFile(script, hitScript(portal.origin));
    const check = await fetch(`${portal.origin}/api/v1/stats/hit`, {
      method: 'POST',
      headers: {
        origin: portal.origin,
        'content-type': 'text/plain',
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0',
      },
      body: JSON.stringify({ site: 'portal', path: '/' }),
    });
    if (check.status !== 200 || !(await check.json()).counted) throw new Error('The hit endpoint does not count a plain hit.');
    const hit = await runWrk(`POST /api/v1/stats/hit (${backend.name})`, `${portal.origin}/api/v1/stats/hit`, script);
    const counted = (await (await fetch(`${portal.origin}/api/v1/stats/summary?site=portal`)).json()).today;
    await stop(portal.child);
    const logged = await backend.countHits();
    rows.push({ ...hit, ratio: hit.perSecond / bareHit.perSecond, note: `${fmt(logged)} hits stored, ${fmt(counted)} visits` });
  }

  // 2. Summary reads at 10^5 and 10^7 stored hits.
  const bareGet = await runWrk('bare node:http GET (JSON)', `${bare.origin}/api/v1/stats/summary?site=portal`);
  rows.push({ ...bareGet, ratio: 1 });
  for (const backend of await freshBackends('summary')) {
    await stop((await startPortal(backend)).child); // creates and migrates the store
    for (const count of STORED) {
      const t0 = Date.now();
      await backend.storeHits(count);
      const seconds = (Date.now() - t0) / 1000;
      const portal = await startPortal(backend);
      const total = (await (await fetch(`${portal.origin}/api/v1/stats/summary?site=portal`)).json()).total;
      const summary = await runWrk(`GET /api/v1/stats/summary (${backend.name})`, `${portal.origin}/api/v1/stats/summary?site=portal`);
      await stop(portal.child);
      rows.push({
        ...summary,
        ratio: summary.perSecond / bareGet.perSecond,
        note: `${fmt(count)} hits stored (written in ${fmt(seconds, 1)} s), total ${fmt(total)} visits`,
      });
    }
  }
  await stop(bare.child);
} finally {
  for (const child of children) child.kill('SIGKILL');
  for (const backend of all) await backend.drop().catch((error) => console.error(`Could not clean up ${backend.name}: ${error.message}`));
  await rm(work, { recursive: true, force: true });
}

const header = ['target', 'req/s', 'p50 ms', 'p99 ms', 'vs bare', 'notes'];
const table = rows.map((r) => [r.name, fmt(r.perSecond), fmt(r.p50, 2), fmt(r.p99, 2), `${r.ratio.toFixed(2)}x`, r.note ?? '']);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) =>
  cells
    .map((cell, i) => (i === 0 || i === 5 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
    .join('  ')
    .trimEnd();
console.log(`\nwrk -t1 -c${CONNECTIONS} -d${DURATION}, loopback, Node ${process.version}\n`);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of table) console.log(line(row));
console.log('\nGoals: hit endpoint 1.0x bare; summary 0.8x bare, flat from 10^5 to 10^7 stored hits.');
