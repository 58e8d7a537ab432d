import assert from 'node:assert/strict';
import type { StatsHit, Store } from '../src/store/types.js';
import { describeStore, storeBackends } from './pg-support.js';

const T0 = Date.UTC(2026, 2, 5, 1, 0); // 08:00 on 5 March 2026 in Asia/Ho_Chi_Minh
const MINUTE = 60_000;

function hit(site: string, visitor: string, minutes: number, overrides: Partial<StatsHit> = {}): StatsHit {
  return { site, at: T0 + minutes * MINUTE, day: '2026-03-05', path: '/', referrer: null, visitor, newVisit: false, ...overrides };
}

for (const backend of await storeBackends()) {
  describeStore(backend, 'visit statistics', ({ test, beforeEach, afterEach }) => {
    let store: Store;
    beforeEach(async () => {
      store = await backend.open();
    });
    afterEach(() => store.close());

    const hitCount = async () => (await backend.rows(store, 'SELECT COUNT(*) AS n FROM stats_hits'))[0].n;

    test('sites: listed by id, created or replaced by upsert, origins kept in order', async () => {
      assert.deepEqual(await store.listStatsSites(), []);
      await store.upsertStatsSite({
        id: 'so-gd',
        origins: ['https://sogd.example.vn', 'http://localhost:5173'],
        timeZone: 'Asia/Ho_Chi_Minh',
      });
      await store.upsertStatsSite({ id: 'portal', origins: ['https://portal.example.vn'], timeZone: 'Asia/Ho_Chi_Minh' });
      await store.upsertStatsSite({ id: 'so-gd-2', origins: [], timeZone: 'UTC' });
      assert.deepEqual(await store.listStatsSites(), [
        { id: 'portal', origins: ['https://portal.example.vn'], timeZone: 'Asia/Ho_Chi_Minh' },
        { id: 'so-gd', origins: ['https://sogd.example.vn', 'http://localhost:5173'], timeZone: 'Asia/Ho_Chi_Minh' },
        { id: 'so-gd-2', origins: [], timeZone: 'UTC' },
      ]);
      await store.upsertStatsSite({ id: 'so-gd', origins: ['https://sogd.gov.vn'], timeZone: 'Asia/Bangkok' });
      assert.deepEqual((await store.listStatsSites())[1], { id: 'so-gd', origins: ['https://sogd.gov.vn'], timeZone: 'Asia/Bangkok' });
      assert.equal((await store.listStatsSites()).length, 3);
    });

    test('a batch stores its hits, each visitor’s last hit and the daily rollups; later batches add to them', async () => {
      await store.commitStatsHits([]);
      assert.equal(await hitCount(), 0);
      await store.commitStatsHits([
        hit('portal', 'v1', 0, { newVisit: true, path: '/tin-tuc', referrer: 'www.google.com' }),
        hit('portal', 'v1', 5),
        hit('so-gd', 'v1', 2, { newVisit: true }),
        // Given out of order: the last hit is still the latest.
        hit('portal', 'v2', 20, { newVisit: true, day: '2026-03-06' }),
        hit('portal', 'v2', 10, { day: '2026-03-06' }),
      ]);
      assert.equal(await hitCount(), 5);
      assert.deepEqual(await backend.rows(store, 'SELECT site, path, referrer FROM stats_hits ORDER BY id LIMIT 2'), [
        { site: 'portal', path: '/tin-tuc', referrer: 'www.google.com' },
        { site: 'portal', path: '/', referrer: null },
      ]);
      assert.deepEqual(await store.listStatsDays('2026-03-01'), [
        { site: 'portal', day: '2026-03-05', visits: 1, hits: 2 },
        { site: 'portal', day: '2026-03-06', visits: 1, hits: 2 },
        { site: 'so-gd', day: '2026-03-05', visits: 1, hits: 1 },
      ]);
      assert.deepEqual(await store.recentStatsVisitors(T0), [
        { site: 'portal', visitor: 'v1', lastHit: T0 + 5 * MINUTE },
        { site: 'portal', visitor: 'v2', lastHit: T0 + 20 * MINUTE },
        { site: 'so-gd', visitor: 'v1', lastHit: T0 + 2 * MINUTE },
      ]);

      await store.commitStatsHits([
        hit('portal', 'v1', 1),
        hit('portal', 'v3', 40, { newVisit: true }),
        hit('so-gd', 'v9', 50, { newVisit: true }),
      ]);
      assert.deepEqual(await store.listStatsDays('2026-03-05'), [
        { site: 'portal', day: '2026-03-05', visits: 2, hits: 4 },
        { site: 'portal', day: '2026-03-06', visits: 1, hits: 2 },
        { site: 'so-gd', day: '2026-03-05', visits: 2, hits: 2 },
      ]);
      assert.deepEqual(await store.listStatsDays('2026-03-06'), [{ site: 'portal', day: '2026-03-06', visits: 1, hits: 2 }]);
      assert.deepEqual(await store.listStatsDays('2026-03-07'), []);
      assert.deepEqual(await store.statsTotals(), [
        { site: 'portal', visits: 3, hits: 6 },
        { site: 'so-gd', visits: 2, hits: 2 },
      ]);
      // An earlier hit does not move a visitor's last hit back.
      assert.deepEqual(await store.recentStatsVisitors(T0 + 5 * MINUTE), [
        { site: 'portal', visitor: 'v1', lastHit: T0 + 5 * MINUTE },
        { site: 'portal', visitor: 'v2', lastHit: T0 + 20 * MINUTE },
        { site: 'portal', visitor: 'v3', lastHit: T0 + 40 * MINUTE },
        { site: 'so-gd', visitor: 'v9', lastHit: T0 + 50 * MINUTE },
      ]);
    });

    test('a batch that fails part way stores nothing of it', async () => {
      await store.commitStatsHits([hit('portal', 'v1', 0, { newVisit: true })]);
      const before = {
        hits: await hitCount(),
        days: await store.listStatsDays('2026-01-01'),
        visitors: await store.recentStatsVisitors(0),
      };
      // The third hit has no visitor: its hit row could be written, its visitor row cannot.
      const bad = [
        hit('portal', 'v2', 1, { newVisit: true }),
        hit('so-gd', 'v3', 2, { newVisit: true }),
        hit('portal', null as unknown as string, 3),
      ];
      await assert.rejects(store.commitStatsHits(bad));
      assert.deepEqual(
        { hits: await hitCount(), days: await store.listStatsDays('2026-01-01'), visitors: await store.recentStatsVisitors(0) },
        before,
      );
      // The store is still usable after the failed batch.
      await store.commitStatsHits([hit('portal', 'v2', 4)]);
      assert.equal(await hitCount(), 2);
    });

    test('statistics: recent visitors from a time on, and pruning the ones before a time', async () => {
      await store.commitStatsHits([hit('portal', 'a', 0), hit('portal', 'b', 10), hit('portal', 'c', 20), hit('so-gd', 'a', 30)]);
      assert.deepEqual(
        (await store.recentStatsVisitors(T0 + 10 * MINUTE)).map((row) => `${row.site}/${row.visitor}`),
        ['portal/b', 'portal/c', 'so-gd/a'],
      );
      await store.pruneStatsVisitors(T0 + 20 * MINUTE);
      assert.deepEqual(
        (await store.recentStatsVisitors(0)).map((row) => `${row.site}/${row.visitor}`),
        ['portal/c', 'so-gd/a'],
      );
      assert.equal(await hitCount(), 4, 'the hit log and the rollups stay');
      assert.deepEqual(await store.statsTotals(), [
        { site: 'portal', visits: 0, hits: 3 },
        { site: 'so-gd', visits: 0, hits: 1 },
      ]);
    });

    test('two servers committing overlapping batches at once: every hit is counted once', async () => {
      const other = await backend.openAgain(store);
      try {
        // Both servers' batches touch the same visitors and days, in opposite orders.
        const batch = (n: number) => {
          const hits = Array.from({ length: 10 }, (_, i) =>
            hit(i % 2 ? 'portal' : 'so-gd', `v${(i + n) % 4}`, n * 10 + i, {
              newVisit: i % 3 === 0,
              day: i % 4 === 0 ? '2026-03-06' : '2026-03-05',
            }),
          );
          return n % 2 ? hits.reverse() : hits;
        };
        await Promise.all(Array.from({ length: 8 }, (_, n) => (n % 2 ? other : store).commitStatsHits(batch(n))));
        assert.equal(await hitCount(), 80);
        assert.deepEqual(await store.statsTotals(), [
          { site: 'portal', visits: 16, hits: 40 },
          { site: 'so-gd', visits: 16, hits: 40 },
        ]);
        assert.equal((await store.recentStatsVisitors(0)).length, 8);
      } finally {
        await other.close();
      }
    });
  });
}
