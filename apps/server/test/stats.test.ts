import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { addDays, dayIn, monthStart, weekStart } from '../src/stats/clock.js';
import type { Summary } from '../src/stats/engine.js';
import { SQLITE_FILE } from '../src/store/index.js';
import { startServer, type TestServer } from './helpers.js';

const HCM = 'Asia/Ho_Chi_Minh';
const ua = (name: string) => `Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0 visitor-${name}`;
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
const HEADLESS = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/141.0.0.0 Safari/537.36';

describe('stats calendar', () => {
  test('days are calendar days in the time zone (UTC+7 for Asia/Ho_Chi_Minh)', () => {
    assert.equal(dayIn(HCM, Date.parse('2026-11-29T16:59:59.999Z')), '2026-11-29');
    assert.equal(dayIn(HCM, Date.parse('2026-11-29T17:00:00Z')), '2026-11-30');
    assert.equal(dayIn(HCM, Date.parse('2026-12-31T17:00:00Z')), '2027-01-01');
    assert.equal(dayIn('UTC', Date.parse('2026-12-31T17:00:00Z')), '2026-12-31');
    assert.equal(dayIn('America/New_York', Date.parse('2026-03-08T04:59:00Z')), '2026-03-07');
  });

  test('weeks start on Monday, across month and year ends', () => {
    assert.equal(weekStart('2026-11-29'), '2026-11-23'); // Sunday
    assert.equal(weekStart('2026-11-30'), '2026-11-30'); // Monday
    assert.equal(weekStart('2026-12-06'), '2026-11-30');
    assert.equal(weekStart('2027-01-01'), '2026-12-28');
    assert.equal(monthStart('2026-02-28'), '2026-02-01');
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  });
});

/** A server with a settable clock, the portal site and a second site `so-gd` registered. */
async function statsServer(start: string) {
  let clock = new Date(start);
  const server = await startServer({ PUBLIC_URL: 'https://portal.example.vn' }, { now: () => clock, seed: false });
  await server.store.upsertStatsSite({ id: 'so-gd', origins: ['https://sogd.example.vn'], timeZone: 'UTC' });
  await server.app.stats.reloadSites();
  return {
    server,
    setClock: (iso: string) => (clock = new Date(iso)),
    advance: (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000)),
  };
}

interface HitOptions {
  site?: string;
  origin?: string | null;
  userAgent?: string | null;
  body?: string;
  contentType?: string;
  type?: string;
}

async function hit(server: TestServer, visitor: string, options: HitOptions = {}) {
  const site = options.site ?? 'portal';
  const headers: Record<string, string> = { 'content-type': options.contentType ?? 'text/plain;charset=UTF-8' };
  const origin =
    options.origin === undefined ? (site === 'portal' ? 'https://portal.example.vn' : 'https://sogd.example.vn') : options.origin;
  if (origin !== null) headers.origin = origin;
  const userAgent = options.userAgent === undefined ? ua(visitor) : options.userAgent;
  if (userAgent !== null) headers['user-agent'] = userAgent;
  const body =
    options.body ?? JSON.stringify({ site, path: '/tin-tuc', referrer: 'https://www.google.com/search?q=x', type: options.type });
  const response = await fetch(server.url('/api/v1/stats/hit'), { method: 'POST', headers, body });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

async function summary(server: TestServer, site = 'portal'): Promise<Summary> {
  const response = await fetch(server.url(`/api/v1/stats/summary?site=${site}`));
  assert.equal(response.status, 200);
  return (await response.json()) as Summary;
}

const counts = ({ online, today, week, month, total }: Summary) => ({ online, today, week, month, total });

function hitRows(server: TestServer): { site: string; path: string; referrer: string | null; new_visit: number }[] {
  const db = new Database(join(server.config.dataDir, SQLITE_FILE), { readonly: true });
  try {
    return db.prepare('SELECT site, path, referrer, new_visit FROM stats_hits ORDER BY id').all() as never;
  } finally {
    db.close();
  }
}

describe('POST /api/v1/stats/hit: refused hits count nothing', () => {
  let server: TestServer;
  before(async () => ({ server } = await statsServer('2026-11-27T03:00:00Z')));
  after(() => server.close());

  const refusals: [string, HitOptions, number, string][] = [
    ['an unknown site', { site: 'khong-co', origin: 'https://portal.example.vn' }, 404, 'unknown_site'],
    ['an origin not registered for the site', { origin: 'https://evil.example.com' }, 403, 'origin_not_allowed'],
    ["another site's origin", { origin: 'https://sogd.example.vn' }, 403, 'origin_not_allowed'],
    ['no Origin header', { origin: null }, 403, 'origin_required'],
    ['a body that is not JSON', { body: 'site=portal' }, 400, 'invalid_body'],
    ['a JSON array', { body: '[]' }, 400, 'invalid_body'],
    ['a missing path', { body: '{"site":"portal"}' }, 400, 'invalid_body'],
    ['a path that is a full URL', { body: '{"site":"portal","path":"https://x.vn/"}' }, 400, 'invalid_body'],
    ['a bad site id', { body: '{"site":"../x","path":"/"}' }, 400, 'invalid_body'],
    ['an unknown type', { body: '{"site":"portal","path":"/","type":"click"}' }, 400, 'invalid_body'],
    ['an oversized body', { body: JSON.stringify({ site: 'portal', path: `/${'a'.repeat(5000)}` }) }, 413, 'payload_too_large'],
    ['an unsupported content type', { contentType: 'application/x-www-form-urlencoded' }, 415, 'unsupported_media_type'],
  ];
  for (const [name, options, status, code] of refusals) {
    test(`${name}: ${status} ${code}`, async () => {
      const response = await hit(server, 'a', options);
      assert.equal(response.status, status, JSON.stringify(response.body));
      assert.equal((response.body.error as { code: string }).code, code);
      assert.equal(response.headers.get('access-control-allow-origin'), null);
    });
  }

  test('bots, headless browsers and requests without a user agent are answered but not counted', async () => {
    for (const userAgent of [GOOGLEBOT, HEADLESS, null]) {
      const response = await hit(server, 'x', { userAgent });
      assert.equal(response.status, 200);
      assert.deepEqual(response.body, { counted: false, reason: 'bot' });
    }
  });

  test('after all of that, nothing is stored or counted', async () => {
    assert.deepEqual(counts(await summary(server)), { online: 0, today: 0, week: 0, month: 0, total: 0 });
    assert.deepEqual(hitRows(server), []);
  });

  test('a registered origin may read the answer (CORS), and a JSON content type works too', async () => {
    const response = await hit(server, 'a', { contentType: 'application/json' });
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { counted: true, visit: true });
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://portal.example.vn');
    const preflight = await fetch(server.url('/api/v1/stats/hit'), { method: 'OPTIONS', headers: { origin: 'https://sogd.example.vn' } });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-methods'), 'POST');
  });

  test('summary and stream need a registered site', async () => {
    for (const path of ['/api/v1/stats/summary', '/api/v1/stats/stream']) {
      assert.equal((await fetch(server.url(`${path}?site=nowhere`))).status, 404);
      assert.equal((await fetch(server.url(path))).status, 400);
      assert.equal((await fetch(server.url(`${path}?site=a&site=b`))).status, 400);
    }
  });

  test('a site registered while the server runs (the site command) has a summary before its first hit', async () => {
    assert.equal((await fetch(server.url('/api/v1/stats/summary?site=late'))).status, 404);
    await server.store.upsertStatsSite({ id: 'late', origins: ['https://late.example.vn'], timeZone: HCM });
    // Unknown sites are looked up again at most once a second.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const response = await fetch(server.url('/api/v1/stats/summary?site=late'));
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as Summary).total, 0);
  });
});

describe('counting known traffic', () => {
  let server: TestServer;
  let setClock: (iso: string) => Date;
  let advance: (minutes: number) => Date;
  beforeEach(async () => ({ server, setClock, advance } = await statsServer('2026-11-27T03:00:00Z')));
  afterEach(() => server.close());

  test('visits: repeat hits inside 30 minutes are one visit, a hit after 30 minutes without one starts another', async () => {
    assert.deepEqual((await hit(server, 'a')).body, { counted: true, visit: true });
    advance(10);
    assert.deepEqual((await hit(server, 'a')).body, { counted: true, visit: false });
    advance(29);
    assert.deepEqual((await hit(server, 'a')).body, { counted: true, visit: false }, '29 minutes after the last hit');
    advance(30);
    assert.deepEqual((await hit(server, 'a')).body, { counted: true, visit: true }, '30 minutes after the last hit');
    assert.deepEqual((await hit(server, 'b')).body, { counted: true, visit: true });
    await hit(server, 'bot', { userAgent: GOOGLEBOT });
    assert.deepEqual(counts(await summary(server)), { online: 2, today: 3, week: 3, month: 3, total: 3 });
    assert.equal(hitRows(server).length, 5, 'every counted hit is in the log');
  });

  test('sites are counted apart; the network total adds them up', async () => {
    await hit(server, 'a');
    await hit(server, 'a', { site: 'so-gd' });
    await hit(server, 'b', { site: 'so-gd' });
    assert.deepEqual(counts(await summary(server)), { online: 1, today: 1, week: 1, month: 1, total: 1 });
    assert.deepEqual(counts(await summary(server, 'so-gd')), { online: 2, today: 2, week: 2, month: 2, total: 2 });
    const network = (await (await fetch(server.url('/api/v1/stats/network'))).json()) as Summary & { sites: number };
    assert.deepEqual({ ...counts(network), sites: network.sites }, { online: 3, today: 3, week: 3, month: 3, total: 3, sites: 2 });
  });

  test('online: distinct visitors with a hit or heartbeat in the last 5 minutes', async () => {
    await hit(server, 'a');
    await hit(server, 'b');
    await hit(server, 'a');
    assert.equal((await summary(server)).online, 2);
    advance(4);
    assert.deepEqual((await hit(server, 'b', { type: 'heartbeat' })).body, { counted: false, reason: 'heartbeat' });
    advance(2);
    assert.deepEqual(counts(await summary(server)), { online: 1, today: 2, week: 2, month: 2, total: 2 }, 'a left, b sent a heartbeat');
    await hit(server, 'c', { type: 'heartbeat' });
    assert.deepEqual(counts(await summary(server)), { online: 2, today: 2, week: 2, month: 2, total: 2 }, 'a heartbeat is not a visit');
    advance(5);
    assert.equal((await summary(server)).online, 0);
  });

  test('midnight, Monday and the month end in Asia/Ho_Chi_Minh; a visit across midnight counts once', async () => {
    setClock('2026-11-29T16:50:00Z'); // Sunday 29 November, 23:50 in Hanoi
    await hit(server, 'a');
    assert.deepEqual(counts(await summary(server)), { online: 1, today: 1, week: 1, month: 1, total: 1 });
    setClock('2026-11-29T17:10:00Z'); // Monday 30 November, 00:10: a new day, week and salt
    assert.deepEqual((await hit(server, 'a')).body, { counted: true, visit: false }, 'still the visit that began at 23:50');
    await hit(server, 'b');
    const monday = await summary(server);
    assert.equal(monday.timezone, HCM);
    assert.deepEqual(counts(monday), { online: 2, today: 1, week: 1, month: 2, total: 2 });
    setClock('2026-11-30T16:59:59Z'); // Monday 23:59:59
    await hit(server, 'c');
    assert.deepEqual(counts(await summary(server)), { online: 1, today: 2, week: 2, month: 3, total: 3 });
    setClock('2026-11-30T17:00:00Z'); // Tuesday 1 December, 00:00: a new month, the same week
    assert.deepEqual(counts(await summary(server)), { online: 1, today: 0, week: 2, month: 0, total: 3 });
    await hit(server, 'd');
    assert.deepEqual(counts(await summary(server)), { online: 2, today: 1, week: 3, month: 1, total: 4 });
  });

  test('the year end: the week of 28 December 2026 goes on into January 2027', async () => {
    setClock('2026-12-31T16:59:00Z'); // Thursday 31 December, 23:59
    await hit(server, 'a');
    setClock('2026-12-31T17:00:00Z'); // Friday 1 January 2027, 00:00
    assert.deepEqual(counts(await summary(server)), { online: 1, today: 0, week: 1, month: 0, total: 1 });
    setClock('2026-12-31T17:45:00Z');
    await hit(server, 'a'); // 46 minutes later: a new visit
    assert.deepEqual(counts(await summary(server)), { online: 1, today: 1, week: 2, month: 1, total: 2 });
  });

  test("a site's own time zone sets its days", async () => {
    setClock('2026-11-29T20:00:00Z'); // Monday 03:00 in Hanoi, still Sunday in UTC
    await hit(server, 'a', { site: 'so-gd' });
    await hit(server, 'a');
    const sogd = await summary(server, 'so-gd');
    assert.equal(sogd.timezone, 'UTC');
    setClock('2026-11-30T01:00:00Z'); // Monday in UTC: the visit was last week there, this week in Hanoi
    assert.deepEqual(counts(await summary(server, 'so-gd')), { online: 0, today: 0, week: 0, month: 1, total: 1 });
    assert.deepEqual(counts(await summary(server)), { online: 0, today: 1, week: 1, month: 1, total: 1 });
  });

  test('the summary states its definitions', async () => {
    const { definitions, updatedAt } = await summary(server);
    assert.deepEqual(definitions, {
      counts: 'visits',
      visitGapMinutes: 30,
      onlineWindowMinutes: 5,
      weekStartsOn: 'monday',
      botsExcluded: true,
      cookies: false,
    });
    assert.equal(updatedAt, '2026-11-27T03:00:00.000Z');
  });

  test('no IP, user agent, visitor hash, or referrer path is stored with a hit', async () => {
    await hit(server, 'marker-9c1e');
    assert.deepEqual(hitRows(server), [{ site: 'portal', path: '/tin-tuc', referrer: 'www.google.com', new_visit: 1 }]);
    // The database files (the uploaded images' folder is there too, and empty).
    for (const file of readdirSync(server.config.dataDir, { withFileTypes: true }).flatMap((entry) =>
      entry.isFile() ? [entry.name] : [],
    )) {
      const bytes = readFileSync(join(server.config.dataDir, file)).toString('latin1');
      assert.ok(!bytes.includes('marker-9c1e'), file);
      assert.ok(!bytes.includes('127.0.0.1'), file);
      assert.ok(!bytes.includes('search?q='), file);
    }
  });

  test('counts survive a restart: the rollups and the visitors of the last 30 minutes are reloaded', async () => {
    await hit(server, 'a');
    await hit(server, 'b');
    const before = counts(await summary(server));
    // A second server on the same data folder, as after a restart.
    const { buildApp } = await import('../src/app.js');
    const { openStore } = await import('../src/store/index.js');
    await server.app.close();
    const store = await openStore(server.config);
    const app = buildApp(server.config, store, { now: () => new Date('2026-11-27T03:10:00Z') });
    await app.ready();
    try {
      assert.deepEqual(counts(app.stats.summary('portal')!), { ...before, online: 0 }, 'ten minutes later: nobody online any more');
      const again = await app.inject({
        method: 'POST',
        url: '/api/v1/stats/hit',
        headers: { origin: 'https://portal.example.vn', 'user-agent': ua('a'), 'content-type': 'text/plain' },
        payload: JSON.stringify({ site: 'portal', path: '/' }),
      });
      assert.deepEqual(again.json(), { counted: true, visit: false }, 'a is still in the visit it began before the restart');
      assert.equal(app.stats.summary('portal')!.total, 2);
    } finally {
      await app.close();
    }
  });
});

describe('GET /api/v1/stats/stream', () => {
  let server: TestServer;
  before(async () => ({ server } = await statsServer('2026-11-27T03:00:00Z')));
  after(() => server.close());

  test('sends the summary at once, then again after a hit, as Server-Sent Events', async () => {
    const controller = new AbortController();
    const response = await fetch(server.url('/api/v1/stats/stream?site=portal'), { signal: controller.signal });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type')!, /^text\/event-stream/);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    const nextEvent = async (): Promise<Summary> => {
      for (;;) {
        const match = /event: summary\ndata: (.*)\n\n/.exec(buffer);
        if (match) {
          buffer = buffer.slice(match.index + match[0].length);
          return JSON.parse(match[1]) as Summary;
        }
        const { value, done } = await reader.read();
        assert.ok(!done, 'the stream ended');
        buffer += value;
      }
    };
    try {
      assert.deepEqual(counts(await nextEvent()), { online: 0, today: 0, week: 0, month: 0, total: 0 });
      await hit(server, 'a');
      assert.deepEqual(counts(await nextEvent()), { online: 1, today: 1, week: 1, month: 1, total: 1 });
    } finally {
      controller.abort();
    }
  });
});

describe('the site command (npm run site:add)', () => {
  const run = async (dataDir: string, ...args: string[]) => {
    const { spawnSync } = await import('node:child_process');
    const cli = fileURLToPath(new URL('../src/stats/cli.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });
    return { status: result.status, out: result.stdout + result.stderr };
  };

  test('adds a site, adds origins to it, refuses bad input, and the server accepts hits from it', async () => {
    const server = await startServer({}, { seed: false });
    try {
      const dir = server.config.dataDir;
      for (const bad of [
        ['add', '--id', 'So GD', '--origin', 'https://sogd.example.vn'],
        ['add', '--id', 'so-gd', '--origin', 'https://sogd.example.vn/trang'],
        ['add', '--id', 'so-gd', '--origin', 'ftp://sogd.example.vn'],
        ['add', '--id', 'so-gd'],
        ['add', '--id', 'so-gd', '--origin', 'https://sogd.example.vn', '--time-zone', 'Mars/Olympus'],
      ]) {
        const result = await run(dir, ...bad);
        assert.equal(result.status, 2, `${bad.join(' ')}: ${result.out}`);
      }
      assert.deepEqual(
        (await server.store.listStatsSites()).map((site) => site.id),
        ['portal'],
      );
      assert.equal((await run(dir, 'add', '--id', 'so-gd', '--origin', 'https://sogd.example.vn/')).status, 0);
      const added = await run(dir, 'add', '--id', 'so-gd', '--origin', 'http://localhost:5173', '--time-zone', 'UTC');
      assert.equal(added.status, 0, added.out);
      assert.match(added.out, /Updated site so-gd \(UTC\): https:\/\/sogd.example.vn http:\/\/localhost:5173/);
      // The running server picks the new site up at its first hit.
      const response = await hit(server, 'a', { site: 'so-gd', origin: 'http://localhost:5173' });
      assert.deepEqual(response.body, { counted: true, visit: true });
      assert.equal((await summary(server, 'so-gd')).timezone, 'UTC');
    } finally {
      await server.close();
    }
  });
});
