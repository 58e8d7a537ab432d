// The newsroom's traffic report on the real server, on SQLite and on PostgreSQL: visits per day from rollups the
// store really holds (written as the statistics engine writes them, and by a real hit), with days and "today" taken
// from the server's clock in Asia/Ho_Chi_Minh; the most viewed articles by their all-time counts; and refused
// requests (no session, a bad period, an unknown site) answered with the one error shape.
import assert from 'node:assert/strict';
import type { StatsHit } from '../src/store/types.js';
import { describeStore, storeBackends } from './pg-support.js';
import { startNewsroomServer, type NewsroomServer } from './newsroom-support.js';
import { FIREFOX } from './helpers.js';

const SECOND = 1000;
const HOUR = 60 * 60 * SECOND;

/** `visits` new visits (each with one more hit) of `site` on `day`, by visitors no other batch uses. */
let visitorCount = 0;
function visits(site: string, day: string, count: number): StatsHit[] {
  const at = Date.parse(`${day}T03:00:00Z`);
  return Array.from({ length: count }, () => {
    const visitor = `v${++visitorCount}`;
    const first = { site, at, day, path: '/', referrer: null, visitor, newVisit: true };
    return [first, { ...first, at: at + 60 * SECOND, path: '/tin-tuc', newVisit: false }];
  }).flat();
}

/** Visits per day as a map of the days that have any. */
const nonZero = (days: string[], values: number[]) =>
  Object.fromEntries(days.flatMap((day, i) => (values[i] === 0 ? [] : [[day, values[i]]])));

for (const backend of await storeBackends()) {
  describeStore(backend, 'newsroom traffic API', ({ test, before, after }) => {
    let server: NewsroomServer;
    before(async () => {
      // The clock starts at 09:00 on 1 December 2026 in Hà Nội (02:00 UTC).
      server = await startNewsroomServer(backend);
      await server.store.upsertStatsSite({ id: 'so-gd', origins: ['https://sogd.example.vn'], timeZone: 'Asia/Ho_Chi_Minh' });
      await server.store.commitStatsHits([
        ...visits('portal', '2026-12-01', 2),
        ...visits('portal', '2026-11-30', 1),
        // The first day of the last 30, and the day before it.
        ...visits('portal', '2026-11-02', 1),
        ...visits('portal', '2026-11-01', 5),
        // The first day of the last 365, and the day before it.
        ...visits('portal', '2025-12-02', 7),
        ...visits('portal', '2025-12-01', 100),
        ...visits('so-gd', '2026-11-30', 4),
        // A day after today (a site whose clock runs ahead) is not part of any period.
        ...visits('so-gd', '2026-12-02', 50),
      ]);
      // And one visit as readers make them: a page view sent to the statistics engine.
      const hit = await fetch(server.url('/api/v1/stats/hit'), {
        method: 'POST',
        headers: { origin: server.origin, 'user-agent': FIREFOX, 'content-type': 'text/plain;charset=UTF-8' },
        body: JSON.stringify({ site: 'portal', path: '/bai-viet/mot-bai' }),
      });
      assert.equal(hit.status, 200, await hit.clone().text());
      assert.deepEqual(await hit.json(), { counted: true, visit: true });
    });
    after(() => server.close());

    const traffic = (query: string, who: 'editor' | 'admin' | 'anonymous' = 'editor') =>
      server.call(who, 'GET', `/api/v1/newsroom/traffic${query}`);

    test('the last 30 days up to today in Hà Nội, every site with zeros filled, and the network added up', async () => {
      const answer = await traffic('?days=30&site=all');
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      assert.equal(answer.headers.get('cache-control'), 'no-store');
      const { days, sites, network } = answer.body;
      assert.equal(days.length, 30);
      assert.equal(days[0], '2026-11-02');
      assert.equal(days[29], '2026-12-01');
      assert.ok(
        days.every((day: string, i: number) => i === 0 || Date.parse(day) - Date.parse(days[i - 1]) === 24 * HOUR),
        'one entry per calendar day, in order',
      );
      assert.deepEqual(
        sites.map((site: { id: string }) => site.id),
        ['portal', 'so-gd'],
      );
      const [portal, sogd] = sites;
      assert.equal(portal.visits.length, 30);
      assert.equal(sogd.visits.length, 30);
      assert.deepEqual(nonZero(days, portal.visits), { '2026-11-02': 1, '2026-11-30': 1, '2026-12-01': 3 });
      assert.equal(portal.total, 5);
      assert.deepEqual(nonZero(days, sogd.visits), { '2026-11-30': 4 });
      assert.equal(sogd.total, 4);
      assert.equal(network.visits.length, 30);
      assert.deepEqual(nonZero(days, network.visits), { '2026-11-02': 1, '2026-11-30': 5, '2026-12-01': 3 });
      assert.equal(network.total, 9);
    });

    test('90 and 365 days reach further back, and end today', async () => {
      const ninety = await traffic('?days=90');
      assert.equal(ninety.status, 200);
      assert.equal(ninety.body.days.length, 90);
      assert.deepEqual([ninety.body.days[0], ninety.body.days.at(-1)], ['2026-09-03', '2026-12-01']);
      assert.equal(ninety.body.sites[0].total, 10, 'the portal with 1 November');
      assert.equal(ninety.body.network.total, 14);

      const year = await traffic('?days=365', 'admin');
      assert.equal(year.status, 200, 'admins read it too');
      assert.equal(year.body.days.length, 365);
      assert.deepEqual([year.body.days[0], year.body.days.at(-1)], ['2025-12-02', '2026-12-01']);
      assert.equal(year.body.sites[0].visits[0], 7);
      assert.equal(year.body.sites[0].total, 17, 'not 1 December 2025, a day too early');
      assert.equal(year.body.network.total, 21);
    });

    test('without days and site: the last 30 days of every site', async () => {
      const answer = await traffic('');
      assert.equal(answer.status, 200);
      assert.equal(answer.body.days.length, 30);
      assert.equal(answer.body.sites.length, 2);
      assert.equal(answer.body.network.total, 9);
    });

    test('one site: only that site, with the whole network beside it', async () => {
      const answer = await traffic('?days=30&site=so-gd');
      assert.equal(answer.status, 200);
      assert.deepEqual(
        answer.body.sites.map((site: { id: string; total: number }) => [site.id, site.total]),
        [['so-gd', 4]],
      );
      assert.equal(answer.body.network.total, 9);
    });

    test('"today" follows the server’s clock in Hà Nội: the days move on at midnight there, not at midnight UTC', async () => {
      try {
        server.advance(15 * HOUR - SECOND); // 23:59:59 on 1 December in Hà Nội
        const before = await traffic('?days=30');
        assert.equal(before.body.days.at(-1), '2026-12-01');
        server.advance(SECOND); // 00:00 on 2 December in Hà Nội, 17:00 on 1 December in UTC
        const after = await traffic('?days=30');
        assert.equal(after.status, 200);
        assert.deepEqual([after.body.days[0], after.body.days.at(-1)], ['2026-11-03', '2026-12-02']);
        assert.deepEqual(nonZero(after.body.days, after.body.sites[1].visits), { '2026-11-30': 4, '2026-12-02': 50 });
        assert.equal(after.body.sites[0].total, 4, '2 November is out of the period now');
      } finally {
        server.clock.time = Date.parse('2026-12-01T02:00:00Z');
        server.advance(0);
      }
    });

    test('the most viewed published articles, by their all-time views, ten at most', async () => {
      const { store } = server;
      const now = server.clock.now();
      const article = (slug: string, views: number, publishedAt = '2026-11-20T08:00:00+07:00') => ({
        slug,
        title: `Bài ${slug}`,
        summary: 'Tóm tắt.',
        body: '<p>Nội dung.</p>',
        image: null,
        categorySlug: 'tin-hoat-dong',
        author: 'Phóng viên',
        publishedAt: new Date(publishedAt),
        views,
      });
      await store.insertArticle(article('nhieu-nhat', 500));
      await store.insertArticle(article('ngang-cu', 300, '2026-11-10T08:00:00+07:00'));
      await store.insertArticle(article('ngang-moi', 300, '2026-11-15T08:00:00+07:00'));
      for (let i = 1; i <= 9; i++) await store.insertArticle(article(`bai-${i}`, i));
      // Readers cannot see these, whatever their counts.
      await store.insertArticle(article('hen-gio', 9999, '2026-12-24T08:00:00+07:00'));
      await store.insertArticle(article('da-xoa', 800));
      const deleted = await store.getArticle('da-xoa', now);
      const actor = { id: 1, username: 'bientap' };
      await store.updateArticle(deleted!.id, undefined, { deletedAt: now }, 'article.delete', { actor, at: now });

      const first = await traffic('?days=30');
      assert.equal(first.status, 200);
      assert.deepEqual(
        first.body.topArticles.map((item: { slug: string; views: number }) => [item.slug, item.views]),
        [
          ['nhieu-nhat', 500],
          ['ngang-moi', 300],
          ['ngang-cu', 300],
          ['bai-9', 9],
          ['bai-8', 8],
          ['bai-7', 7],
          ['bai-6', 6],
          ['bai-5', 5],
          ['bai-4', 4],
          ['bai-3', 3],
        ],
      );
      const top = first.body.topArticles[0];
      assert.deepEqual(Object.keys(top).sort(), ['id', 'slug', 'title', 'url', 'views']);
      assert.equal(top.title, 'Bài nhieu-nhat');
      assert.equal(top.url, `${server.origin}/bai-viet/nhieu-nhat`);
      assert.equal(typeof top.id, 'number');

      // A reader's view counts at once: the older of the two at 300 moves ahead.
      const view = await fetch(server.url('/api/v1/articles/ngang-cu/views'), { method: 'POST', headers: { 'user-agent': FIREFOX } });
      assert.deepEqual(await view.json(), { views: 301 });
      const second = await traffic('?days=90&site=portal');
      assert.deepEqual(
        second.body.topArticles.slice(0, 3).map((item: { slug: string; views: number }) => [item.slug, item.views]),
        [
          ['nhieu-nhat', 500],
          ['ngang-cu', 301],
          ['ngang-moi', 300],
        ],
        'the same list whatever the period and site',
      );
    });

    test('without a session: 401 in the one error shape', async () => {
      const answer = await traffic('?days=30&site=all', 'anonymous');
      assert.equal(answer.status, 401);
      assert.deepEqual(Object.keys(answer.body), ['error']);
      assert.equal(answer.body.error.code, 'unauthenticated');
      assert.equal(typeof answer.body.error.message, 'string');
    });

    test('a bad period, site or parameter: 400 in the one error shape, naming what is wrong', async () => {
      for (const [query, code, named] of [
        ['?days=31', 'validation_failed', 'days'],
        ['?days=0', 'validation_failed', 'days'],
        ['?days=thirty', 'validation_failed', 'days'],
        ['?days=30.5', 'validation_failed', 'days'],
        ['?days=30&days=90', 'validation_failed', 'days'],
        ['?site=Portal', 'validation_failed', 'site'],
        ['?site=', 'validation_failed', 'site'],
        ['?site=khong-co', 'unknown_site', 'khong-co'],
        ['?days=30&from=2026-01-01', 'validation_failed', 'from'],
      ]) {
        const answer = await traffic(query);
        assert.equal(answer.status, 400, `${query}: ${JSON.stringify(answer.body)}`);
        assert.deepEqual(Object.keys(answer.body), ['error'], query);
        assert.deepEqual(Object.keys(answer.body.error).sort(), ['code', 'message'], query);
        assert.equal(answer.body.error.code, code, query);
        assert.ok(answer.body.error.message.includes(named), `${query}: ${answer.body.error.message}`);
      }
    });
  });
}
