// The statistics engine with shared statistics (REDIS_URL): two engines on one store stand for two instances.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { RedisShared } from '../src/shared/redis.js';
import { StatsEngine } from '../src/stats/engine.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/types.js';
import { redisPrefix, redisSkip, TEST_REDIS_URL } from './redis-support.js';

const skip = await redisSkip();

const ORIGIN = 'https://tintuc.example.gov.vn';
const browser = (n: number) => `Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0 Visitor/${n}`;

describe('statistics shared by two instances', { skip, timeout: 30_000 }, () => {
  const keys = redisPrefix();
  let dir: string;
  let store: Store;
  let shared: RedisShared[];
  let a: StatsEngine;
  let b: StatsEngine;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ap-stats-shared-'));
    store = openSqliteStore(join(dir, 'portal.db'));
    shared = await Promise.all([RedisShared.connect(TEST_REDIS_URL, keys.prefix), RedisShared.connect(TEST_REDIS_URL, keys.prefix)]);
    [a, b] = shared.map((redis) => new StatsEngine(store, { portalOrigin: ORIGIN, shared: redis }));
    await a.start();
    await b.start();
  });

  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await Promise.all(shared.map((redis) => redis.close()));
    await store?.close();
    await keys.clear();
    await rm(dir, { recursive: true, force: true });
  });

  const hit = (engine: StatsEngine, visitor: number, heartbeat = false) =>
    engine.hit({ site: 'portal', path: '/', referrer: null, origin: ORIGIN, ip: '203.0.113.9', userAgent: browser(visitor), heartbeat });

  const counts = (engine: StatsEngine) => {
    const { online, today, total } = engine.summary('portal')!;
    return { online, today, total };
  };

  /**
   * Resolves when `engine` tells its listeners that the portal's counters changed and they are `expected` (as the
   * live stream hears it); an earlier change, still on its way from a previous test, does not count.
   */
  const changedTo = (engine: StatsEngine, expected: ReturnType<typeof counts>) =>
    new Promise<void>((resolve) => {
      const unsubscribe = engine.subscribe((id) => {
        if (id !== 'portal' || JSON.stringify(counts(engine)) !== JSON.stringify(expected)) return;
        unsubscribe();
        resolve();
      });
    });

  test("a hit on one instance reaches the other's listeners and summary", async () => {
    const heard = changedTo(b, { online: 1, today: 1, total: 1 });
    assert.deepEqual(await hit(a, 1), { counted: true, visit: true });
    await heard;
  });

  test('a heartbeat of a new visitor on one instance shows as online on the other, counting no visit', async () => {
    const heard = changedTo(a, { online: 2, today: 1, total: 1 });
    assert.deepEqual(await hit(b, 2, true), { counted: false, reason: 'heartbeat' });
    await heard;
  });

  test('the same visitor on both instances at once makes one visit; both end with the same counters', async () => {
    const results = await Promise.all([hit(a, 3), hit(b, 3), hit(a, 3), hit(b, 3)]);
    assert.equal(results.filter((result) => result.counted && result.visit).length, 1);
    // Each instance reads the counters again after every commit it hears of, and learns who is online from its own
    // announcements: wait (5 s at most) for both to have every count, not only the total, as a loaded machine may
    // deliver the visit's commit before the presence change.
    const expected = { online: 3, today: 2, total: 2 };
    const settled = () => [a, b].every((engine) => JSON.stringify(counts(engine)) === JSON.stringify(expected));
    for (let i = 0; i < 250 && !settled(); i++) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(counts(a), expected);
    assert.deepEqual(counts(b), counts(a));
  });
});
