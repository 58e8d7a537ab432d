import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { runFeedsCommand } from '../src/feeds-in/commands.js';
import { backoffMinutes, FeedScheduler, refreshSource, type RefreshOptions } from '../src/feeds-in/refresh.js';
import { fakeResolver, startFixtureServer, type FixtureServer } from './feeds-in-fixture-server.js';
import { startServer, type TestServer } from './helpers.js';
import { RedisShared } from '../src/shared/redis.js';
import { redisPrefix, redisSkip, TEST_REDIS_URL } from './redis-support.js';

const noRedis = await redisSkip();

const NOW = new Date('2026-11-27T03:00:00.000Z');

let fixtures: FixtureServer;
let server: TestServer;
/** The server's clock and the refresher's: tests move it. */
let now: Date;
let refresh: Omit<RefreshOptions, 'signal'>;

before(async () => {
  fixtures = await startFixtureServer();
  refresh = { fetch: { exemptions: [fixtures.exemption], resolve: fakeResolver({}) }, now: () => now };
});
after(() => fixtures.close());

beforeEach(async () => {
  now = NOW;
  await server?.close();
  server = await startServer({}, { now: () => now, seed: false });
});
after(() => server?.close());

async function getJson(path: string) {
  const response = await fetch(server.url(path));
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown> & { items: Array<Record<string, unknown>> },
  };
}

async function addSource(id: string, path: string, refreshMinutes = 30) {
  assert.equal(await server.store.addFeedSource({ id, name: `Nguồn ${id}`, url: fixtures.url(path), refreshMinutes }, now), true);
  return (await server.store.getFeedSource(id))!;
}

describe('GET /api/v1/feeds/{feedId}/items', () => {
  test('serves a refreshed source in the articles item shape, with stale and fetchedAt', async () => {
    const source = await addSource('so-tttt', '/made/vn-portal.rss');
    const outcome = await refreshSource(server.store, source, refresh);
    assert.equal(outcome.status, 'updated');

    const { status, headers, body } = await getJson('/api/v1/feeds/so-tttt/items?pageSize=2');
    assert.equal(status, 200);
    assert.equal(headers.get('access-control-allow-origin'), '*');
    assert.equal(headers.get('cache-control'), 'public, max-age=60');
    assert.deepEqual(body.feed, { id: 'so-tttt', name: 'Nguồn so-tttt', siteUrl: 'https://stttt.example.gov.vn/' });
    assert.equal(body.stale, false);
    assert.equal(body.fetchedAt, NOW.toISOString());
    assert.deepEqual([body.page, body.pageSize, body.total, body.totalPages], [1, 2, 3, 2]);
    const [first] = body.items;
    assert.deepEqual(first, {
      id: first.id,
      slug: null,
      title: 'Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2027',
      summary:
        'Sở Thông tin và Truyền thông tổ chức hội nghị triển khai nhiệm vụ chuyển đổi số năm 2027 với sự tham gia của các sở, ngành.',
      image: { url: 'https://stttt.example.gov.vn/media/hoi-nghi.jpg', alt: '', width: null, height: null },
      category: { slug: 'so-tttt', name: 'Nguồn so-tttt' },
      author: '',
      publishedAt: '2026-11-26T01:30:00.000Z',
      views: null,
      url: 'https://stttt.example.gov.vn/tin-hoat-dong/hoi-nghi-chuyen-doi-so-2027',
      html: '<p>Sở Thông tin và Truyền thông tổ chức hội nghị triển khai nhiệm vụ chuyển đổi số năm 2027 với sự tham gia của các sở, ngành.</p>',
    });
    const second = await getJson('/api/v1/feeds/so-tttt/items?page=2&pageSize=2');
    assert.deepEqual(
      second.body.items.map((item) => item.title),
      ['Ra mắt cổng dịch vụ công trực tuyến phiên bản mới'],
    );
  });

  test('a failing source keeps serving its last good items, marked stale', async () => {
    const source = await addSource('so-tttt', '/made/vn-portal.rss');
    await refreshSource(server.store, source, refresh);
    const before = (await getJson('/api/v1/feeds/so-tttt/items')).body.items;

    now = new Date(NOW.getTime() + 31 * 60_000);
    fixtures.failing.add('/made/vn-portal.rss');
    try {
      const outcome = await refreshSource(server.store, (await server.store.getFeedSource('so-tttt'))!, refresh);
      assert.equal(outcome.status, 'failed');
      assert.equal(outcome.error?.code, 'http_status');
    } finally {
      fixtures.failing.delete('/made/vn-portal.rss');
    }
    const { body } = await getJson('/api/v1/feeds/so-tttt/items');
    assert.equal(body.stale, true);
    assert.equal(body.fetchedAt, NOW.toISOString());
    assert.deepEqual(body.items, before);
    assert.equal(JSON.stringify(body).includes('http_status'), false, 'the reason stays on the server');

    const status = (await server.store.getFeedSource('so-tttt'))!;
    assert.equal(status.failures, 1);
    assert.equal(status.error?.code, 'http_status');
    assert.equal(status.nextFetchAt.getTime(), now.getTime() + 60 * 60_000, 'backed off to twice the interval');
  });

  test('a source not fetched yet answers an empty, stale list', async () => {
    await addSource('moi', '/made/vn-portal.rss');
    const { status, body } = await getJson('/api/v1/feeds/moi/items');
    assert.equal(status, 200);
    assert.deepEqual([body.items, body.total, body.stale, body.fetchedAt], [[], 0, true, null]);
  });

  test('a source is stale when its last success is older than three intervals', async () => {
    const source = await addSource('so-tttt', '/made/vn-portal.rss', 10);
    await refreshSource(server.store, source, refresh);
    now = new Date(NOW.getTime() + 30 * 60_000);
    assert.equal((await getJson('/api/v1/feeds/so-tttt/items')).body.stale, false);
    now = new Date(NOW.getTime() + 31 * 60_000);
    assert.equal((await getJson('/api/v1/feeds/so-tttt/items')).body.stale, true);
  });

  test('XSS payloads never reach the API', async () => {
    for (const [id, path] of [
      ['xss-rss', '/made/xss.rss'],
      ['xss-atom', '/made/xss.atom'],
      ['xss-json', '/made/xss.json'],
    ]) {
      await refreshSource(server.store, await addSource(id, path), refresh);
      const { body } = await getJson(`/api/v1/feeds/${id}/items?pageSize=50`);
      assert.ok(body.items.length > 0);
      for (const item of body.items) {
        // Only real tags count: escaped text such as "&lt;img onerror=...&gt;" is harmless text.
        const tags = ((item.html as string).match(/<[^>]*>/g) ?? []).join(' ');
        assert.doesNotMatch(tags, /<script|<iframe|\son\w+=|javascript:|data:|style=/i, `${id}: ${item.html}`);
        if (item.url !== null) assert.match(item.url as string, /^https?:\/\//);
      }
    }
  });

  test('bad input: unknown feed 404, bad id and bad paging 400, and no way to name a URL', async () => {
    assert.deepEqual((await getJson('/api/v1/feeds/khong-co/items')).status, 404);
    assert.deepEqual((await getJson('/api/v1/feeds/khong-co/items')).body, {
      error: { code: 'not_found', message: 'No feed "khong-co".' },
    });
    const badId = await getJson('/api/v1/feeds/Bad_Id/items');
    assert.equal(badId.status, 400);
    assert.equal((badId.body.error as { code: string }).code, 'invalid_parameter');
    await addSource('so-tttt', '/made/vn-portal.rss');
    const hitsBefore = fixtures.hits.get('/made/vn-portal.rss') ?? 0;
    for (const query of ['page=0', 'page=abc', 'pageSize=51', 'page=1&page=2']) {
      const { status, body } = await getJson(`/api/v1/feeds/so-tttt/items?${query}`);
      assert.equal(status, 400, query);
      assert.equal((body.error as { code: string }).code, 'invalid_parameter');
    }
    const byUrl = await getJson(`/api/v1/feeds/items?url=${encodeURIComponent(fixtures.url('/made/vn-portal.rss'))}`);
    assert.equal(byUrl.status, 404);
    assert.equal(fixtures.hits.get('/made/vn-portal.rss') ?? 0, hitsBefore, 'nothing was fetched by the API');
  });
});

describe('the refresh scheduler', () => {
  test('63 sources, 4 at a time; malformed and failing feeds do not stop the others', async () => {
    const broken = new Map([
      ['nguon-07', '/hold/made/malformed-truncated.rss'],
      ['nguon-21', '/hold/made/not-a-feed.html'],
      ['nguon-42', '/hold/real/feedparser-rss_image_width_stray_end_tag.xml'],
      ['nguon-55', '/hold/missing.rss'],
    ]);
    const ids = Array.from({ length: 63 }, (_, i) => `nguon-${String(i + 1).padStart(2, '0')}`);
    for (const id of ids) await addSource(id, broken.get(id) ?? '/hold/made/vn-portal.rss');

    // The fixture server holds each request until 4 are waiting (or all that are left): with more than 4 at
    // a time it would see a fifth, with fewer it would wait forever.
    let started = 0;
    fixtures.hold.maxInFlight = 0;
    fixtures.hold.releaseWhen = (inFlight) => {
      started++;
      return inFlight === Math.min(4, 63 - (started - inFlight));
    };
    const scheduler = new FeedScheduler(server.store, { ...refresh, concurrency: 4 });
    const progress: string[] = [];
    const outcomes = await scheduler.refreshAll({
      onResult: (outcome, done, total) => progress.push(`${done}/${total} ${outcome.sourceId}`),
    });
    fixtures.hold.releaseWhen = () => true;

    assert.equal(fixtures.hold.maxInFlight, 4);
    assert.equal(outcomes.length, 63);
    assert.equal(progress.length, 63);
    assert.equal(progress.at(-1)?.startsWith('63/63 '), true);
    const failed = outcomes.filter((outcome) => outcome.status === 'failed').map((outcome) => `${outcome.sourceId} ${outcome.error?.code}`);
    assert.deepEqual(failed.sort(), ['nguon-07 parse_failed', 'nguon-21 not_a_feed', 'nguon-42 parse_failed', 'nguon-55 http_status']);
    assert.equal(outcomes.filter((outcome) => outcome.status === 'updated').length, 59);
    for (const source of await server.store.listFeedSources()) {
      assert.equal(source.itemCount, broken.has(source.id) ? 0 : 3, source.id);
      assert.equal(source.error === null, !broken.has(source.id), source.id);
    }
  });

  test('only due sources are refreshed; failing ones back off, doubling up to a day', async () => {
    await addSource('tot', '/made/vn-portal.rss', 30);
    await addSource('hong', '/status/500', 30);
    const scheduler = new FeedScheduler(server.store, refresh);

    assert.deepEqual((await scheduler.refreshDue()).map((outcome) => `${outcome.sourceId} ${outcome.status}`).sort(), [
      'hong failed',
      'tot updated',
    ]);
    assert.deepEqual(await scheduler.refreshDue(), [], 'nothing is due right after a pass');

    now = new Date(NOW.getTime() + 30 * 60_000);
    assert.deepEqual(
      (await scheduler.refreshDue()).map((outcome) => `${outcome.sourceId} ${outcome.status}`),
      ['tot not-modified'],
      'the good source is due again (and unchanged: conditional GET); the failing one is backed off',
    );
    now = new Date(NOW.getTime() + 60 * 60_000);
    assert.deepEqual((await scheduler.refreshDue()).map((outcome) => `${outcome.sourceId} ${outcome.status}`).sort(), [
      'hong failed',
      'tot not-modified',
    ]);
    const hong = (await server.store.getFeedSource('hong'))!;
    assert.equal(hong.failures, 2);
    assert.equal(hong.nextFetchAt.getTime(), now.getTime() + 120 * 60_000);

    assert.deepEqual(
      [1, 2, 3, 4, 5, 6, 7, 10].map((failures) => backoffMinutes(30, failures)),
      [60, 120, 240, 480, 960, 1440, 1440, 1440],
    );
  });

  test('two instances with Redis fetch each due source once between them', { skip: noRedis }, async () => {
    const ids = ['mot', 'hai', 'ba', 'bon', 'nam', 'sau'];
    for (const id of ids) await addSource(id, '/made/vn-portal.rss');
    const before = fixtures.hits.get('/made/vn-portal.rss') ?? 0;
    const keys = redisPrefix();
    const shared = await Promise.all([RedisShared.connect(TEST_REDIS_URL, keys.prefix), RedisShared.connect(TEST_REDIS_URL, keys.prefix)]);
    try {
      const [a, b] = shared.map(
        (redis) => new FeedScheduler(server.store, { ...refresh, claim: (id) => redis.claim(`feed:${id}`, 60_000) }),
      );
      const [fromA, fromB] = await Promise.all([a.refreshDue(), b.refreshDue()]);
      const fetched = [...fromA, ...fromB].map((outcome) => outcome.sourceId);
      assert.deepEqual(fetched.sort(), [...ids].sort());
      assert.equal(fixtures.hits.get('/made/vn-portal.rss'), before + ids.length, 'one request per source');
    } finally {
      await Promise.all(shared.map((redis) => redis.close()));
      await keys.clear();
    }
  });

  test('a source that recovers is served fresh again', async () => {
    await addSource('hong', '/made/vn-portal.rss', 30);
    const scheduler = new FeedScheduler(server.store, refresh);
    fixtures.failing.add('/made/vn-portal.rss');
    try {
      await scheduler.refreshAll();
    } finally {
      fixtures.failing.delete('/made/vn-portal.rss');
    }
    assert.equal((await server.store.getFeedSource('hong'))!.failures, 1);
    await scheduler.refreshAll();
    const hong = (await server.store.getFeedSource('hong'))!;
    assert.deepEqual([hong.failures, hong.error, hong.itemCount], [0, null, 3]);
    assert.equal((await getJson('/api/v1/feeds/hong/items')).body.stale, false);
  });

  test('an item keeps its id across refreshes; items gone from the feed go', async () => {
    const source = await addSource('so-tttt', '/made/vn-portal.rss');
    await refreshSource(server.store, source, refresh);
    const first = (await getJson('/api/v1/feeds/so-tttt/items')).body.items.map((item) => item.id);
    // The same items again (forced past the conditional GET by forgetting the validators).
    await server.store.saveFeedFetch('so-tttt', { kind: 'not-modified', at: now, nextFetchAt: now });
    await refreshSource(server.store, { ...(await server.store.getFeedSource('so-tttt'))!, etag: null, lastModified: null }, refresh);
    assert.deepEqual(
      (await getJson('/api/v1/feeds/so-tttt/items')).body.items.map((item) => item.id),
      first,
    );

    await server.store.saveFeedFetch('so-tttt', {
      kind: 'updated',
      at: now,
      nextFetchAt: now,
      etag: null,
      lastModified: null,
      siteUrl: null,
      items: [
        {
          key: 'only',
          title: 'Chỉ còn một',
          url: 'https://site.example/1',
          summary: '',
          html: '',
          author: '',
          image: null,
          publishedAt: null,
        },
      ],
    });
    const { body } = await getJson('/api/v1/feeds/so-tttt/items');
    assert.deepEqual(
      body.items.map((item) => item.title),
      ['Chỉ còn một'],
    );
  });

  test('stop() cancels fetches under way', async () => {
    await addSource('cham', '/no-answer');
    const scheduler = new FeedScheduler(server.store, { ...refresh, tickMs: 60_000 });
    scheduler.start();
    while ((fixtures.hits.get('/no-answer') ?? 0) === 0) await new Promise((resolve) => setImmediate(resolve));
    await scheduler.stop();
    const cham = (await server.store.getFeedSource('cham'))!;
    assert.equal(cham.error?.code, 'timeout');
  });
});

describe('the feeds CLI', () => {
  async function run(...args: string[]) {
    const lines: string[] = [];
    const code = await runFeedsCommand(args, { store: server.store, out: (line) => lines.push(line), refresh, now: () => now });
    return { code, output: lines.join('\n') };
  }

  test('add, list, refresh with progress, remove', async () => {
    const added = await run('add', 'so-tttt', fixtures.url('/made/vn-portal.rss'), '--name', 'Sở TT&TT', '--every', '15');
    assert.equal(added.code, 0);
    assert.match(added.output, /Added feed "so-tttt" \(Sở TT&TT\).*every 15 minutes/);
    assert.match(added.output, /<ap-article-list feed="so-tttt"><\/ap-article-list>/);
    assert.equal((await run('add', 'hong', fixtures.url('/made/malformed-truncated.rss'))).code, 0);

    assert.match((await run('list')).output, /so-tttt {2}Sở TT&TT .*\n {4}every 15 min; never fetched; 0 items, STALE/);

    const refreshed = await run('refresh');
    assert.equal(refreshed.code, 0);
    assert.match(refreshed.output, /\[\d\/2\] so-tttt: updated, 3 items/);
    assert.match(refreshed.output, /\[\d\/2\] hong: FAILED parse_failed: /);
    assert.match(refreshed.output, /Done: 1 updated, 0 not modified, 1 failed\./);

    const listed = (await run('list')).output;
    assert.match(listed, /so-tttt .*\n {4}every 15 min; fetched 2026-11-27T03:00:00\.000Z; 3 items; next/);
    assert.match(listed, /last error \(1 in a row\): parse_failed: Not a readable RSS, RDF or Atom feed/);

    assert.match((await run('refresh', 'so-tttt')).output, /\[1\/1\] so-tttt: not modified/);

    assert.equal((await run('remove', 'hong')).code, 0);
    assert.equal((await server.store.listFeedSources()).length, 1);
  });

  test('bad input is refused with a clear message and changes nothing', async () => {
    for (const args of [
      ['add', 'Bad_Id', 'https://site.example/feed.rss'],
      ['add', 'tot', 'file:///etc/passwd'],
      ['add', 'tot', 'not a url'],
      ['add', 'tot', 'https://user:pass@site.example/feed.rss'],
      ['add', 'tot', 'https://site.example/feed.rss', '--every', '1'],
      ['add', 'tot', 'https://site.example/feed.rss', '--every', 'often'],
    ]) {
      const { code, output } = await run(...args);
      assert.equal(code, 1, args.join(' '));
      assert.ok(output.length > 20, output);
    }
    assert.equal((await run('add', 'tot')).code, 2);
    assert.equal((await run('frobnicate')).code, 2);
    assert.equal((await run('remove', 'khong-co')).code, 1);
    assert.equal((await run('refresh', 'khong-co')).code, 1);
    assert.deepEqual(await server.store.listFeedSources(), []);

    assert.equal((await run('add', 'tot', 'https://site.example/feed.rss')).code, 0);
    const duplicate = await run('add', 'tot', 'https://other.example/feed.rss');
    assert.equal(duplicate.code, 1);
    assert.match(duplicate.output, /already exists/);
    assert.equal((await server.store.getFeedSource('tot'))?.url, 'https://site.example/feed.rss');
  });
});
