// A member site's feed URL is its feed source, on the real server, on SQLite and on PostgreSQL, with feeds served by the
// real fixture server: a site created with a feed URL is fetched and served through the feed API; a new URL is fetched
// (the old items served until then), a cleared one removes the source; a disabled site's feed is not fetched and
// answers 410 until it is enabled; a source from feeds:add is adopted, not duplicated; the command line does the same
// as the API; a database from before gets the sources of its sites; with Redis, one instance fetches a changed feed.
import assert from 'node:assert/strict';
import { runFeedsCommand } from '../src/feeds-in/commands.js';
import { FeedScheduler, type RefreshOptions } from '../src/feeds-in/refresh.js';
import { RedisShared } from '../src/shared/redis.js';
import type { Store } from '../src/store/types.js';
import { MIGRATIONS } from '../src/store/migrations.js';
import { PG_MIGRATIONS } from '../src/store/pg-migrations.js';
import { fakeResolver, startFixtureServer, type FixtureServer } from './feeds-in-fixture-server.js';
import { runCli } from './helpers.js';
import { startNewsroomServer, type NewsroomServer } from './newsroom-support.js';
import { commandLineDatabase, describeStore, describeWith, storeBackends } from './pg-support.js';
import { redisPrefix, redisSkip, TEST_REDIS_URL } from './redis-support.js';

const noRedis = await redisSkip();

const PORTAL_FEED = '/made/vn-portal.rss';
const PORTAL_TITLES = ['Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2027', 'Tập huấn kỹ năng an toàn thông tin cho cán bộ cấp xã'];
const OTHER_FEED = '/made/thumbnails.rss';
/** Fetched by the two-instance test only, so its requests are that test's. */
const REDIS_FEED = '/made/windows-1252.rss';

const site = (id: string, feedUrl?: string | null) => ({
  id,
  name: `Sở ${id}`,
  homeUrl: `https://${id}.example.vn/`,
  origins: [`https://${id}.example.vn`],
  ...(feedUrl === undefined ? {} : { feedUrl }),
});

/** The feed API's answer for `id`. */
async function feedApi(server: NewsroomServer, id: string) {
  const response = await fetch(server.url(`/api/v1/feeds/${id}/items?pageSize=50`));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, body: (await response.json()) as any };
}

const titles = (body: { items: { title: string }[] }) => body.items.map((item) => item.title);

for (const backend of await storeBackends()) {
  describeStore(backend, 'member sites and their feeds', ({ test, before, after }) => {
    let fixtures: FixtureServer;
    let fetchOptions: RefreshOptions['fetch'];
    let server: NewsroomServer;
    let scheduler: FeedScheduler;
    before(async () => {
      fixtures = await startFixtureServer();
      fetchOptions = { exemptions: [fixtures.exemption], resolve: fakeResolver({}) };
      server = await startNewsroomServer(backend);
      scheduler = new FeedScheduler(server.store, { fetch: fetchOptions, now: server.clock.now });
    });
    after(async () => {
      await server.close();
      await fixtures.close();
    });

    const hits = (path: string) => fixtures.hits.get(path) ?? 0;
    const itemRows = async (id: string) =>
      Number((await backend.rows(server.store, `SELECT COUNT(*) AS n FROM feed_items WHERE source_id = '${id}'`))[0].n);
    const audit = async (id: string) =>
      (await server.store.listAudit({ offset: 0, limit: 50, target: { type: 'site', id } })).items.map((entry) => ({
        action: entry.action,
        feedUrl: entry.changes.feedUrl,
      }));

    test('a feed URL set is fetched and served; changed, the new feed replaces the old after its first fetch; cleared, the source goes', async () => {
      const first = fixtures.url(PORTAL_FEED);
      const created = await server.call('admin', 'POST', '/api/v1/newsroom/sites', site('so-gd', first));
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const source = await server.store.getFeedSource('so-gd');
      assert.equal(source?.url, first);
      assert.equal(source?.name, 'Sở so-gd', 'named after the site');
      assert.equal(source?.refreshMinutes, 30);
      assert.ok(source!.nextFetchAt.getTime() <= server.clock.now().getTime(), 'due at once');

      const waiting = await feedApi(server, 'so-gd');
      assert.deepEqual([waiting.status, waiting.body.items, waiting.body.stale], [200, [], true]);
      const fetched = await scheduler.refreshDue();
      assert.deepEqual(
        fetched.map(({ sourceId, status, items }) => ({ sourceId, status, items })),
        [{ sourceId: 'so-gd', status: 'updated', items: 3 }],
      );
      const served = await feedApi(server, 'so-gd');
      assert.equal(served.status, 200);
      assert.deepEqual(titles(served.body).slice(0, 2), PORTAL_TITLES);
      assert.deepEqual([served.body.feed.name, served.body.stale], ['Sở so-gd', false]);
      assert.deepEqual(await scheduler.refreshDue(), [], 'not due again yet');

      // A new address: due at once and fetched from scratch; the old items are served (as stale) until it succeeds.
      const second = fixtures.url(OTHER_FEED);
      const moved = await server.call('admin', 'PATCH', '/api/v1/newsroom/sites/so-gd', { version: 1, feedUrl: second });
      assert.equal(moved.status, 200, JSON.stringify(moved.body));
      const movedSource = await server.store.getFeedSource('so-gd');
      assert.deepEqual(
        [movedSource?.url, movedSource?.fetchedAt, movedSource?.etag, movedSource?.lastModified, movedSource?.nextFetchAt],
        [second, null, null, null, server.clock.now()],
      );
      const between = await feedApi(server, 'so-gd');
      assert.deepEqual([titles(between.body).slice(0, 2), between.body.stale], [PORTAL_TITLES, true]);
      // A fetch of the old address that ends only now (another instance's) records nothing.
      await server.store.saveFeedFetch('so-gd', {
        kind: 'updated',
        at: server.clock.now(),
        nextFetchAt: new Date(server.clock.now().getTime() + 30 * 60_000),
        etag: '"old"',
        lastModified: null,
        siteUrl: null,
        items: [],
        url: first,
      });
      assert.deepEqual(await server.store.getFeedSource('so-gd'), movedSource, 'the late record of the old address is ignored');
      const before = hits(OTHER_FEED);
      const refetched = await scheduler.refreshDue();
      assert.deepEqual(
        refetched.map(({ sourceId, status }) => [sourceId, status]),
        [['so-gd', 'updated']],
      );
      assert.equal(hits(OTHER_FEED), before + 1);
      const replaced = await feedApi(server, 'so-gd');
      assert.equal(replaced.body.items.length, 5);
      assert.ok(!titles(replaced.body).includes(PORTAL_TITLES[0]), 'the old feed’s items are gone');
      assert.equal(replaced.body.stale, false);

      // A new name only: the source follows it and keeps its fetch state.
      const fresh = await server.store.getFeedSource('so-gd');
      const renamed = await server.call('admin', 'PATCH', '/api/v1/newsroom/sites/so-gd', { version: 2, name: 'Sở Giáo dục' });
      assert.equal(renamed.status, 200);
      assert.deepEqual(await server.store.getFeedSource('so-gd'), { ...fresh, name: 'Sở Giáo dục' });
      assert.notEqual(fresh?.fetchedAt, null);

      const cleared = await server.call('admin', 'PATCH', '/api/v1/newsroom/sites/so-gd', { version: 3, feedUrl: null });
      assert.equal(cleared.status, 200);
      assert.equal(cleared.body.feedUrl, null);
      assert.equal(await server.store.getFeedSource('so-gd'), undefined);
      assert.equal(await itemRows('so-gd'), 0, 'its items went with it');
      const gone = await feedApi(server, 'so-gd');
      assert.deepEqual([gone.status, gone.body.error.code], [404, 'not_found']);

      assert.deepEqual(await audit('so-gd'), [
        { action: 'site.update', feedUrl: { before: second, after: null } },
        { action: 'site.update', feedUrl: undefined },
        { action: 'site.update', feedUrl: { before: first, after: second } },
        { action: 'site.create', feedUrl: { before: null, after: first } },
      ]);
    });

    test('a disabled site’s feed is not fetched and answers 410 site_disabled; enabled, it is fetched and shown again', async () => {
      const created = await server.call('admin', 'POST', '/api/v1/newsroom/sites', site('so-yte', fixtures.url(PORTAL_FEED)));
      assert.equal(created.status, 201);
      await scheduler.refreshAll({ ids: ['so-yte'] });
      assert.equal((await feedApi(server, 'so-yte')).body.items.length, 3);

      const disabled = await server.call('admin', 'POST', '/api/v1/newsroom/sites/so-yte/disable');
      assert.equal(disabled.status, 200);
      const refused = await feedApi(server, 'so-yte');
      assert.equal(refused.status, 410);
      assert.deepEqual(Object.keys(refused.body), ['error']);
      assert.equal(refused.body.error.code, 'site_disabled');
      assert.match(refused.body.error.message, /so-yte.*disabled/);
      const render = await fetch(server.url('/embed/render/article-list?feed=so-yte'));
      assert.deepEqual([render.status, ((await render.json()) as { error: { code: string } }).error.code], [410, 'site_disabled']);

      // Due again an hour later, but neither the scheduler nor feeds:refresh fetches it.
      server.advance(60 * 60_000);
      const before = hits(PORTAL_FEED);
      assert.deepEqual(
        (await scheduler.refreshDue()).map((outcome) => outcome.sourceId),
        [],
      );
      const lines: string[] = [];
      const code = await runFeedsCommand(['refresh', 'so-yte'], {
        store: server.store,
        out: (line) => lines.push(line),
        refresh: { fetch: fetchOptions },
        now: server.clock.now,
      });
      assert.equal(code, 0);
      assert.match(lines.join('\n'), /Not fetched, their site is disabled: so-yte\./);
      assert.equal(hits(PORTAL_FEED), before, 'nothing fetched');
      assert.equal(await itemRows('so-yte'), 3, 'its items are kept');

      const enabled = await server.call('admin', 'POST', '/api/v1/newsroom/sites/so-yte/enable');
      assert.equal(enabled.status, 200);
      const back = await feedApi(server, 'so-yte');
      assert.deepEqual([back.status, back.body.items.length], [200, 3]);
      assert.deepEqual(
        (await scheduler.refreshDue()).map((outcome) => [outcome.sourceId, outcome.status]),
        [['so-yte', 'not-modified']],
        'fetched again (its ETag still holds)',
      );
      assert.equal(hits(PORTAL_FEED), before + 1);
      assert.deepEqual(
        (await audit('so-yte')).map((entry) => entry.action),
        ['site.enable', 'site.disable', 'site.create'],
      );
    });

    test('refused writes leave the site and its feed source as they were', async () => {
      const url = fixtures.url(PORTAL_FEED);
      assert.equal((await server.call('admin', 'POST', '/api/v1/newsroom/sites', site('so-tc', url))).status, 201);
      const snapshot = async () => ({ sources: await server.store.listFeedSources(), sites: await server.store.listSites() });
      const before = await snapshot();
      const refusals: [string, string, unknown, number, string][] = [
        ['PATCH', '/api/v1/newsroom/sites/so-tc', { version: 1, feedUrl: 'ftp://so-tc.example.vn/rss' }, 400, 'validation_failed'],
        [
          'PATCH',
          '/api/v1/newsroom/sites/so-tc',
          { version: 1, feedUrl: 'https://user:pw@so-tc.example.vn/rss' },
          400,
          'validation_failed',
        ],
        ['PATCH', '/api/v1/newsroom/sites/so-tc', { version: 1, feedUrl: 42 }, 400, 'validation_failed'],
        ['PATCH', '/api/v1/newsroom/sites/so-tc', { version: 9, feedUrl: fixtures.url(OTHER_FEED) }, 409, 'version_conflict'],
        ['POST', '/api/v1/newsroom/sites', site('so-moi', 'javascript:alert(1)'), 400, 'validation_failed'],
        ['POST', '/api/v1/newsroom/sites', site('so-tc', fixtures.url(OTHER_FEED)), 409, 'site_exists'],
      ];
      for (const [method, path, body, status, code] of refusals) {
        const answer = await server.call('admin', method, path, body);
        assert.equal(answer.status, status, JSON.stringify(body));
        assert.equal(answer.body.error.code, code);
      }
      const editor = await server.call('editor', 'PATCH', '/api/v1/newsroom/sites/so-tc', { version: 1, feedUrl: null });
      assert.equal(editor.status, 403);
      assert.deepEqual(await snapshot(), before, 'nothing changed');
      assert.equal(await server.store.getFeedSource('so-moi'), undefined);
    });

    test('a source added with feeds:add before its site is adopted, not duplicated; feeds:add and feeds:remove leave sites’ feeds alone', async () => {
      const lines: string[] = [];
      const feeds = (...args: string[]) =>
        runFeedsCommand(args, {
          store: server.store,
          out: (line) => lines.push(line),
          refresh: { fetch: fetchOptions },
          now: server.clock.now,
        });
      const url = fixtures.url(PORTAL_FEED);
      assert.equal(await feeds('add', 'so-tttt', url, '--name', 'Sở TT&TT', '--every', '15'), 0);
      assert.equal(await feeds('refresh', 'so-tttt'), 0);
      const fetched = await server.store.getFeedSource('so-tttt');
      assert.equal(fetched?.itemCount, 3);

      // Registered without a feed URL: the site takes the source's, and the source (items, interval, fetch state) stays.
      const created = await server.call('admin', 'POST', '/api/v1/newsroom/sites', site('so-tttt'));
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.body.feedUrl, url);
      assert.deepEqual(await server.store.getFeedSource('so-tttt'), { ...fetched, name: 'Sở so-tttt' });
      assert.equal((await server.store.listFeedSources()).filter((source) => source.id === 'so-tttt').length, 1);
      assert.deepEqual((await audit('so-tttt'))[0], { action: 'site.create', feedUrl: { before: null, after: url } });

      // Registered with another feed URL: the source moves there (its interval kept) and is fetched anew.
      assert.equal(await feeds('add', 'so-xd', url, '--every', '60'), 0);
      const other = fixtures.url(OTHER_FEED);
      assert.equal((await server.call('admin', 'POST', '/api/v1/newsroom/sites', site('so-xd', other))).status, 201);
      const moved = await server.store.getFeedSource('so-xd');
      assert.deepEqual([moved?.url, moved?.refreshMinutes, moved?.name], [other, 60, 'Sở so-xd']);

      // A site's feed follows its feed URL only.
      lines.length = 0;
      assert.equal(await feeds('add', 'so-tc', fixtures.url(OTHER_FEED)), 1);
      assert.equal(await feeds('remove', 'so-tttt'), 1);
      assert.match(lines[0], /"so-tc" is a member site: .*--feed-url/);
      assert.match(lines[1], /"so-tttt" is a member site: .*--no-feed-url/);
      assert.equal((await server.store.getFeedSource('so-tc'))?.url, fixtures.url(PORTAL_FEED));
      assert.notEqual(await server.store.getFeedSource('so-tttt'), undefined);
    });

    test('a database from before (migration 13): sites with a feed URL get their source, sites without adopt one of their id', async () => {
      const context = { actor: { id: null, username: 'test' }, at: server.clock.now() };
      await server.store.createSite(
        { ...site('so-cu'), feedUrl: fixtures.url(PORTAL_FEED), contact: { name: null, email: null }, timeZone: 'UTC', look: null },
        context,
      );
      await server.store.addFeedSource(
        { id: 'so-le', name: 'Nguồn lẻ', url: fixtures.url(OTHER_FEED), refreshMinutes: 45 },
        server.clock.now(),
      );
      await server.store.upsertStatsSite({ id: 'so-le', origins: [], timeZone: 'UTC' });
      // As the database was before: the sites' feed URLs and the sources kept apart. (The store removes the source: its
      // SQLite connection has the functions of the search index's triggers.)
      await server.store.removeFeedSource('so-cu');
      await backend.exec(
        server.store,
        `UPDATE stats_sites SET feed_url = NULL WHERE id = 'so-le'; UPDATE feed_sources SET name = 'Nguồn lẻ' WHERE id = 'so-le';`,
      );
      // Migration 13 itself, on that state (the later migrations have run already and must not run twice).
      await backend.exec(server.store, (backend.name === 'SQLite' ? MIGRATIONS : PG_MIGRATIONS)[13 - 1]!);
      const source = await server.store.getFeedSource('so-cu');
      assert.deepEqual([source?.url, source?.name, source?.refreshMinutes], [fixtures.url(PORTAL_FEED), 'Sở so-cu', 30]);
      assert.equal((await server.store.getSite('so-le'))?.feedUrl, fixtures.url(OTHER_FEED));
      const adopted = await server.store.getFeedSource('so-le');
      assert.deepEqual([adopted?.url, adopted?.name, adopted?.refreshMinutes], [fixtures.url(OTHER_FEED), 'so-le', 45]);
    });
  });
}

// Two instances on one database and one Redis, each with its scheduler claiming due sources, as `src/main.ts` runs them.
for (const backend of await storeBackends()) {
  describeWith(backend.name, backend.skip ?? noRedis, 'member sites’ feeds with two instances', ({ test, before, after }) => {
    let fixtures: FixtureServer;
    let fetchOptions: RefreshOptions['fetch'];
    let server: NewsroomServer;
    let scheduler: FeedScheduler;
    before(async () => {
      fixtures = await startFixtureServer();
      fetchOptions = { exemptions: [fixtures.exemption], resolve: fakeResolver({}) };
      server = await startNewsroomServer(backend);
      scheduler = new FeedScheduler(server.store, { fetch: fetchOptions, now: server.clock.now });
    });
    after(async () => {
      await server.close();
      await fixtures.close();
    });
    const hits = (path: string) => fixtures.hits.get(path) ?? 0;

    test('a feed URL changed on one instance is fetched by one instance', async () => {
      const created = await server.call('admin', 'POST', '/api/v1/newsroom/sites', site('so-nv', fixtures.url(PORTAL_FEED)));
      assert.equal(created.status, 201);
      await scheduler.refreshAll({ ids: ['so-nv'] });
      const changed = await server.call('admin', 'PATCH', '/api/v1/newsroom/sites/so-nv', {
        version: 1,
        feedUrl: fixtures.url(REDIS_FEED),
      });
      assert.equal(changed.status, 200);
      const keys = redisPrefix();
      const shared = await Promise.all([
        RedisShared.connect(TEST_REDIS_URL, keys.prefix),
        RedisShared.connect(TEST_REDIS_URL, keys.prefix),
      ]);
      try {
        const before = hits(REDIS_FEED);
        const [a, b] = shared.map(
          (redis) =>
            new FeedScheduler(server.store, {
              fetch: fetchOptions,
              now: server.clock.now,
              claim: (id) => redis.claim(`feed:${id}`, 60_000),
            }),
        );
        const outcomes = (await Promise.all([a.refreshDue(), b.refreshDue()])).flat();
        assert.deepEqual(
          outcomes.filter((outcome) => outcome.sourceId === 'so-nv').map((outcome) => outcome.status),
          ['updated'],
        );
        assert.equal(hits(REDIS_FEED), before + 1, 'one request between the two');
      } finally {
        await Promise.all(shared.map((redis) => redis.close()));
        await keys.clear();
      }
    });
  });
}

// `npm run site:add -- --feed-url … | --no-feed-url`: the same feed source as through the API, audited by the command line.
for (const backend of await storeBackends()) {
  describeStore(backend, 'member sites’ feeds on the command line', ({ test, before, after }) => {
    let database: Awaited<ReturnType<typeof commandLineDatabase>>;
    before(async () => (database = await commandLineDatabase(backend)));
    after(() => database.remove());
    const cli = (...args: string[]) => runCli('src/stats/cli.ts', args, database.env);
    const withStore = <T>(work: (store: Store) => Promise<T>) => database.withStore(work);

    test('site add --feed-url sets and changes the feed source, --no-feed-url removes it; bad input changes nothing', async () => {
      const added = await cli(
        'add',
        '--id',
        'so-cli',
        '--origin',
        'https://socli.example.vn',
        '--feed-url',
        'https://socli.example.vn/rss',
      );
      assert.equal(added.code, 0, added.stderr);
      assert.match(added.stdout, /Added site so-cli .*; feed https:\/\/socli\.example\.vn\/rss/);
      assert.deepEqual(
        await withStore(async (store) => {
          const source = await store.getFeedSource('so-cli');
          return [source?.url, source?.name];
        }),
        ['https://socli.example.vn/rss', 'so-cli'],
      );

      const changed = await cli('add', '--id', 'so-cli', '--feed-url', 'https://socli.example.vn/feed.xml');
      assert.equal(changed.code, 0, changed.stderr);
      assert.equal((await withStore((store) => store.getFeedSource('so-cli')))?.url, 'https://socli.example.vn/feed.xml');

      const snapshot = () =>
        withStore(async (store) => ({ site: await store.getSite('so-cli'), source: await store.getFeedSource('so-cli') }));
      const before = await snapshot();
      for (const args of [
        ['--feed-url', 'ftp://socli.example.vn/rss'],
        ['--feed-url', 'khong-phai-dia-chi'],
        ['--feed-url', 'https://socli.example.vn/rss', '--no-feed-url'],
      ]) {
        const refused = await cli('add', '--id', 'so-cli', ...args);
        assert.equal(refused.code, 2, args.join(' '));
        assert.notEqual(refused.stderr, '');
      }
      assert.deepEqual(await snapshot(), before, 'nothing changed');

      const cleared = await cli('add', '--id', 'so-cli', '--no-feed-url');
      assert.equal(cleared.code, 0, cleared.stderr);
      const [site, source, entries] = await withStore(
        async (store) =>
          [
            await store.getSite('so-cli'),
            await store.getFeedSource('so-cli'),
            (await store.listAudit({ offset: 0, limit: 10, target: { type: 'site', id: 'so-cli' } })).items,
          ] as const,
      );
      assert.deepEqual([site?.feedUrl, source], [null, undefined]);
      assert.deepEqual(
        entries.map((entry) => [entry.action, entry.actor.username, entry.changes.feedUrl?.after]),
        [
          ['site.update', '(command line)', null],
          ['site.update', '(command line)', 'https://socli.example.vn/feed.xml'],
          ['site.create', '(command line)', 'https://socli.example.vn/rss'],
        ],
      );
    });
  });
}
